import StanceModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state machine behind `GraphMLReader`: it receives libxml2's SAX
/// events (`XMLEventParser`, through `GraphMLEvents`) and keeps one frame
/// per open element it reads.
///
/// GraphML readers in the wild (igraph, networkx) are small state machines
/// that skip whatever they do not know by depth: yEd's `y:` graphics,
/// `<desc>`, foreign extensions. This one does the same: each start tag is
/// read, skipped (with everything inside) or, for another tool's `<data>`
/// and `<default>`, captured as markup to be written back; what would be
/// lost on writing (hyperedges, ports, undirected edges) is refused.
struct GraphMLParser {
    typealias Domain = GraphMLVocabulary.Domain

    let xml: XMLEventParser
    /// The namespace of the root: GraphML's, or none for old files.
    private(set) var namespace = GraphMLVocabulary.namespace
    private var namespaceName: StaticString? = GraphMLVocabulary.namespaceName
    /// Keys this model reads (`label`, `relation`, `weight`, ...), by id.
    private(set) var keys: [String: DeclaredKey] = [:]
    /// Keys of other tools, by id, kept as `ForeignData`.
    private(set) var foreignKeys: [String: ForeignKey] = [:]
    /// Every node declared so far, by node id.
    private(set) var nodes: [String: DeclaredNode] = [:]
    /// The model keys met on `<data>` so far, by the raw bytes of their id
    /// and the element they were on: a million edges carry five `<data>`
    /// each, and comparing a few bytes is cheaper than making and hashing
    /// a string. Emptied whenever a key is declared.
    private var dataKeys: [(id: [UInt8], domain: Domain, attribute: ModelAttribute?)] = []
    /// How many keys `dataKeys` holds at most: it is searched one by one,
    /// and a file may use 50,000 keys (more go through `keys`).
    private static let dataKeysLimit = 16
    /// Node id of each actor id given by an `id` attribute, to report two
    /// nodes that name one actor.
    private var actorNodes: [String: String] = [:]
    /// Builds the graph on a second thread: actors as their nodes end, and
    /// each edge as soon as both its ends are known (so its text is not
    /// kept), handed over in batches of `jobs`. Edges naming a node
    /// declared later wait in `pending`.
    private var assembly: EdgeAssembly?
    private var jobs: [EdgeAssembly.Job] = []
    private static let batchSize = 2048
    var pending: [PendingEdge] = []
    /// Edge attribute defaults (`<default>` of the model's keys), once the
    /// keys are read.
    private var edgeDefaultValues: EdgeValues?
    /// The node `label` and `kind` defaults, once the keys are read: looked
    /// up for every node that has none, so not searched for among all keys
    /// each time (50,000 keys and as many unlabelled nodes took 37 s).
    private var nodeDefaultValues: (label: String?, kind: String?)?
    var foreign = ForeignData()
    private var sawGraph = false

    /// The elements open and read, innermost last. At most one key, node
    /// or edge is open at a time; what is read of it so far is in `key`,
    /// `node` or `edge`.
    private var frames: [Frame] = []
    private var key: KeyFrame?
    private var node: NodeFrame?
    private var edge: PendingEdge?
    /// The text of the model `<data>` being read, as UTF-8.
    private var text: [UInt8] = []
    /// What a capture in progress is for.
    private var captureTarget: CaptureTarget?

    private enum Frame {
        case root, key, graph, node, edge
        /// A `<data>` of a model attribute.
        case data(ModelAttribute)
    }

    /// A node as far as edges need it.
    struct DeclaredNode {
        /// The line of its declaration, to report duplicates.
        var line: Int
        /// The actor it stands for: its id, or its `id` attribute where
        /// they differ (igraph writes nodes as `n0, n1, ...` and keeps the
        /// original ids in an `id` attribute, which names the actor).
        var actor: String
    }

    private struct KeyFrame {
        var id: String
        var attributes: [(name: String, value: String)]
        var key: DeclaredKey
        var defaultMarkup: String?
    }

    private struct NodeFrame {
        var id: String
        var line: Int
        var label, kind, actorID: String?
        var others: [ForeignKey: String] = [:]
    }

