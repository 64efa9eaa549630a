import Foundation
import Synchronization
import StanceModel
import StanceExtraction

extension CorpusExtraction {
    /// What the reader and the extraction threads share, behind one lock
    /// (the standard library's `Mutex`), with the per-article counts behind
    /// a second, so the progress line moves smoothly while graphs are handed
    /// over in batches.
    final class RunState: Sendable {
        private struct Shared: ~Copyable {
            var graph: BalancedMerge
            /// The edges of `graph`, for the progress line, kept only while
            /// evidence is uncapped: then its parts may repeat an edge;
            /// capped, it is one graph that knows its count.
            var edgeKeys = Set<EdgeKey>()
            var articles = 0
            var bytesRead = 0
            var skipped: [(sequence: Int, error: InputError)] = []
            var failure: (sequence: Int, error: InputError)?
            /// An error that is no article's: an extraction worker that
            /// cannot start. It stops the run, with or without `keepGoing`.
            var breakdown: (any Error)?
            var stop = false
        }

        private struct Counts {
            var extracted = 0
            var bytesDone = 0
        }

        private struct UnknownKey: Hashable {
            var name: String
            var role: UnknownName.Role
        }

        /// Per unknown name and role: how often, and the example of the
        /// earliest article in reading order (whatever thread met it).
        private struct UnknownTally {
            var count = 0
            var sequence = Int.max
            var article = ""
            var sentence = ""
        }

        private let shared: Mutex<Shared>
        private let counts = Mutex(Counts())
        private let unknown = Mutex([UnknownKey: UnknownTally]())
        let keepGoing: Bool
        let evidenceLimit: Int?
        let onSkip: @Sendable (InputError) -> Void
        let onWarning: @Sendable (String) -> Void

        init(keepGoing: Bool, evidenceLimit: Int?, onSkip: @escaping @Sendable (InputError) -> Void,
             onWarning: @escaping @Sendable (String) -> Void = { _ in }) {
            self.keepGoing = keepGoing
            self.evidenceLimit = evidenceLimit
            self.onSkip = onSkip
            self.onWarning = onWarning
            shared = Mutex(Shared(graph: BalancedMerge(evidenceLimit: evidenceLimit)))
        }

        var stopped: Bool { shared.withLock { $0.stop } }

        var firstError: (any Error)? { shared.withLock { $0.breakdown ?? $0.failure?.error } }

        /// True for an article after the first error found so far: not worth
        /// extracting. Articles before it still are, since one of them may
        /// hold an earlier error. After a breakdown, nothing is.
        func isPastFailure(_ sequence: Int) -> Bool {
            shared.withLock { $0.breakdown != nil || ($0.failure.map { sequence > $0.sequence } ?? false) }
        }

        var isBrokenDown: Bool { shared.withLock { $0.breakdown != nil } }

        /// Stops the run on an error that no article caused; the first one
        /// is reported.
        func breakDown(_ error: any Error) {
            shared.withLock {
                if $0.breakdown == nil { $0.breakdown = error }
                $0.stop = true
            }
        }

        func setBytesRead(_ count: Int) { shared.withLock { $0.bytesRead = count } }

        /// One article (or bad input) of `bytes` bytes done.
        func finished(bytes: Int, extracted article: Bool) {
            counts.withLock {
                $0.bytesDone += bytes
                if article { $0.extracted += 1 }
            }
        }

        /// Hands a thread's partial graph over to the shared one.
        func absorb(_ part: StanceGraph, articles done: Int) {
            shared.withLock {
                if evidenceLimit == nil { $0.edgeKeys.formUnion(part.edges.keys) }
                $0.graph.add(part, articles: done)
                $0.articles += done
            }
        }

        /// Records a bad input: skipped with `keepGoing`, else the run stops
        /// and the earliest error in input order is the one reported.
        func failed(_ error: InputError, sequence: Int) {
            if keepGoing {
                shared.withLock { $0.skipped.append((sequence, error)) }
                onSkip(error)
                return
            }
            shared.withLock {
                if $0.failure == nil || sequence < $0.failure!.sequence { $0.failure = (sequence, error) }
                $0.stop = true
            }
        }

