/// The actor file format: a list of actors, or a mapping whose `actors` key
/// holds that list. YAML or JSON (JSON is read as YAML). Each actor is a
/// mapping with `id`, `name`, `kind`, and optional `aliases`, `adjectives`,
/// `officials` (each with `name`, `title`, optional `aliases`, and optional
/// `from` and `to` dates of the term, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
/// `to` left out while in office), `traits`, `governs` (the state a movement
/// governs: "the Taliban government" is that state). Other fields
/// are ignored, so files made for other tools load as they are.
enum ActorFile {
    static func load(file: String) throws -> [ActorEntry] {
        guard let root = try YAMLNode.parse(try readText(file), file: file) else {
            throw OntologyError(file: file, message: "the file is empty; expected a list of actors")
        }
        let list = root["actors"] ?? root
        var seen: [String: Int] = [:]
        return try list.sequence("an actor file").map { item in
            let entry = try actor(item, file: file)
            if let line = seen[entry.id] {
                throw item.error("actor id '\(entry.id)' is already defined at line \(line)")
            }
            seen[entry.id] = item.node.mark?.line ?? 0
            return entry
        }
    }

    static func actor(_ item: YAMLNode, file: String) throws -> ActorEntry {
        _ = try item.mapping("an actor")
        guard let idNode = item["id"] else { throw item.error("an actor needs an 'id'") }
        let id = try idNode.requireString("'id'")
        guard isValidID(id) else {
            throw idNode.error("actor id '\(id)' may hold only letters, digits, '_', '-' and '.'")
        }
        guard let nameNode = item["name"] else { throw item.error("actor '\(id)' needs a 'name'") }
        let name = try nameNode.requireString("'name'")
        let kind = try item["kind"]?.requireString("'kind'") ?? "state"
        let aliases = try item["aliases"]?.stringList("'aliases'") ?? []
        let adjectives = try item["adjectives"]?.stringList("'adjectives'") ?? []
        let officials: [Official] = try item["officials"]?.sequence("'officials'").map { node -> Official in
            _ = try node.mapping("an official")
            guard let officialName = try node["name"]?.requireString("'name'") else {
                throw node.error("an official of '\(id)' needs a 'name'")
            }
            let from = try officeDate(node["from"], "'from'")
            let to = try officeDate(node["to"], "'to'")
            if let from, let to, from.earliestKey > to.latestKey, let toNode = node["to"] {
                throw toNode.error("official '\(officialName)' of '\(id)' leaves office ('to' \(to)) "
                                   + "before taking it ('from' \(from))")
            }
            return Official(name: officialName,
                            title: try node["title"]?.requireString("'title'") ?? "",
                            aliases: try node["aliases"]?.stringList("'aliases'") ?? [],
                            from: from, to: to)
        } ?? []
        let traits = try item["traits"]?.stringList("'traits'") ?? []
        let governs = try item["governs"]?.requireString("'governs'")
        return ActorEntry(id: id, name: name, kind: kind, aliases: aliases,
                          adjectives: adjectives, officials: officials, traits: traits, governs: governs, origin: file)
    }

    /// A term's `from` or `to`; absent or null is nil.
    static func officeDate(_ node: YAMLNode?, _ what: String) throws -> OfficeDate? {
        guard let node else { return nil }
        if case .scalar(let scalar) = node.node, scalar.tag == .implicit, node.node.null != nil { return nil }
        let text = try node.requireString(what)
        guard let date = OfficeDate(text) else {
            throw node.error("\(what) date '\(text)' must be YYYY, YYYY-MM or YYYY-MM-DD (a real month and day)")
        }
        return date
    }

    /// Actor ids become GraphML node ids, which must be XML name tokens;
    /// this stricter set also keeps them safe in DOT and on command lines.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
             || scalar == "_" || scalar == "-" || scalar == ".") && scalar.value > 32
        }
    }
}