    private enum CaptureTarget {
        case keyDefault
        /// Another tool's `<data>` on the document, graph, a node or an edge.
        case foreign(ForeignKey, id: String, line: Int, owner: String)
    }

    init(xml: XMLEventParser) {
        self.xml = xml
    }

    /// Reads the whole document and builds the graph.
    static func parse(_ xml: XMLEventParser) throws -> StanceGraph {
        let events = GraphMLEvents(GraphMLParser(xml: xml))
        do {
            try xml.parse(events)
        } catch {
            throw events.parser.settle(after: error)
        }
        return try events.parser.finish()
    }

    private mutating func finish() throws -> StanceGraph {
        var assembled = try finishAssembly()
        guard sawGraph else {
            throw FormatError(file: xml.name, message: "no <graph> element: not a GraphML graph")
        }
        return try buildGraph(&assembled)
    }

    /// Hands the last batch over and waits for the graph (or the first
    /// error making it).
    private mutating func finishAssembly() throws -> EdgeAssembly.Result {
        do {
            try submitJobs()
        } catch is EdgeAssembly.Stopped {
            // The assembly failed: `finish` throws its error.
        }
        guard let assembly else { return EdgeAssembly.Result(graph: StanceGraph(), foreignEdges: [:]) }
        return try assembly.finish()
    }

    /// The error to report once the parse stopped with `error`: an error
    /// making an edge handed over before it comes first in the file.
    private mutating func settle(after error: any Error) -> any Error {
        do {
            _ = try finishAssembly()
        } catch let assemblyError {
            return assemblyError
        }
        return error
    }

    /// Queues work for the assembly, handing a full batch over.
    private mutating func queue(_ job: EdgeAssembly.Job) throws {
        jobs.append(job)
        if jobs.count >= Self.batchSize { try submitJobs() }
    }

    private mutating func submitJobs() throws {
        guard !jobs.isEmpty else { return }
        if assembly == nil {
            assembly = try EdgeAssembly(file: xml.name)
        }
        let defaults = edgeDefaults()
        var batch: [EdgeAssembly.Job] = []
        batch.reserveCapacity(Self.batchSize)
        swap(&batch, &jobs)
        try assembly!.submit(batch, defaults: defaults)
    }

    // MARK: Events

    func documentType() throws {
        throw xml.error("DOCTYPE declarations are not accepted: GraphML needs no DTD, and refusing "
            + "them rules out entity expansion and external entities")
    }