        func progress(total: Int?, elapsed: Double) -> Progress {
            let (articles, done) = counts.withLock { ($0.extracted, $0.bytesDone) }
            return shared.withLock {
                Progress(articles: articles, skipped: $0.skipped.count,
                         edges: evidenceLimit == nil ? $0.edgeKeys.count : $0.graph.edgeCount,
                         bytesRead: done, totalBytes: total, elapsed: elapsed)
            }
        }

        /// Adds one article's unknown names to the tally.
        func noteUnknown(_ names: [(name: UnknownName, sentence: String)], article: String, sequence: Int) {
            guard !names.isEmpty else { return }
            unknown.withLock { tally in
                for (name, sentence) in names {
                    let key = UnknownKey(name: name.name, role: name.role)
                    var entry = tally[key] ?? UnknownTally()
                    entry.count += 1
                    if sequence < entry.sequence {
                        (entry.sequence, entry.article, entry.sentence) = (sequence, article, sentence)
                    }
                    tally[key] = entry
                }
            }
        }

        func result() -> Result {
            var result = shared.withLock {
                Result(graph: $0.graph.merged, articles: $0.articles,
                       skipped: $0.skipped.sorted { $0.sequence < $1.sequence }.map(\.error),
                       bytes: $0.bytesRead)
            }
            result.unknownNames = unknown.withLock { tally in
                tally.map { key, entry in
                    UnknownNameCount(name: key.name, role: key.role, count: entry.count, article: entry.article,
                                     sentence: entry.sentence)
                }
            }.sorted { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                if lhs.name != rhs.name { return lhs.name < rhs.name }
                return lhs.role < rhs.role
            }
            return result
        }
    }

    /// One extraction thread: decodes and extracts articles, merging them
    /// into a graph of its own that it hands over in batches, so threads
    /// rarely wait for the lock.
    struct Worker {
        let extractor: Extractor
        let state: RunState
        var reportUnknown = false
        static let batch = 256

        func run(_ queue: BoundedQueue<ArticleStream.Element>) {
            var part = PartialGraph(state: state)
            while let element = queue.take() {
                switch element {
                case .failure(let sequence, let error):
                    state.failed(error, sequence: sequence)
                    state.finished(bytes: 0, extracted: false)
                case .article(let raw):
                    if state.isPastFailure(raw.sequence) { continue }
                    do {
                        let article = try ArticleDecoder.decode(raw)
                        part.add(try extract(article, sequence: raw.sequence))
                        state.finished(bytes: raw.bytes.count + 1, extracted: true)
                    } catch {
                        state.failed(error, sequence: raw.sequence)
                        state.finished(bytes: raw.bytes.count + 1, extracted: false)
                    }
                }
                part.handOverIfDue()
            }
            part.handOver()
        }

        func extract(_ article: Article, sequence: Int = 0) throws(InputError) -> StanceGraph {
            let graph: StanceGraph
            if reportUnknown {
                var names: [(name: UnknownName, sentence: String)] = []
                graph = extractor.extract(article.text, article: article.id, date: article.date, unknown: &names)
                state.noteUnknown(names, article: article.id, sequence: sequence)
            } else {
                graph = extractor.extract(article.text, article: article.id, date: article.date)
            }
            return try Worker.stamped(graph, article.provenance, print: Worker.print(of: article.text, graph: graph),
                                      path: article.path ?? article.id, line: article.line)
        }

        /// The story print of an article's text, made only when it gave an
        /// edge: an article that says nothing the graph keeps needs none,
        /// and most articles of a corpus are such (MinHash reads the whole
        /// text, as the extractor does).
        static func print(of text: String, graph: StanceGraph) -> StoryPrint? {
            graph.edges.isEmpty ? nil : StoryPrint(text: text)
        }

