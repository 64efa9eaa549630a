import Foundation
import StanceModel

extension CorpusExtraction {
    /// Extraction in worker processes, so that no article can end a run: a
    /// Swift trap (an index out of range, a backwards range, an overflow)
    /// cannot be caught, but it only ends the worker process it happens in.
    ///
    /// Each extraction thread supervises one worker (`executable` run with
    /// `arguments`, which must serve `serveWorker`): it sends the worker
    /// the raw articles it takes from the queue, a few ahead, and merges
    /// the graphs that come back, in order. When a worker dies, the article
    /// it was on (its `WorkerProgress` page says which) is tried once more
    /// in a new worker, so a worker killed from outside loses nothing; if
    /// that one dies on it too, the article is a bad input like any other
    /// (`InputError.Reason.crashed`): skipped with `keepGoing`, else the run
    /// stops there. The articles it had not answered go to the new worker.
    /// An article that takes longer than `timeout` seconds gets its worker
    /// killed and is `timedOut`, without a second try. The result is the
    /// same as extracting in threads, minus the articles skipped.
    public struct Isolation: Sendable {
        /// The most a news article (or a 16 MiB one, at a tenth of the
        /// extractor's release-build speed) takes, with room to spare.
        public static let defaultTimeout: Double = 120

        public var executable: String
        public var arguments: [String]
        /// Seconds one article may take in its worker; nil: no limit.
        public var timeout: Double?

        public init(executable: String, arguments: [String], timeout: Double? = Isolation.defaultTimeout) {
            self.executable = executable
            self.arguments = arguments
            self.timeout = timeout
        }
    }

    /// A worker that cannot be started: no article's fault, so it stops
    /// the run whatever `keepGoing` says.
    struct WorkerFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// One extraction thread with its worker process.
    final class Supervisor {
        /// Articles sent ahead of the one the worker is on, so that it never
        /// waits for the next one (it answers 8 at a time); a crash costs
        /// resending them. A few milliseconds of work, so that at the end of
        /// a corpus one thread does not hold much while the others have none.
        static let window = 16
        static let windowBytes = 512 << 10

        struct Job {
            var raw: RawArticle
            /// How the worker that already died on this article ended.
            var firstDeath: String?
        }

        enum Ending: Equatable {
            /// The socket closed: the worker exited or was killed.
            case ended
            case timedOut
            case malformed(String)
        }

        let isolation: Isolation
        let environment: [String]
        let state: RunState
        private var part: PartialGraph
        private var worker: WorkerProcess?
        /// Whether the worker has said it is ready (its ontology loaded).
        private var ready = false
        private var spawned = ContinuousClock.now
        /// Workers in a row that died before they were ready.
        private var failedStarts = 0
        /// Articles sent (or to send) and not yet answered, in order: the
        /// first is the one the worker is on.
        private var jobs: [Job] = []
        private var jobBytes = 0
        /// Since when the first job has been the worker's to do: the time
        /// limit's start when the worker has no progress page.
        private var headSince = ContinuousClock.now
        /// Replies received from this worker.
        private var answered = 0
        /// The request the progress page last showed the worker on, and
        /// since when (to the poll's second): the time limit's start.
        private var busy: (request: UInt64, since: ContinuousClock.Instant)?
        /// Requests not yet written to the socket, from `sent` on.
        private var outgoing: [UInt8] = []
        private var sent = 0
        private var incoming = FrameBuffer()

        init(isolation: Isolation, environment: [String], state: RunState) {
            self.isolation = isolation
            self.environment = environment
            self.state = state
            part = PartialGraph(state: state)
        }

        func run(_ queue: BoundedQueue<ArticleStream.Element>) {
            var queueDone = false
            while !state.isBrokenDown {
                fill: while !queueDone && jobs.count < Self.window && jobBytes < Self.windowBytes {
                    switch queue.take(waiting: jobs.isEmpty) {
                    case .closed:
                        queueDone = true
                    case .empty:
                        break fill
                    case .item(.failure(let sequence, let error)):
                        state.failed(error, sequence: sequence)
                        state.finished(bytes: 0, extracted: false)
                    case .item(.article(let raw)):
                        if !state.isPastFailure(raw.sequence) { submit(raw) }
                    }
                }
                part.handOverIfDue()
                if jobs.isEmpty {
                    if queueDone { break }
                    continue
                }
                if worker == nil {
                    do {
                        worker = try WorkerProcess(executable: isolation.executable, arguments: isolation.arguments,
                                                   environment: environment)
                    } catch {
                        state.breakDown(WorkerFailure(description: error.description))
                        break
                    }
                    ready = false
                    spawned = .now
                    incoming = FrameBuffer()
                    answered = 0
                    busy = nil
                }
                exchange()
            }
            if let worker {
                if !jobs.isEmpty { worker.kill() }
                _ = worker.finish()
                self.worker = nil
            }
            part.handOver()
        }

