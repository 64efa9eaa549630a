import Yams

/// Reads Yams nodes into typed values, turning every shape mismatch into an
/// `OntologyError` that names the file, line and column.
struct YAMLNode {
    let node: Node
    let file: String
    /// Where errors about this node point: the node itself, or its key.
    let mark: Mark?

    init(node: Node, file: String, at mark: Mark? = nil) {
        self.node = node
        self.file = file
        self.mark = mark ?? node.mark
    }

    func error(_ message: String) -> OntologyError {
        OntologyError(file: file, line: mark?.line, column: mark?.column, message: message)
    }

    static func parse(_ text: String, file: String) throws -> YAMLNode? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLNode(node: node, file: file)
        } catch let error as YamlError {
            throw OntologyError(yaml: error, file: file)
        }
    }

    var string: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    func requireString(_ what: String) throws -> String {
        guard let value = string else { throw error("\(what) must be a text value") }
        return value
    }

    func sequence(_ what: String) throws -> [YAMLNode] {
        guard case .sequence(let items) = node else { throw error("\(what) must be a list") }
        return items.map { YAMLNode(node: $0, file: file) }
    }

    /// The pairs of a mapping. Each value node reports errors at its key's
    /// position, where a reader looks for the entry.
    func mapping(_ what: String) throws -> [(key: String, value: YAMLNode)] {
        guard case .mapping(let pairs) = node else { throw error("\(what) must be a mapping") }
        return try pairs.map { pair in
            let key = YAMLNode(node: pair.key, file: file)
            return (try key.requireString("a key"), YAMLNode(node: pair.value, file: file, at: pair.key.mark))
        }
    }

    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = node else { return nil }
        for pair in pairs where pair.key.string == key {
            return YAMLNode(node: pair.value, file: file)
        }
        return nil
    }

    func stringList(_ what: String) throws -> [String] {
        if case .scalar = node, string == "" { return [] }
        if case .scalar(let scalar) = node, scalar.tag == .implicit, node.null != nil { return [] }
        return try sequence(what).map { try $0.requireString("each of \(what)") }
    }
}

extension OntologyError {
    init(yaml error: YamlError, file: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            // One line: some of Yams's problems quote the whole document after it.
            let firstLine = (prefix + problem).split(separator: "\n").first.map(String.init) ?? problem
            self.init(file: file, line: mark.line, column: mark.column,
                      message: "not valid YAML or JSON: \(firstLine)")
        case .reader(let problem, _, _, _):
            self.init(file: file, message: "cannot read: \(problem)")
        default:
            // One line: Yams quotes the whole document after some problems.
            let text = "\(error)"
            let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
            self.init(file: file, message: "not valid YAML or JSON: \(firstLine)")
        }
    }
}