        /// An article's graph with its provenance on every evidence item,
        /// its counts on its day, and its story (`print`) and outlet (the
        /// provenance's) on each edge's stories; a date that is not ISO
        /// 8601 makes the article a bad record.
        static func stamped(_ graph: StanceGraph, _ provenance: Provenance, print: StoryPrint?, path: String,
                            line: Int?) throws(InputError) -> StanceGraph {
            var provenance = provenance
            if let date = provenance.date {
                guard let day = SeenDate.day(date) else {
                    throw InputError(path: path, line: line, reason: .badRecord, message: "\(InvalidDate(date))")
                }
                provenance.date = day
            }
            return graph.stamped(provenance, trace: print.map { ArticleTrace(print: $0, source: provenance.source) })
        }
    }

    /// The articles an extraction thread has done since it last handed its
    /// graph over to the shared one (`RunState.absorb`).
    struct PartialGraph {
        let state: RunState
        private var graph = StanceGraph()
        private var articles = 0
        private var lastHandOver = ContinuousClock.now

        init(state: RunState) { self.state = state }

        mutating func add(_ article: StanceGraph) {
            graph.merge(article, evidenceLimit: state.evidenceLimit)
            articles += 1
        }

        /// Hands over every `Worker.batch` articles, or after a quarter of
        /// a second with any.
        mutating func handOverIfDue() {
            if articles >= Worker.batch || (articles > 0 && lastHandOver.duration(to: .now) > .milliseconds(250)) {
                handOver()
            }
        }

        mutating func handOver() {
            state.absorb(graph, articles: articles)
            graph = StanceGraph()
            articles = 0
            lastHandOver = .now
        }
    }

    /// Merges the workers' parts into one graph in a balanced order, like a
    /// binary counter: a part is merged only into one of at most as many
    /// articles.
    ///
    /// `Edge.merge` copies both sides' evidence, so merging every part into
    /// one growing graph copies a frequent edge's whole evidence again for
    /// each part that has it (quadratic in the corpus when evidence is
    /// uncapped; it was ~10% of `extract --jobs 1`, all under the lock);
    /// balanced, each item is copied about log2(parts) times.
    /// With an evidence cap an edge holds at most that many items, so parts
    /// go straight into one graph, which also keeps memory at one graph.
    /// Merging is commutative and associative, so the grouping does not
    /// change the result.
    struct BalancedMerge {
        let evidenceLimit: Int?
        /// Partial graphs with their article counts, counts strictly
        /// decreasing from the bottom.
        private var stack: [(graph: StanceGraph, articles: Int)] = []

        init(evidenceLimit: Int?) {
            self.evidenceLimit = evidenceLimit
        }

        mutating func add(_ graph: StanceGraph, articles: Int) {
            var item = (graph: graph, articles: articles)
            while let top = stack.last?.articles, top <= item.articles || evidenceLimit != nil {
                var merged = stack.removeLast().graph
                merged.merge(item.graph, evidenceLimit: evidenceLimit)
                item = (merged, top + item.articles)
            }
            stack.append(item)
        }

        /// How many edges there are so far; exact when the parts are merged
        /// straight into one graph (with an evidence cap).
        var edgeCount: Int { stack.first?.graph.edges.count ?? 0 }

        /// Everything added so far as one graph.
        var merged: StanceGraph {
            guard var result = stack.first?.graph else { return StanceGraph() }
            for item in stack.dropFirst() { result.merge(item.graph, evidenceLimit: evidenceLimit) }
            return result
        }
    }

    /// Calls a closure at a fixed interval from a thread of its own.
    final class ProgressTicker: Sendable {
        private let stopping = DispatchSemaphore(value: 0)
        private let done = DispatchSemaphore(value: 0)

        /// Calls `tick` every `interval` seconds on a thread of its own
        /// until `stop`.
        init(interval: Double, tick: @escaping @Sendable () -> Void) throws {
            try NativeThread.start { [stopping, done] in
                while stopping.wait(timeout: .now() + interval) == .timedOut { tick() }
                done.signal()
            }
        }

        /// Ends the ticks; returns once the last one is over.
        func stop() {
            stopping.signal()
            done.wait()
        }
    }
}
