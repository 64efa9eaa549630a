#ifndef STANCEGRAPH_CLIBXML2_SHIM_H
#define STANCEGRAPH_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, so its encoding.h includes the system
// ICU headers. Foundation carries its own ICU, and a module that sees both
// fails a clean build ("'UErrorCode' has different definitions"). We never
// use libxml2's ICU-backed encoders, so hide them before the other headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>

/// `xmlFree` is a function-pointer macro that Swift cannot call.
static inline void stancegraph_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
