import CLibXML2

/// libxml2's HTML parser, with a tree that never gets too deep to build.
///
/// libxml2 2.9 stops parsing a page, and drops the rest of it, once more
/// than 256 elements are open at once (`XML_PARSE_HUGE` lifts the limit on
/// this version, but libxml2 2.12 and later stop at 2048 even then). Real
/// pages reach that depth: tag soup such as `<p><font>` repeated and never
/// closed nests one level per paragraph, and every story paragraph after
/// the 128th would be lost.
///
/// So the tree builder's start and end events go through `startElement` and
/// `endElement` below. Elements opened deeper than `treeDepth` are
/// *flattened*, as browsers do (Chromium stops nesting at 512): no node is
/// made for them and their text joins the deepest node that was made, so
/// the text is kept in order. A flattened block element or `<br>` leaves an
/// empty element of its kind there, which keeps its paragraph break; the
/// text of a flattened `<script>`, `<style>` and the like (`HTMLText.dropped`)
/// is left out, as it would have been from the tree.
///
/// The parser itself still keeps every open element's name, and looks for an
/// end tag's name through all of them (and for `<body>` among them at each
/// `<body>` tag): a page of a million open tags followed by a million stray
/// end tags would take hours. Two limits bound that: parsing stops once
/// more than `openLimit` elements are open, and once the parser has
/// reported `deepErrorLimit` errors (stray or mismatched tags) while more
/// than `treeDepth` elements were open. Without the second, 16 MiB of
/// stray end tags under 2,000 open elements took 25 s; real pages come
/// near neither limit.
enum HTMLTree {
    /// Elements nested deeper than this are flattened (below libxml2's 256).
    static let treeDepth: Int32 = 200
    /// Parsing stops when more elements than this are open at once.
    static let openLimit: Int32 = 2048
    /// Parsing stops after this many errors while deeper than `treeDepth`.
    static let deepErrorLimit = 10_000

    static let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                               | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)

    /// What the callbacks need, reached through the parser's `_private`.
    struct State {
        /// libxml2's own tree-building handlers, which the callbacks call.
        var tree: xmlSAXHandler
        /// The depth of the flattened element whose text is left out, 0 if none.
        var mutedFrom: Int32 = 0
        /// Errors reported while deeper than `treeDepth`.
        var deepErrors = 0
    }

    /// The page's tree, or nil when libxml2 could not start (no input, no
    /// memory). `bytes` must be UTF-8; the page's own charset is ignored.
    static func parse(_ bytes: [UInt8]) -> htmlDocPtr? {
        guard let parser = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(parser) }
        guard let handler = parser.pointee.sax else { return nil }
        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(tree: handler.pointee))
        defer { state.deinitialize(count: 1); state.deallocate() }
        handler.pointee.startElement = startElement
        handler.pointee.endElement = endElement
        handler.pointee.characters = characters
        handler.pointee.cdataBlock = cdataBlock
        // libxml2 leaves `_private` alone, and the callbacks get the parser
        // itself as their context.
        parser.pointee._private = UnsafeMutableRawPointer(state)
        // The HTML parser's handler table cannot take a structured error
        // handler of its own (libxml2 only reads one from a SAX2 table), so
        // the thread's handler hears the errors during the parse, as in
        // `XMLEventParser`, and the one that was there is put back.
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(parser), error)
        defer {
            if previousHandler == nil {
                xmlSetStructuredErrorFunc(nil, { _, _ in })
            } else {
                xmlSetStructuredErrorFunc(previousContext, previousHandler)
            }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(parser, chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
    }

    private static func context(_ pointer: UnsafeMutableRawPointer?)
        -> (parser: UnsafeMutablePointer<xmlParserCtxt>, state: UnsafeMutablePointer<State>)? {
        guard let parser = pointer?.assumingMemoryBound(to: xmlParserCtxt.self),
              let state = parser.pointee._private?.assumingMemoryBound(to: State.self) else { return nil }
        return (parser, state)
    }

    /// Whether a flattened element of this name leaves an empty element of
    /// its kind (a paragraph or line break), and whether its text is muted.
    private static func kind(_ name: UnsafePointer<xmlChar>) -> (marks: Bool, mutes: Bool) {
        let tag = String(cString: name)
        return (HTMLText.blocks.contains(tag) || tag == "br", HTMLText.dropped.contains(tag))
    }

    /// The parser has pushed the element's name: `nameNr` is its depth.
    private static let startElement: startElementSAXFunc = { pointer, name, attributes in
        guard let (parser, state) = context(pointer), let name else { return }
        let depth = parser.pointee.nameNr
        if depth > openLimit {
            xmlStopParser(parser)
            return
        }
        // A muted element closed without an end event (an unfinished tag).
        if state.pointee.mutedFrom >= depth { state.pointee.mutedFrom = 0 }
        if depth <= treeDepth {
            state.pointee.tree.startElement?(pointer, name, attributes)
            return
        }
        guard state.pointee.mutedFrom == 0 else { return }
        let (marks, mutes) = kind(name)
        if mutes {
            state.pointee.mutedFrom = depth
        } else if marks {
            state.pointee.tree.startElement?(pointer, name, nil)
            state.pointee.tree.endElement?(pointer, name)
        }
    }

    /// Called before the parser pops the name: `nameNr` is still its depth,
    /// so starts and ends pair up by depth whatever the tree holds.
    private static let endElement: endElementSAXFunc = { pointer, name in
        guard let (parser, state) = context(pointer), let name else { return }
        let depth = parser.pointee.nameNr
        if state.pointee.mutedFrom > depth { state.pointee.mutedFrom = 0 }
        if depth <= treeDepth {
            state.pointee.tree.endElement?(pointer, name)
            return
        }
        if state.pointee.mutedFrom == depth {
            state.pointee.mutedFrom = 0
        } else if state.pointee.mutedFrom == 0, kind(name).marks {
            state.pointee.tree.startElement?(pointer, name, nil)
            state.pointee.tree.endElement?(pointer, name)
        }
    }

    private static func muted(_ parser: UnsafeMutablePointer<xmlParserCtxt>, _ state: UnsafeMutablePointer<State>) -> Bool {
        guard state.pointee.mutedFrom != 0 else { return false }
        if parser.pointee.nameNr < state.pointee.mutedFrom {
            state.pointee.mutedFrom = 0
            return false
        }
        return true
    }

    /// Counts the errors reported while deep, and stops at too many. Errors
    /// are not printed either way (the parser runs with NOERROR).
    private static let error: xmlStructuredErrorFunc = { pointer, error in
        guard let (parser, state) = context(pointer), UnsafeMutableRawPointer(parser) == error?.pointee.ctxt,
              parser.pointee.nameNr > treeDepth else { return }
        state.pointee.deepErrors += 1
        if state.pointee.deepErrors > deepErrorLimit { xmlStopParser(parser) }
    }

    private static let characters: charactersSAXFunc = { pointer, text, length in
        guard let (parser, state) = context(pointer), !muted(parser, state) else { return }
        state.pointee.tree.characters?(pointer, text, length)
    }

    private static let cdataBlock: cdataBlockSAXFunc = { pointer, text, length in
        guard let (parser, state) = context(pointer), !muted(parser, state) else { return }
        state.pointee.tree.cdataBlock?(pointer, text, length)
    }
}