    mutating func startElement(_ tag: XMLStartTag) throws -> XMLElementAction {
        guard let frame = frames.last else { return try startRoot(tag) }
        switch frame {
        case .root: return try startInRoot(tag)
        case .key:
            return tag.isElement("default", in: namespaceName) ? startCapture(.keyDefault) : .skip
        case .graph: return try startInGraph(tag)
        case .node, .edge:
            if tag.isElement("graph", in: namespaceName) {
                throw xml.error("nested graphs are not supported (in \(openOwner))")
            }
            try rejectLocator(tag)
            return try startData(tag, on: node == nil ? .edge : .node)
        case .data:
            // Elements inside a model value (yEd puts markup there) are
            // skipped; its direct text is the value.
            return .skip
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(contentsOf: bytes)
    }

    mutating func endElement() throws {
        switch frames.removeLast() {
        case .root, .graph: break
        case .key: endKey(key.take()!)
        case .node: try endNode(node.take()!)
        case .edge: try endEdge(edge.take()!)
        case .data(let attribute): endData(attribute)
        }
    }

    mutating func captured(_ fragment: XMLFragment) throws {
        guard let target = captureTarget else { return }
        captureTarget = nil
        switch target {
        case .keyDefault:
            let markup = try inOutputContext(fragment)
            key?.key.defaultValue = fragment.text
            key?.defaultMarkup = markup
        case .foreign(let key, let id, let line, let owner):
            if !fragment.hasElements, let type = key.attribute("attr.type"),
               !GraphMLVocabulary.accepts(fragment.text, as: type) {
                throw FormatError(file: xml.name, line: line, message: "\(owner): value "
                    + "\(GraphMLWriter.quoted(String(fragment.text.prefix(40)))) of key \(GraphMLWriter.quoted(id)) "
                    + "is not a valid \(type)")
            }
            let value = try inOutputContext(fragment)
            switch frames.last {
            case .root: foreign.document[key] = value
            case .graph: foreign.graph[key] = value
            case .node: node?.others[key] = value
            case .edge: edge?.foreign[key] = value
            default: break
            }
        }
    }

    private mutating func startCapture(_ target: CaptureTarget) -> XMLElementAction {
        captureTarget = target
        return .capture
    }

    // MARK: Elements

    private mutating func startRoot(_ tag: XMLStartTag) throws -> XMLElementAction {
        let local = tag.name, uri = tag.uri
        guard local == "graphml", uri == GraphMLVocabulary.namespace || uri.isEmpty else {
            let found = uri.isEmpty ? "<\(local)>" : "<\(local)> in namespace \(uri)"
            throw xml.error("root element is \(found), not <graphml> in namespace \(GraphMLVocabulary.namespace)")
        }
        namespace = uri
        namespaceName = uri.isEmpty ? nil : GraphMLVocabulary.namespaceName
        for (name, value) in tag.allAttributes() where name.hasPrefix("xmlns:") {
            let prefix = String(name.dropFirst("xmlns:".count))
            if prefix != "xsi" && value != GraphMLVocabulary.namespace { foreign.namespaces[prefix] = value }
        }
        frames.append(.root)
        return .descend
    }

    private mutating func startInRoot(_ tag: XMLStartTag) throws -> XMLElementAction {
        if tag.isElement("key", in: namespaceName) {
            return try startKey(tag)
        } else if tag.isElement("graph", in: namespaceName) {
            guard !sawGraph else {
                throw xml.error("a second <graph>: only one graph per file is supported")
            }
            if tag.attribute("edgedefault")?.trimmingWhitespace() == "undirected" {
                throw xml.error("the graph is undirected (edgedefault=\"undirected\"): stance edges go from a holder "
                    + "to a target, and reading undirected edges as directed would change them; write the graph "
                    + "as directed, each edge from holder to target")
            }
            sawGraph = true
            frames.append(.graph)
            return .descend
        } else if tag.isElement("data", in: namespaceName) {
            return try startForeignData(tag, owner: "the graph")
        }
        try rejectInclusion(tag)
        return .skip
    }

    private mutating func startInGraph(_ tag: XMLStartTag) throws -> XMLElementAction {
        if tag.isElement("edge", in: namespaceName) {
            return try startEdge(tag)
        } else if tag.isElement("node", in: namespaceName) {
            return try startNode(tag)
        } else if tag.isElement("data", in: namespaceName) {
            return try startForeignData(tag, owner: "the graph")
        } else if tag.isElement("locator", in: namespaceName) {
            try rejectLocator(tag)
        } else if tag.isElement("hyperedge", in: namespaceName) {
            throw xml.error("a <hyperedge>: stance edges join two actors, and a hyperedge would be lost on "
                + "writing; replace it by edges between pairs of its nodes, or remove it")
        }
        try rejectInclusion(tag)
        return .skip
    }

    /// A `<locator>` stands for content kept in another document; this
    /// reader never fetches it, and skipping it would write a graph without
    /// what it points to.
    private func rejectLocator(_ tag: XMLStartTag) throws {
        guard tag.isElement("locator", in: namespaceName) else { return }
        throw xml.error("a <locator> (content kept in another document) "
            + "is not read: put the content in this file")
    }

    /// XInclude would make a reader fetch other files or URLs; this reader
    /// never does, and says so rather than silently dropping the element.
    private func rejectInclusion(_ tag: XMLStartTag) throws {
        let uri = tag.uri
        if uri.hasPrefix("http://www.w3.org/2001/XInclude") || uri.hasPrefix("http://www.w3.org/2003/XInclude") {
            throw xml.error("XInclude <\(tag.name)> is not accepted: GraphML is read from this file only")
        }
    }

    /// `for` defaults to `all` as in the GraphML specification. A key whose
    /// name and domain this model reads becomes a `DeclaredKey`; any other
    /// becomes a `ForeignKey` whose data is kept.
    private mutating func startKey(_ tag: XMLStartTag) throws -> XMLElementAction {
        guard let id = tag.attribute("id") else { throw xml.error("<key> without an id attribute") }
        let type = tag.attribute("attr.type")
        if let type, !GraphMLVocabulary.types.contains(type) {
            let allowed = GraphMLVocabulary.types.sorted().joined(separator: ", ")
            throw xml.error("key \(GraphMLWriter.quoted(id)) has attr.type \(GraphMLWriter.quoted(type)) "
                + "(expected one of \(allowed))")
        }
        let key = DeclaredKey(domain: Domain(rawValue: tag.attribute("for") ?? "all"),
                              name: tag.attribute("attr.name"), type: type)
        self.key = KeyFrame(id: id, attributes: tag.allAttributes(), key: key)
        frames.append(.key)
        return .descend
    }

    private mutating func endKey(_ frame: KeyFrame) {
        dataKeys.removeAll()
        nodeDefaultValues = nil
        if frame.key.isModelAttribute {
            keys[frame.id] = frame.key
            return
        }
        let others = frame.attributes.filter { $0.name != "id" && $0.name != "for" && !$0.name.hasPrefix("xmlns") }
        let forValue = frame.attributes.first { $0.name == "for" }?.value
        let foreignKey = ForeignKey(domain: forValue ?? "", attributes: others.map {
            ForeignKey.Attribute(name: $0.name, value: $0.value)
        }, defaultValue: frame.defaultMarkup)
        foreignKeys[frame.id] = foreignKey
        foreign.keyIDs[foreignKey] = foreign.keyIDs[foreignKey].map { min($0, frame.id) } ?? frame.id
    }

    private mutating func startNode(_ tag: XMLStartTag) throws -> XMLElementAction {
        guard let id = tag.attribute("id") else { throw xml.error("<node> without an id attribute") }
        if let first = nodes[id] {
            throw xml.error("duplicate node id \(GraphMLWriter.quoted(id)) (first declared on line \(first.line))")
        }
        nodes[id] = DeclaredNode(line: tag.line, actor: id)
        node = NodeFrame(id: id, line: tag.line)
        frames.append(.node)
        return .descend
    }

    private mutating func endNode(_ node: NodeFrame) throws {
        let id = node.id
        if let actorID = node.actorID, actorID != id {
            guard !actorID.isEmpty else {
                throw FormatError(file: xml.name, line: node.line,
                                  message: "node \(GraphMLWriter.quoted(id)) has an empty id attribute")
            }
            nodes[id]?.actor = actorID
        }
        let actor = node.actorID.flatMap { $0.isEmpty ? nil : $0 } ?? id
        if let other = actorNodes[actor] {
            throw FormatError(file: xml.name, line: node.line, message: "nodes \(GraphMLWriter.quoted(other)) and "
                + "\(GraphMLWriter.quoted(id)) both stand for actor \(GraphMLWriter.quoted(actor))")
        }
        actorNodes[actor] = id
        if !node.others.isEmpty { foreign.nodes[actor] = node.others }
        let defaults = nodeDefaults()
        try queue(.actor(Actor(id: actor, label: node.label ?? defaults.label ?? actor,
                               kind: node.kind ?? defaults.kind ?? "")))
    }

    private mutating func startEdge(_ tag: XMLStartTag) throws -> XMLElementAction {
        guard let source = tag.attribute("source") else { throw xml.error("<edge> without a source attribute") }
        guard let target = tag.attribute("target") else { throw xml.error("<edge> without a target attribute") }
        let edge = PendingEdge(id: tag.attribute("id"), source: source, target: target, line: tag.line)
        try refuseWhatWouldBeLost(on: edge, tag)
        self.edge = edge
        frames.append(.edge)
        return .descend
    }

    private mutating func endEdge(_ edge: PendingEdge) throws {
        if let source = nodes[edge.source], let target = nodes[edge.target] {
            try queue(.edge(edge, source: source, target: target))
        } else {
            pending.append(edge)
        }
    }

    /// Foreign data is kept or refused, never changed: an undirected edge
    /// would become directed, and ports would be dropped, when the graph is
    /// written again.
    private func refuseWhatWouldBeLost(on edge: PendingEdge, _ tag: XMLStartTag) throws {
        if let directed = tag.attribute("directed")?.trimmingWhitespace(), directed == "false" || directed == "0" {
            throw xml.error("\(edge.title) is undirected (directed=\"\(directed)\"): stance edges go from a holder "
                + "to a target, and reading it as directed would change it; make it directed, from holder to target")
        }
        for name: StaticString in ["sourceport", "targetport"] where tag.attribute(name) != nil {
            throw xml.error("\(edge.title) ends at a port (\(name)): ports are not read and would be lost on "
                + "writing; remove the port attributes")
        }
    }

    /// A child of a node or edge: the text of a key this model reads, the
    /// markup of another tool's key, or nothing (other elements, keys for
    /// another domain). Data of an undeclared key is an error.
    private mutating func startData(_ tag: XMLStartTag, on domain: Domain) throws -> XMLElementAction {
        guard tag.isElement("data", in: namespaceName) else {
            try rejectInclusion(tag)
            if domain == .node, tag.isElement("port", in: namespaceName) {
                throw xml.error("\(openOwner) has a <port>: ports are not read and would be lost on writing; "
                    + "remove them (edges then end at the node itself)")
            }
            return .skip
        }
        if let raw = tag.rawAttribute("key"),
           let known = dataKeys.first(where: { $0.domain == domain && Self.equal($0.id, raw) }) {
            return startModelData(known.attribute)
        }
        guard let id = tag.attribute("key") else { throw xml.error("<data> without a key attribute in \(openOwner)") }
        if let key = keys[id] {
            var attribute: ModelAttribute?
            if let name = key.name, key.domain?.covers(domain) == true, let known = ModelAttribute(rawValue: name),
               Self.attributes(of: domain).contains(known) {
                // The edge `label` is the relation again: not read.
                attribute = domain == .edge && known == .label ? nil : known
            }
            if dataKeys.count < Self.dataKeysLimit, let raw = tag.rawAttribute("key"), !raw.contains(UInt8(ascii: "&")) {
                dataKeys.append((Array(raw), domain, attribute))
            }
            return startModelData(attribute)
        }
        let owner = openOwner
        return try startForeignData(tag, owner: owner)
    }

    private static func equal(_ bytes: [UInt8], _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == other.count else { return false }
        guard let start = other.baseAddress, !bytes.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, start, bytes.count) == 0 }
    }

    /// A `<data>` of a model key: read when it holds an attribute read on
    /// this element (`attribute`), else skipped.
    private mutating func startModelData(_ attribute: ModelAttribute?) -> XMLElementAction {
        guard let attribute else { return .skip }
        text.removeAll(keepingCapacity: true)
        frames.append(.data(attribute))
        return .readText
    }

    /// How messages name the node or edge open now.
    private var openOwner: String {
        if let node { return "node \(GraphMLWriter.quoted(node.id))" }
        return edge?.title ?? "the graph"
    }

    /// Hands the text of a model `<data>` to the node or edge around it.
    private mutating func endData(_ attribute: ModelAttribute) {
        if attribute == .evidence, case .edge = frames.last {
            // Kept as the bytes read, decoded on the assembly thread.
            edge?.evidence = text
            return
        }
        let value = String(decoding: text, as: UTF8.self)
        switch frames.last {
        case .node:
            switch attribute {
            case .label: node?.label = value
            case .kind: node?.kind = value
            case .id: node?.actorID = value.trimmingWhitespace()
            default: break
            }
        case .edge:
            edge?.values[attribute] = value
        default:
            break
        }
    }

    /// A `<data>` of another tool's key, captured as markup; data of a key
    /// this model reads in the wrong place is skipped.
    private mutating func startForeignData(_ tag: XMLStartTag, owner: @autoclosure () -> String) throws -> XMLElementAction {
        guard let id = tag.attribute("key") else { throw xml.error("<data> without a key attribute in \(owner())") }
        guard let key = foreignKeys[id] else {
            if keys[id] != nil { return .skip }
            throw xml.error("<data> in \(owner()) refers to key \(GraphMLWriter.quoted(id)), which no <key> declares")
        }
        return startCapture(.foreign(key, id: id, line: tag.line, owner: owner()))
    }

    /// Markup as it will read back from the files we write. libxml2
    /// serialises a fragment according to its document: in a file without
    /// GraphML's namespace, unprefixed elements get a namespace declaration
    /// once in our output (where it is the default), and in a file not
    /// declared UTF-8 non-ASCII characters are written as character
    /// references, which our UTF-8 output then reads back as characters. Either
    /// way the second round trip would change the bytes (both found by
    /// FuzzGraphML), so such markup is serialised once in the output's
    /// context here.
    private func inOutputContext(_ content: XMLFragment) throws -> String {
        let sameContext = !namespace.isEmpty && xml.declaresUTF8
        guard !sameContext, content.markup.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else {
            return content.markup
        }
        var wrapper = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml xmlns=\"\(GraphMLVocabulary.namespace)\""
        // Only the namespaces the markup uses from outside: all of them for
        // every fragment would cost their number times the fragments.
        for prefix in content.outerPrefixes.sorted() {
            guard let uri = foreign.namespaces[prefix] else { continue }
            let escaped = uri.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;")
                .replacingAll("\"", with: "&quot;")
            wrapper += " xmlns:\(prefix)=\"\(escaped)\""
        }
        wrapper += "><data>" + content.markup + "</data></graphml>"
        let capture = FragmentCapture()
        try XMLEventParser(bytes: Array(wrapper.utf8), name: xml.name).parse(capture)
        return capture.fragment?.markup ?? content.markup
    }

    /// The attributes read on each kind of element.
    static func attributes(of domain: Domain) -> [ModelAttribute] {
        switch domain {
        case .node: ModelAttribute.node
        case .edge: ModelAttribute.edge
        case .graph, .all: []
        }
    }

    /// The defaults of the edge attributes, computed on first use.
    mutating func edgeDefaults() -> EdgeValues {
        if let edgeDefaultValues { return edgeDefaultValues }
        var values = EdgeValues()
        for attribute in ModelAttribute.edge { values[attribute] = defaultValue(attribute.rawValue, on: .edge) }
        edgeDefaultValues = values
        return values
    }

    /// The defaults of the node attributes, computed on first use.
    mutating func nodeDefaults() -> (label: String?, kind: String?) {
        if let nodeDefaultValues { return nodeDefaultValues }
        let values = (label: defaultValue("label", on: .node), kind: defaultValue("kind", on: .node))
        nodeDefaultValues = values
        return values
    }

    /// The `<default>` of the key for attribute `name` on `domain`, if any.
    func defaultValue(_ name: String, on domain: Domain) -> String? {
        keys.values.filter { $0.means(name, on: domain) && $0.defaultValue != nil }
            .compactMap(\.defaultValue).min()
    }
}

/// Hands libxml2's events to the parser: the one class in the way, so that
/// the state machine itself is a value whose fields are reached without
/// the exclusivity checks of class properties.
final class GraphMLEvents: XMLEventHandler {
    var parser: GraphMLParser

    init(_ parser: GraphMLParser) {
        self.parser = parser
    }

    func startElement(_ tag: XMLStartTag) throws -> XMLElementAction { try parser.startElement(tag) }
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws { parser.text(bytes) }
    func endElement() throws { try parser.endElement() }
    func captured(_ fragment: XMLFragment) throws { try parser.captured(fragment) }
    func documentType() throws { try parser.documentType() }
}

/// Captures the first `<data>` below the root of a small document: how
/// markup is serialised again in the output's context.
private final class FragmentCapture: XMLEventHandler {
    var fragment: XMLFragment?

    func startElement(_ tag: XMLStartTag) throws -> XMLElementAction {
        guard fragment == nil else { return .skip }
        return tag.name == "data" ? .capture : .descend
    }
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws {}
    func endElement() throws {}
    func captured(_ fragment: XMLFragment) throws { self.fragment = fragment }
    func documentType() throws {}
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
