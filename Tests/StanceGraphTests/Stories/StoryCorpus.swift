import Foundation
import StanceGraph

/// `Corpora/stories/corpus.jsonl`, read once. The truth is in the ids: an
/// article `sN-x` belongs to story `sN` (see `Corpora/stories/README.md`).
enum StoryCorpus {
    struct Record: Decodable {
        var id: String
        var text: String
        var title: String
        var date: String
        var url: String
        var source: String

        /// The story the corpus says this article belongs to.
        var story: String { String(id.prefix { $0 != "-" }) }
    }

    static let url = TestSupport.root.appendingPathComponent("Corpora/stories/corpus.jsonl")

    static let records: [Record] = {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            fatalError("cannot read \(url.path)")
        }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").map { line in
            do { return try decoder.decode(Record.self, from: Data(line.utf8)) } catch {
                fatalError("bad record in \(url.path): \(error)")
            }
        }
    }()

    static let prints: [StoryPrint] = records.map { StoryPrint(text: $0.text) }

    /// The true partition: for each article, the index of the first
    /// article of its story.
    static let truth: [Int] = records.map { record in records.firstIndex { $0.story == record.story }! }

    static var stories: Int { Set(records.map(\.story)).count }
}
