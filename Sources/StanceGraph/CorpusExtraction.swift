import StanceModel
import StanceExtraction

/// Extracts many articles into one graph: what `stancegraph extract` does,
/// as a library call, so tools and tests run exactly the same path.
public enum CorpusExtraction {
    public struct Result: Sendable {
        public var graph: StanceGraph
        /// Articles read and extracted.
        public var articles: Int
        /// Inputs that could not be read, when skipping was allowed.
        public var skipped: [InputError]
    }

    /// `inputs` are files, folders or `-`. With `keepGoing`, an unreadable
    /// article is reported through `onSkip` and left out; otherwise the first
    /// one stops the run.
    public static func run(_ inputs: [String], extractor: Extractor, keepGoing: Bool = false,
                           onSkip: (InputError) -> Void = { _ in }) throws -> Result {
        var result = Result(graph: StanceGraph(), articles: 0, skipped: [])
        for path in try ArticleSource.paths(for: inputs) {
            do {
                let article = try ArticleSource.read(path)
                result.graph.merge(extractor.extract(article.text, article: article.id))
                result.articles += 1
            } catch let error as InputError where keepGoing {
                onSkip(error)
                result.skipped.append(error)
            }
        }
        return result
    }
}
