import Foundation
import StanceModel
import StanceExtraction

/// Extracts many articles into one graph: what `stancegraph extract` does,
/// as a library call, so tools and tests run exactly the same path.
///
/// One thread reads inputs in order (`ArticleStream`) into a bounded queue;
/// `jobs` threads decode and extract articles and merge each into a graph of
/// their own, handed to the shared graph every few hundred articles. Merging
/// is commutative and associative, and the writers sort, so the output bytes
/// do not depend on `jobs` or on which thread took which article. Errors and
/// skips carry the article's place in reading order, so the error reported
/// is always the first one in the input, whatever thread met it.
///
/// With `Options.isolation`, each thread hands its articles to a worker
/// process instead of extracting them itself (`Isolation`), so that an
/// article on which the extractor traps is a bad input like any other; the
/// merging, and so the output, is the same.
///
/// Each article's graph is stamped with the article's date (first and last
/// seen) before merging, and merged with the evidence cap: the cap keeps
/// the smallest items by a fixed order and counts add exactly across
/// distinct articles, so the result is the same for any grouping. (An
/// article id that occurs twice in a corpus is counted twice once its
/// edges are capped; give articles distinct ids.)
public enum CorpusExtraction {
    public struct Options: Sendable {
        /// The limit on one article (a text or HTML file, a JSON line):
        /// far above any news article or report, low enough that a runaway
        /// input (a 50 MB line without a full stop) is refused at once
        /// instead of costing the extractor minutes and gigabytes.
        public static let defaultArticleLimit = 16 << 20

