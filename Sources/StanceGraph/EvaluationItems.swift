import Foundation
import StanceModel

/// Reads annotated texts: a folder of `NAME.txt` + `NAME.gold.json`
/// (`shared/docs/stance-guidelines.md`), or a benchmark's JSON Lines file
/// (`{"id", "text", "gold": [{source, relation, target, required?}]}`).
public enum EvaluationItems {
    struct GoldEdge: Decodable {
        var source: String
        var relation: String
        var target: String
        var required: Bool?
    }

    struct GoldFile: Decodable { var edges: [GoldEdge] }

    struct Sentence: Decodable {
        var id: String
        var text: String
        var gold: [GoldEdge]
    }

    static func split(_ edges: [GoldEdge], file: String) throws -> (Set<EdgeKey>, Set<EdgeKey>) {
        var required = Set<EdgeKey>(), optional = Set<EdgeKey>()
        for edge in edges {
            guard let relation = Relation(rawValue: edge.relation) else {
                throw InputError(path: file, message: "unknown relation '\(edge.relation)'")
            }
            let key = EdgeKey(source: edge.source, relation: relation, target: edge.target)
            if edge.required ?? true { required.insert(key) } else { optional.insert(key) }
        }
        return (required, optional.subtracting(required))
    }

    public static func goldFolder(_ folder: String) throws -> [Evaluation.Item] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw InputError(path: folder, message: "cannot list the folder")
        }
        let stems = names.filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
        if stems.isEmpty { throw InputError(path: folder, message: "no *.gold.json files") }
        return try stems.map { stem in
            let goldPath = (folder as NSString).appendingPathComponent(stem + ".gold.json")
            let article = try ArticleSource.read((folder as NSString).appendingPathComponent(stem + ".txt"))
            let gold: GoldFile
            do {
                gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: URL(fileURLWithPath: goldPath)))
            } catch {
                throw InputError(path: goldPath, message: "not a gold file: \(error)")
            }
            let (required, optional) = try split(gold.edges, file: goldPath)
            return Evaluation.Item(id: stem, text: article.text, required: required, optional: optional)
        }
    }

    public static func sentences(_ file: String) throws -> [Evaluation.Item] {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw InputError(path: file, message: "cannot read the file as UTF-8")
        }
        var items: [Evaluation.Item] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let sentence: Sentence
            do {
                sentence = try JSONDecoder().decode(Sentence.self, from: Data(line.utf8))
            } catch {
                throw InputError(path: "\(file):\(index + 1)", message: "not a benchmark record (id, text, gold)")
            }
            let (required, optional) = try split(sentence.gold, file: "\(file):\(index + 1)")
            items.append(Evaluation.Item(id: sentence.id, text: sentence.text, required: required, optional: optional))
        }
        return items
    }
}