        private func submit(_ raw: RawArticle) {
            if jobs.isEmpty { headSince = .now }
            jobs.append(Job(raw: raw))
            jobBytes += raw.bytes.count
            WorkerMessage.appendRequest(raw, to: &outgoing)
        }

        /// One round of waiting on the worker: writes what it can take,
        /// reads and handles what it answered, and notices its death or a
        /// time limit passed.
        /// How long a new worker may take to be ready (or the article
        /// timeout, if longer).
        static let startLimit = Duration.seconds(60)

        private func exchange() {
            guard let worker else { return }
            var wait: Int32 = -1
            if let timeout = isolation.timeout {
                let now = ContinuousClock.now
                let limit = Duration.milliseconds(Int64(timeout * 1000))
                var deadline: ContinuousClock.Instant?
                if !ready {
                    // Starting (loading the ontology) is not an article: a
                    // busy machine may take seconds, so it gets its own
                    // bound, never less than an article's.
                    deadline = spawned + max(limit, Self.startLimit)
                } else if let progress = worker.progress {
                    // The worker says when it starts an article only on its
                    // page: look at it at least every second.
                    let (started, finished) = progress.counts
                    if started > finished {
                        if busy?.request != started { busy = (started, now) }
                        deadline = busy!.since + limit
                    } else {
                        busy = nil
                    }
                    wait = 1000
                } else {
                    deadline = headSince + limit
                }
                if let deadline {
                    let left = now.duration(to: deadline)
                    if left <= .zero {
                        died(.timedOut)
                        return
                    }
                    let milliseconds = Int32(clamping: Int64((left.seconds * 1000).rounded(.up)))
                    wait = wait < 0 ? milliseconds : min(wait, milliseconds)
                }
            }
            let writing = sent < outgoing.count
            var watched = [
                pollfd(fd: worker.socket, events: Int16(POLLIN) | (writing ? Int16(POLLOUT) : 0), revents: 0),
                pollfd(fd: worker.errorDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let count = poll(&watched, nfds_t(watched.count), wait)
            if count < 0 {
                if errno != EINTR {
                    state.breakDown(WorkerFailure(description: "poll: \(String(cString: strerror(errno)))"))
                }
                return
            }
            if count == 0 { return }
            if watched[1].revents != 0 { worker.readErrors() }
            if watched[0].revents & Int16(POLLOUT) != 0 { send(to: worker) }
            if watched[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 { receive(from: worker) }
        }

        private func send(to worker: WorkerProcess) {
            let n = outgoing.withUnsafeBytes { buffer in
                Glibc.send(worker.socket, buffer.baseAddress! + sent, buffer.count - sent,
                           Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL))
            }
            // A dead worker (EPIPE) is noticed on the reading side.
            guard n > 0 else { return }
            sent += n
            if sent == outgoing.count {
                outgoing.removeAll(keepingCapacity: true)
                sent = 0
            } else if sent > 1 << 20 {
                outgoing.removeSubrange(0..<sent)
                sent = 0
            }
        }

        private func receive(from worker: WorkerProcess) {
            while true {
                let n = incoming.fill(from: worker.socket, flags: Int32(MSG_DONTWAIT))
                if n > 0 {
                    if !handleReplies() { return }
                    continue
                }
                if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
                // The end of the stream, or a reset: the worker is gone.
                died(.ended)
                return
            }
        }

        /// Handles every whole reply received; false once the worker had to
        /// be given up.
        private func handleReplies() -> Bool {
            while true {
                var reply: WorkerMessage.Reply?
                let framed = incoming.nextFrame { body in reply = try? WorkerMessage.decodeReply(body) }
                guard framed else { return true }
                switch reply {
                case nil:
                    died(.malformed("sent a reply that could not be read"))
                    return false
                case .ready?:
                    guard !ready else {
                        died(.malformed("said it was ready twice"))
                        return false
                    }
                    ready = true
                    failedStarts = 0
                    headSince = .now
                case .graph(let graph, let provenance, let print)?:
                    guard ready, !jobs.isEmpty else {
                        died(.malformed("answered an article it was not sent"))
                        return false
                    }
                    answered += 1
                    let job = finishHead()
                    let raw = job.raw
                    if let death = job.firstDeath { state.onWarning("\(death); a new worker then extracted it") }
                    do {
                        part.add(try Worker.stamped(graph, provenance, print: print, path: raw.path, line: raw.line))
                        state.finished(bytes: raw.bytes.count + 1, extracted: true)
                    } catch {
                        state.failed(error, sequence: raw.sequence)
                        state.finished(bytes: raw.bytes.count + 1, extracted: false)
                    }
                case .error(let error)?:
                    guard ready, !jobs.isEmpty else {
                        died(.malformed("answered an article it was not sent"))
                        return false
                    }
                    answered += 1
                    let job = finishHead()
                    if let death = job.firstDeath { state.onWarning("\(death); a new worker then read it") }
                    state.failed(error, sequence: job.raw.sequence)
                    state.finished(bytes: job.raw.bytes.count + 1, extracted: false)
                }
            }
        }

        /// Takes the first job off, answered.
        private func finishHead() -> Job {
            let job = jobs.removeFirst()
            jobBytes -= job.raw.bytes.count
            headSince = .now
            return job
        }

        /// Which job the worker was on when it died, if it was on one: its
        /// progress page tells; without one, the first not answered.
        private func culprit(_ worker: WorkerProcess) -> Int? {
            guard let progress = worker.progress else { return jobs.isEmpty ? nil : 0 }
            let (started, finished) = progress.counts
            guard started > finished else { return nil }
            // Request `started` is job `started - 1 - answered`: the
            // replies to the jobs before it may have been lost with it.
            let index = Int(started) - 1 - answered
            return jobs.indices.contains(index) ? index : nil
        }

        /// The worker is dead, or made to die: reaps it, says which article
        /// it was on, and prepares the rest for a new worker.
        private func died(_ ending: Ending) {
            guard let worker else { return }
            self.worker = nil
            if ending != .ended { worker.kill() }
            let status = worker.finish()
            let how: String
            switch ending {
            case .ended: how = WorkerProcess.ending(status) ?? "exit status 0"
            case .timedOut: how = "killed after \(Self.seconds(isolation.timeout ?? 0))"
            case .malformed(let what): how = "\(what); killed"
            }
            let detail = worker.errorMessage.map { ": \($0)" } ?? ""
            let name = "extraction worker \(worker.pid)"
            let wasReady = ready
            let culprit = culprit(worker)
            ready = false
            incoming = FrameBuffer()

            if !wasReady {
                failedStarts += 1
                let startSeconds = max(isolation.timeout ?? 0, Self.startLimit.seconds)
                let what = ending == .timedOut ? "did not start in \(Self.seconds(startSeconds))"
                    : "ended before it was ready (\(how))"
                if failedStarts >= 2 {
                    state.breakDown(WorkerFailure(description: "\(name) \(what)\(detail)"))
                    return
                }
                state.onWarning("\(name) \(what)\(detail); starting another")
            } else if let index = culprit ?? (ending == .timedOut && !jobs.isEmpty ? 0 : nil) {
                let job = jobs[index]
                let place = job.raw.path + (job.raw.line.map { ":\($0)" } ?? "")
                if ending == .timedOut {
                    skip(index, .timedOut, "extractor took longer than \(Self.seconds(isolation.timeout ?? 0)) "
                         + "(--article-timeout); its worker was killed")
                } else if job.firstDeath == nil {
                    // Tried again in a new worker: a worker killed from
                    // outside loses nothing. Said once the second try ends.
                    jobs[index].firstDeath = "\(name) ended (\(how)) on \(place)\(detail)"
                } else {
                    skip(index, .crashed, "extractor crashed twice (\(how))\(detail)")
                }
            } else {
                state.onWarning("\(name) ended (\(how)) between articles\(detail); nothing was lost")
            }
            // What is left goes to the next worker, from the start.
            jobs.removeAll { state.isPastFailure($0.raw.sequence) }
            jobBytes = 0
            outgoing.removeAll(keepingCapacity: true)
            sent = 0
            for job in jobs {
                jobBytes += job.raw.bytes.count
                WorkerMessage.appendRequest(job.raw, to: &outgoing)
            }
            headSince = .now
        }

        private func skip(_ index: Int, _ reason: InputError.Reason, _ message: String) {
            let raw = jobs.remove(at: index).raw
            state.failed(InputError(path: raw.path, line: raw.line, reason: reason, message: message),
                         sequence: raw.sequence)
            state.finished(bytes: raw.bytes.count + 1, extracted: false)
        }

        static func seconds(_ value: Double) -> String {
            value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
        }
    }
}