        /// Extraction threads; at least 1.
        public var jobs: Int
        /// Skip unreadable articles (reported through `onSkip`) instead of stopping.
        public var keepGoing: Bool
        /// How to read standard input (and files with other extensions);
        /// nil: by extension, and by its first byte for standard input.
        public var format: InputFormat?
        public var articleLimit: Int
        /// Evidence sentences kept per edge (nil: all). Counts stay exact
        /// whatever is kept; capping is what keeps memory tied to the number
        /// of edges rather than to the size of the corpus.
        public var evidenceLimit: Int?
        /// Extract in worker processes instead of threads, so that an
        /// article on which the extractor traps is a bad input, not the end
        /// of the run (see `Isolation`); nil: in this process.
        public var isolation: Isolation?
        /// Tally the names beside verb cues that are no actor
        /// (`Result.unknownNames`); extraction in this process only.
        public var reportUnknown = false

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, keepGoing: Bool = false,
                    format: InputFormat? = nil, articleLimit: Int = Options.defaultArticleLimit,
                    evidenceLimit: Int? = nil, isolation: Isolation? = nil) {
            self.jobs = max(1, jobs)
            self.keepGoing = keepGoing
            self.format = format
            self.articleLimit = articleLimit
            self.evidenceLimit = evidenceLimit
            self.isolation = isolation
        }
    }

    public struct Result: Sendable {
        public var graph: StanceGraph
        /// Articles read and extracted.
        public var articles: Int
        /// Inputs that could not be read, when skipping was allowed, in input order.
        public var skipped: [InputError]
        /// Bytes read from the inputs.
        public var bytes: Int
        /// With `Options.reportUnknown`: names standing where a holder or
        /// target stands that are no actor, most frequent first.
        public var unknownNames: [UnknownNameCount] = []
    }

    /// One unknown name in one role, how often it stood there, and the
    /// first sentence (in reading order) where it did.
    public struct UnknownNameCount: Sendable, Equatable {
        public var name: String
        public var role: UnknownName.Role
        public var count: Int
        public var article: String
        public var sentence: String
    }

    /// Where a run stands, for a progress line.
    public struct Progress: Sendable {
        public var articles: Int
        public var skipped: Int
        public var edges: Int
        /// Bytes of the articles done so far.
        public var bytesRead: Int
        /// The size of the inputs, when all are files.
        public var totalBytes: Int?
        public var elapsed: Double

        public init(articles: Int, skipped: Int, edges: Int, bytesRead: Int, totalBytes: Int?, elapsed: Double) {
            self.articles = articles
            self.skipped = skipped
            self.edges = edges
            self.bytesRead = bytesRead
            self.totalBytes = totalBytes
            self.elapsed = elapsed
        }
    }

    /// `inputs` are files, folders or `-`. With `keepGoing`, an unreadable
    /// article is reported through `onSkip` and left out; otherwise the first
    /// one stops the run. `onProgress` is called about every `interval`
    /// seconds from a thread of its own, and once at the end; its elapsed
    /// seconds come from `progressClock` (default: the time since the start;
    /// tests inject one that does not depend on the machine's speed). `onWarning` hears of isolated
    /// workers that died and were replaced without losing an article, and
    /// of folders' subfolders that are not read. An input list that holds no
    /// article at all is an error, so that no empty graph replaces an output.
    public static func run(_ inputs: [String], extractor: Extractor, options: Options = Options(),
                           onSkip: @escaping @Sendable (InputError) -> Void = { _ in },
                           onWarning: @escaping @Sendable (String) -> Void = { _ in },
                           progressInterval: Double = 0.5,
                           progressClock: (@Sendable () -> Double)? = nil,
                           onProgress: (@Sendable (Progress) -> Void)? = nil) throws -> Result {
        let (items, notices) = ArticleSource.listing(for: inputs, format: options.format)
        notices.forEach(onWarning)
        if items.isEmpty {
            // Writing an empty graph over the output would pass for a run
            // that found nothing in real articles.
            throw InputError(path: inputs.joined(separator: ", "), reason: .empty,
                             message: "no articles to read (a folder is read for its .txt, .jsonl, "
                                + ".html and .htm files)")
        }
        let knownSizes = items.allSatisfy { $0.size != nil }
        let total = knownSizes ? items.reduce(0) { $0 + ($1.size ?? 0) } : nil
        if items.contains(where: { $0.format == .html || $0.format == nil }) { HTMLText.initialize() }

        let state = RunState(keepGoing: options.keepGoing, evidenceLimit: options.evidenceLimit, onSkip: onSkip,
                             onWarning: onWarning)
        let environment = options.isolation == nil ? [] : WorkerProcess.environment()
        // Room for a few dozen articles per thread: the reader, woken at half,
        // then refills in bursts rather than once per article.
        let queue = BoundedQueue<ArticleStream.Element>(maxItems: 32 * options.jobs,
                                                     maxBytes: max(64 << 20, options.articleLimit))
        let workers = DispatchGroup()
        for _ in 0..<options.jobs {
            workers.enter()
            do {
                try NativeThread.start(stackSize: 8 << 20) {
                    if let isolation = options.isolation {
                        Supervisor(isolation: isolation, environment: environment, state: state).run(queue)
                    } else {
                        Worker(extractor: extractor, state: state, reportUnknown: options.reportUnknown).run(queue)
                    }
                    workers.leave()
                }
            } catch {
                // The threads already started drain the (closed) queue and end.
                workers.leave()
                queue.close()
                workers.wait()
                throw error
            }
        }
        let clock = ContinuousClock.now
        let elapsed = progressClock ?? { clock.duration(to: .now).seconds }
        // No progress line is no reason to stop a run.
        let ticker = onProgress.flatMap { report in
            try? ProgressTicker(interval: progressInterval) {
                report(state.progress(total: total, elapsed: elapsed()))
            }
        }

        var stream = ArticleStream(items: items, articleLimit: options.articleLimit)
        while !state.stopped, let element = stream.next() {
            state.setBytesRead(stream.bytesRead)
            if case .article(let raw) = element {
                queue.put(element, bytes: raw.bytes.count)
            } else {
                queue.put(element, bytes: 0)
            }
        }
        state.setBytesRead(stream.bytesRead)
        queue.close()
        workers.wait()
        ticker?.stop()
        // The last state once, however short the run: a run faster than one
        // interval still shows where it ended.
        if state.firstError == nil, let onProgress {
            onProgress(state.progress(total: total, elapsed: elapsed()))
        }
        if let error = state.firstError { throw error }
        return state.result()
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
