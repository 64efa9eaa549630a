import Foundation
import StanceModel
import StanceExtraction

extension CorpusExtraction {
    /// What the reader and the extraction threads share, behind one lock.
    final class RunState: @unchecked Sendable {
        private let lock = NSLock()
        private var graph = StanceGraph()
        private var articles = 0
        private var bytesRead = 0
        /// Counted per article, apart from the graph's lock, so the progress
        /// line moves smoothly while graphs are handed over in batches.
        private let countLock = NSLock()
        private var extracted = 0
        private var bytesDone = 0
        private var skipped: [(sequence: Int, error: InputError)] = []
        private var failure: (sequence: Int, error: InputError)?
        private var stop = false
        let keepGoing: Bool
        let evidenceLimit: Int?
        let onSkip: @Sendable (InputError) -> Void

        init(keepGoing: Bool, evidenceLimit: Int?, onSkip: @escaping @Sendable (InputError) -> Void) {
            self.keepGoing = keepGoing
            self.evidenceLimit = evidenceLimit
            self.onSkip = onSkip
        }

        var stopped: Bool { lock.withLock { stop } }

        var firstError: InputError? { lock.withLock { failure?.error } }

        /// True for an article after the first error found so far: not worth
        /// extracting. Articles before it still are, since one of them may
        /// hold an earlier error.
        func isPastFailure(_ sequence: Int) -> Bool {
            lock.withLock { failure.map { sequence > $0.sequence } ?? false }
        }

        func setBytesRead(_ count: Int) { lock.withLock { bytesRead = count } }

        /// One article (or bad input) of `bytes` bytes done.
        func finished(bytes: Int, extracted article: Bool) {
            countLock.withLock {
                bytesDone += bytes
                if article { extracted += 1 }
            }
        }

        /// Hands a thread's partial graph over to the shared one.
        func absorb(_ part: StanceGraph, articles done: Int) {
            lock.withLock {
                graph.merge(part, evidenceLimit: evidenceLimit)
                articles += done
            }
        }

        /// Records a bad input: skipped with `keepGoing`, else the run stops
        /// and the earliest error in input order is the one reported.
        func failed(_ error: InputError, sequence: Int) {
            if keepGoing {
                lock.withLock { skipped.append((sequence, error)) }
                onSkip(error)
                return
            }
            lock.withLock {
                if failure == nil || sequence < failure!.sequence { failure = (sequence, error) }
                stop = true
            }
        }

        func progress(total: Int?, elapsed: Double) -> Progress {
            let (articles, done) = countLock.withLock { (extracted, bytesDone) }
            return lock.withLock {
                Progress(articles: articles, skipped: skipped.count, edges: graph.edges.count,
                         bytesRead: done, totalBytes: total, elapsed: elapsed)
            }
        }

        func result() -> Result {
            lock.withLock {
                Result(graph: graph, articles: articles,
                       skipped: skipped.sorted { $0.sequence < $1.sequence }.map(\.error),
                       bytes: bytesRead)
            }
        }
    }

    /// One extraction thread: decodes and extracts articles, merging them
    /// into a graph of its own that it hands over in batches, so threads
    /// rarely wait for the lock.
    struct Worker {
        let extractor: Extractor
        let state: RunState
        static let batch = 256

        func run(_ queue: WorkQueue<ArticleStream.Element>) {
            var part = BalancedMerge(evidenceLimit: state.evidenceLimit)
            var lastHandOver = ContinuousClock.now
            while let element = queue.take() {
                switch element {
                case .failure(let sequence, let error):
                    state.failed(error, sequence: sequence)
                    state.finished(bytes: 0, extracted: false)
                case .article(let raw):
                    if state.isPastFailure(raw.sequence) { continue }
                    do {
                        let article = try ArticleDecoder.decode(raw)
                        part.add(try extract(article))
                        state.finished(bytes: raw.bytes.count + 1, extracted: true)
                    } catch {
                        state.failed(error, sequence: raw.sequence)
                        state.finished(bytes: raw.bytes.count + 1, extracted: false)
                    }
                }
                let done = part.count
                if done >= Worker.batch || (done > 0 && lastHandOver.duration(to: .now) > .milliseconds(250)) {
                    state.absorb(part.take(), articles: done)
                    lastHandOver = .now
                }
            }
            let done = part.count
            state.absorb(part.take(), articles: done)
        }

        func extract(_ article: Article) throws(InputError) -> StanceGraph {
            let graph = extractor.extract(article.text, article: article.id)
            do {
                return try graph.dated(article.date)
            } catch {
                throw InputError(path: article.path ?? article.id, line: article.line, reason: .badRecord,
                                 message: "\(error)")
            }
        }
    }

    /// Merges a worker's article graphs in a balanced order, like a binary
    /// counter: a graph of 2^k articles is merged only with another of 2^k.
    ///
    /// `Edge.merge` copies both sides' evidence, so merging each article
    /// into one growing graph copies a frequent edge's evidence once per
    /// article that has it (quadratic in the batch); balanced, each item is
    /// copied about log2(batch) times. Merging is commutative and
    /// associative, so the grouping does not change the result.
    struct BalancedMerge {
        let evidenceLimit: Int?
        /// Partial graphs with their article counts, counts strictly
        /// decreasing from the bottom.
        private var stack: [(graph: StanceGraph, articles: Int)] = []
        /// Articles added since the last `take`.
        private(set) var count = 0

        init(evidenceLimit: Int?) {
            self.evidenceLimit = evidenceLimit
        }

        mutating func add(_ graph: StanceGraph) {
            var item = (graph: graph, articles: 1)
            while let articles = stack.last?.articles, articles == item.articles {
                var merged = stack.removeLast().graph
                merged.merge(item.graph, evidenceLimit: evidenceLimit)
                item = (merged, articles + item.articles)
            }
            stack.append(item)
            count += 1
        }

        /// Everything added so far as one graph; starts over empty.
        mutating func take() -> StanceGraph {
            var result = StanceGraph()
            if let largest = stack.first {
                result = largest.graph
                for item in stack.dropFirst() { result.merge(item.graph, evidenceLimit: evidenceLimit) }
            }
            stack = []
            count = 0
            return result
        }
    }

    /// Calls a closure at a fixed interval from a thread of its own.
    final class ProgressTicker: @unchecked Sendable {
        private let condition = NSCondition()
        private var stopped = false
        private let done = DispatchSemaphore(value: 0)

        init(interval: Double, tick: @escaping @Sendable () -> Void) {
            let thread = Thread { [self] in
                condition.lock()
                while !stopped {
                    _ = condition.wait(until: Date(timeIntervalSinceNow: interval))
                    if !stopped {
                        condition.unlock()
                        tick()
                        condition.lock()
                    }
                }
                condition.unlock()
                done.signal()
            }
            thread.start()
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
            done.wait()
        }
    }
}
