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
/// stray end tags under 2,000 open elements took 25 s. An end tag that
/// closes elements left open reports an error for each, but also pops it
/// (paid for by its start tag): such an error, followed at the same place
/// in the page by the element's end, is not counted. So only the costly
/// searches count, and the work is at most `deepErrorLimit` searches of
/// `openLimit` names, whatever the page (the limits were 2,048 open
/// elements and 10,000 errors until issue 11, the same work).
///
/// A page whose parse stopped is never read as if it ended there: the
/// text after the stop would be lost without a word (issue 11: 3,000
/// unclosed `<p><font>` hid the rest of the story, exit 0). `parse` says
/// where and why it stopped, and the page is refused with that line.
enum HTMLTree {
    /// Elements nested deeper than this are flattened (below libxml2's 256).
    static let treeDepth: Int32 = 200
    /// Parsing stops when more elements than this are open at once: 4,000
    /// unclosed `<p><font>` pairs still read.
    static let openLimit: Int32 = 8_192
    /// Parsing stops after this many errors while deeper than `treeDepth`.
    static let deepErrorLimit = 2_500

    static let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                               | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)

    /// What the callbacks need, reached through the parser's `_private`.
    struct State {
        /// libxml2's own tree-building handlers, which the callbacks call.
        var tree: xmlSAXHandler
        /// The depth of the flattened element whose text is left out, 0 if none.
        var mutedFrom: Int32 = 0
        /// Errors reported while deeper than `treeDepth`, less those that
        /// closed an element.
        var deepErrors = 0
        /// Where in the input the last counted error was, and how many
        /// counted errors there are not yet matched by an element's end.
        var errorCursor: UnsafePointer<xmlChar>?
        var unmatchedErrors = 0
        /// Where and why parsing stopped before the end of the page.
        var stop: Stop?
    }

    /// Where parsing stopped before the end of the page, and why.
    struct Stop: Equatable {
        var line: Int
        var reason: String
    }

    /// The page's tree, or nil when libxml2 could not start (no input, no
    /// memory), and where parsing stopped if it stopped before the end.
    /// `bytes` must be UTF-8; the page's own charset is ignored.
    static func parse(_ bytes: [UInt8]) -> (document: htmlDocPtr?, stop: Stop?) {
        guard let parser = htmlNewParserCtxt() else { return (nil, nil) }
        defer { htmlFreeParserCtxt(parser) }
        guard let handler = parser.pointee.sax else { return (nil, nil) }
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
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(parser, chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
        return (document, state.pointee.stop)
    }

    /// Stops the parse, remembering the line it had reached.
    private static func stop(_ parser: UnsafeMutablePointer<xmlParserCtxt>, _ state: UnsafeMutablePointer<State>,
                             _ reason: String) {
        if state.pointee.stop == nil {
            let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
            state.pointee.stop = Stop(line: max(line, 1), reason: reason)
        }
        xmlStopParser(parser)
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
            stop(parser, state, "more than \(openLimit) elements open at once (tags never closed, such as "
                 + "<p><font> over and over)")
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
        // An element closed by the end tag that reported the error: the
        // error cost no search of its own.
        if state.pointee.unmatchedErrors > 0, parser.pointee.input?.pointee.cur == state.pointee.errorCursor {
            state.pointee.unmatchedErrors -= 1
            state.pointee.deepErrors -= 1
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
        let cursor = parser.pointee.input?.pointee.cur
        if cursor != state.pointee.errorCursor {
            state.pointee.errorCursor = cursor
            state.pointee.unmatchedErrors = 0
        }
        state.pointee.unmatchedErrors += 1
        if state.pointee.deepErrors > deepErrorLimit {
            stop(parser, state, "more than \(deepErrorLimit) stray or mismatched tags under more than \(treeDepth) "
                 + "open elements")
        }
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
