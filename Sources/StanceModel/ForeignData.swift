/// GraphML data this model does not interpret, kept so that it survives
/// read -> merge -> write: yEd's graphics and node positions, Gephi's
/// colours and sizes, a user's own attributes, graph-level data.
///
/// Each value is the content of one `<data>` element as an XML fragment
/// (escaped text, or markup such as `<y:ShapeNode>...`), filed under the
/// key it belongs to and the node, edge or graph it was on. Keys are
/// identified by their declaration (`ForeignKey`), not by their id, which
/// is only local to one file (networkx's `d0` means something else in every
/// file). Writers emit the fragments verbatim, so they must be well-formed
/// XML whose prefixes are declared in `namespaces`.
///
/// Merging is a union; two different values for the same key on the same
/// node (edge, graph) are settled by taking the smaller string, so merges
/// stay commutative, associative and idempotent.
public struct ForeignData: Hashable, Sendable {
    /// Values on nodes, by node id.
    public var nodes: [String: [ForeignKey: String]] = [:]
    /// Values on edges. Several foreign edges with one key are one edge here.
    public var edges: [EdgeKey: [ForeignKey: String]] = [:]
    /// Values on the `<graph>` element.
    public var graph: [ForeignKey: String] = [:]
    /// Values on the `<graphml>` root (yEd's shared resources).
    public var document: [ForeignKey: String] = [:]
    /// The id each key had in its file: the smallest when files disagree.
    public var keyIDs: [ForeignKey: String] = [:]
    /// Namespace prefixes the fragments use (`y` -> yWorks' namespace),
    /// from the roots of the files read. The smaller URI wins a clash.
    public var namespaces: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool {
        nodes.isEmpty && edges.isEmpty && graph.isEmpty && document.isEmpty && keyIDs.isEmpty
    }

    /// Every key in use or declared, in a fixed order.
    public var sortedKeys: [ForeignKey] { keyIDs.keys.sorted() }

    public mutating func merge(_ other: ForeignData) {
        for (id, values) in other.nodes { ForeignData.merge(values, into: &nodes[id, default: [:]]) }
        for (key, values) in other.edges { ForeignData.merge(values, into: &edges[key, default: [:]]) }
        ForeignData.merge(other.graph, into: &graph)
        ForeignData.merge(other.document, into: &document)
        ForeignData.merge(other.keyIDs, into: &keyIDs)
        for (prefix, uri) in other.namespaces {
            namespaces[prefix] = namespaces[prefix].map { min($0, uri) } ?? uri
        }
    }

    /// Adds `values` to the values of edge `key`, settling clashes as
    /// `merge` does.
    public mutating func add(_ values: [ForeignKey: String], toEdge key: EdgeKey) {
        ForeignData.merge(values, into: &edges[key, default: [:]])
    }

    static func merge(_ values: [ForeignKey: String], into target: inout [ForeignKey: String]) {
        for (key, value) in values {
            target[key] = target[key].map { min($0, value) } ?? value
        }
    }
}

/// A foreign `<key>` declaration, without its id: what it applies to
/// (`for`), its other attributes (`attr.name`, `attr.type`,
/// `yfiles.type`, ...) sorted by name, and its `<default>` content.
public struct ForeignKey: Hashable, Comparable, Sendable {
    /// The `for` attribute as written ("node", "edge", "graph", "graphml",
    /// "all"); empty when absent.
    public var domain: String
    /// The other attributes, sorted by name, as (name, value) pairs.
    public var attributes: [Attribute]
    /// The `<default>` element's content as an XML fragment, if any.
    public var defaultValue: String?

    public struct Attribute: Hashable, Comparable, Sendable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
        public static func < (lhs: Attribute, rhs: Attribute) -> Bool {
            (lhs.name, lhs.value) < (rhs.name, rhs.value)
        }
    }

    public init(domain: String, attributes: [Attribute], defaultValue: String? = nil) {
        self.domain = domain
        self.attributes = attributes.sorted()
        self.defaultValue = defaultValue
    }

    /// The value of attribute `name`, if declared.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    public static func < (lhs: ForeignKey, rhs: ForeignKey) -> Bool {
        if lhs.domain != rhs.domain { return lhs.domain < rhs.domain }
        if lhs.attributes != rhs.attributes { return lhs.attributes.lexicographicallyPrecedes(rhs.attributes) }
        switch (lhs.defaultValue, rhs.defaultValue) {
        case let (left?, right?): return left < right
        case (nil, _?): return true
        default: return false
        }
    }
}
