import Foundation
import StanceModel
import StanceExtraction

extension CorpusExtraction {
    /// The worker end of isolated extraction (`Isolation`): what the hidden
    /// `stancegraph extract-worker` runs. Reads requests from `input`,
    /// writes one reply per request to `output` (see `WorkerMessage`), one
    /// article at a time, and returns the exit status once `input` ends.
    ///
    /// Replies are written a few at a time (when 8 are waiting, or no
    /// request is), which saves the supervisor a wake-up per article; which
    /// article a worker died on is then told by its progress page
    /// (`WorkerProgress`), not by the replies that came back.
    ///
    /// The worker never outlives its supervisor: it exits at the end of its
    /// input, and a watchdog thread ends it as soon as the supervisor's end
    /// of the socket closes, even while the extractor is busy (or stuck in
    /// a loop).
    public static func serveWorker(extractor: Extractor, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        let faults = FaultInjection(environment: ProcessInfo.processInfo.environment)
        let progress = WorkerProgress.inherited()
        exitWhenClosed(input)
        guard FrameBuffer.writeAll(output, WorkerMessage.readyFrame()) else { return 1 }
        var buffer = FrameBuffer()
        var replies: [UInt8] = []
        var waiting = 0
        var started: UInt64 = 0
        while true {
            var request: RawArticle?
            var malformed = false
            let framed = buffer.nextFrame { body in
                do {
                    request = try WorkerMessage.decodeRequest(body)
                } catch {
                    malformed = true
                }
            }
            if malformed { return 2 }
            guard framed, let raw = request else {
                // Nothing more to do until the supervisor sends more: it
                // waits for these first.
                if waiting > 0 {
                    guard FrameBuffer.writeAll(output, replies) else { return 1 }
                    replies.removeAll(keepingCapacity: true)
                    waiting = 0
                }
                let count = buffer.fill(from: input, flags: nil)
                if count > 0 { continue }
                // The end of the input, with no request cut short: done.
                return count == 0 && buffer.isEmpty ? 0 : 1
            }
            started += 1
            progress?.started(started)
            do {
                let article = try ArticleDecoder.decode(raw)
                faults.apply(to: article.text)
                let graph = extractor.extract(article.text, article: article.id, date: article.date)
                WorkerMessage.appendGraph(graph, provenance: article.provenance,
                                          print: CorpusExtraction.Worker.print(of: article.text, graph: graph),
                                          to: &replies)
            } catch {
                WorkerMessage.appendError(error, to: &replies)
            }
            progress?.finished(started)
            waiting += 1
            if waiting >= 8 || replies.count >= 64 << 10 {
                guard FrameBuffer.writeAll(output, replies) else { return 1 }
                replies.removeAll(keepingCapacity: true)
                waiting = 0
            }
        }
    }

    /// Ends the process as soon as the other end of `fd` (a socket or a
    /// pipe) is closed: the supervisor finished or died.
    private static func exitWhenClosed(_ fd: Int32) {
        // Best effort: without the watcher a worker still ends when its
        // input closes.
        try? NativeThread.start(stackSize: 64 << 10) {
            var watched = pollfd(fd: fd, events: 0, revents: 0)
            while true {
                let ready = poll(&watched, 1, -1)
                if ready > 0 && watched.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { _exit(0) }
                if ready < 0 && errno != EINTR { return }
            }
        }
    }

    /// Faults that only a test sets off, to check that a run survives an
    /// extractor that traps, is killed or hangs: each variable names a
    /// marker, and the worker process (never the in-process extractor)
    /// misbehaves on an article whose text contains it.
    ///
    /// - `STANCEGRAPH_FAULT_TRAP`: a Swift runtime trap (`fatalError`,
    ///   SIGILL on x86-64, the same way an index out of range ends).
    /// - `STANCEGRAPH_FAULT_KILL`: the worker sends itself SIGKILL.
    /// - `STANCEGRAPH_FAULT_HANG`: the worker sleeps for ever.
    struct FaultInjection {
        static let trapVariable = "STANCEGRAPH_FAULT_TRAP"
        static let killVariable = "STANCEGRAPH_FAULT_KILL"
        static let hangVariable = "STANCEGRAPH_FAULT_HANG"

        var trap: String?
        var kill: String?
        var hang: String?

        init(environment: [String: String]) {
            func marker(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
            trap = marker(Self.trapVariable)
            kill = marker(Self.killVariable)
            hang = marker(Self.hangVariable)
        }

        func apply(to text: String) {
            if trap == nil && kill == nil && hang == nil { return }
            if let trap, text.contains(trap) {
                fatalError("\(Self.trapVariable): the article holds the marker \"\(trap)\"")
            }
            if let kill, text.contains(kill) { _ = Glibc.kill(getpid(), SIGKILL) }
            if let hang, text.contains(hang) {
                while true { sleep(60) }
            }
        }
    }
}

/// Bytes read from a socket or pipe and cut into frames (`WorkerMessage`).
struct FrameBuffer {
    /// Bytes `start..<end` are read and not yet taken; the rest is room,
    /// allocated once (not zeroed for every read), grown for a large frame.
    private var storage = [UInt8](repeating: 0, count: 256 << 10)
    private var start = 0
    private var end = 0

    var isEmpty: Bool { start == end }

    /// Reads what is there into the room left: the byte count, 0 at the
    /// end of the input, -1 on an error (`errno`; EAGAIN when `flags` holds
    /// MSG_DONTWAIT and nothing is there). nil `flags`: `read`, for any
    /// kind of file; otherwise `recv` with those flags.
    mutating func fill(from fd: Int32, flags: Int32?) -> Int {
        if start == end {
            start = 0
            end = 0
        }
        // Room for at least 64 KiB, or for the whole frame begun.
        var needed = 64 << 10
        let (at, last) = (start, end)
        if let length = storage.withUnsafeBytes({
            WireReader.frameLength(UnsafeRawBufferPointer(rebasing: $0[..<last]), at: at)
        }) {
            needed = max(needed, 4 + length - (end - start))
        }
        if storage.count - end < needed {
            if start > 0 {
                storage.withUnsafeMutableBytes { bytes in
                    bytes.baseAddress!.copyMemory(from: bytes.baseAddress! + start, byteCount: end - start)
                }
                end -= start
                start = 0
            }
            if storage.count - end < needed {
                storage.append(contentsOf: repeatElement(0, count: needed - (storage.count - end)))
            }
        }
        let into = end
        let count = storage.withUnsafeMutableBytes { buffer -> Int in
            let target = buffer.baseAddress! + into
            let room = buffer.count - into
            while true {
                let n = flags.map { recv(fd, target, room, $0) } ?? read(fd, target, room)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
        if count > 0 { end += count }
        return count
    }

    /// Calls `body` with the next whole frame's body and drops it; false
    /// when no whole frame is there yet.
    mutating func nextFrame(_ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let (at, last) = (start, end)
        let used = storage.withUnsafeBytes { all -> Int? in
            let filled = UnsafeRawBufferPointer(rebasing: all[..<last])
            guard let length = WireReader.frameLength(filled, at: at), last - at - 4 >= length else {
                return nil
            }
            body(UnsafeRawBufferPointer(rebasing: all[(at + 4)..<(at + 4 + length)]))
            return 4 + length
        }
        guard let used else { return false }
        start += used
        return true
    }

    /// Writes all of `bytes` to `fd`, blocking; false on an error.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }
}

/// Which article a worker is on, in a page of memory that the worker and
/// its supervisor share: the worker counts the requests it has started and
/// finished, with one store each, and the supervisor reads the counts when
/// the worker dies (a trap leaves them as they were) or is slow.
///
/// The page is an unlinked temporary file (in /dev/shm when there is one),
/// the worker's descriptor 3.
///
/// `@unchecked Sendable`, the one class left so: it is a raw page shared by
/// two processes, where no lock can reach; each count is written with one
/// aligned 8-byte store and only ever grows, and the reader needs no more.
final class WorkerProgress: @unchecked Sendable {
    static let size = 4096
    static let descriptor: Int32 = 3

    private let page: UnsafeMutableRawPointer

    private init(page: UnsafeMutableRawPointer) { self.page = page }

    deinit { munmap(page, Self.size) }

    /// A new page, and its descriptor to hand to the worker (close it once
    /// the worker is started); nil if no temporary file can be made.
    static func create() -> (WorkerProgress, Int32)? {
        for folder in ["/dev/shm", NSTemporaryDirectory()] {
            var template = Array("\(folder)/stancegraph-worker-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { continue }
            _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            if ftruncate(fd, off_t(size)) == 0, let page = map(fd) {
                return (WorkerProgress(page: page), fd)
            }
            close(fd)
        }
        return nil
    }

    /// The page the supervisor handed this worker, if it did: descriptor 3
    /// being an unlinked file of exactly one page is taken as that.
    static func inherited() -> WorkerProgress? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 0,
              info.st_size == off_t(size), let page = map(descriptor) else { return nil }
        close(descriptor)
        return WorkerProgress(page: page)
    }

    private static func map(_ fd: Int32) -> UnsafeMutableRawPointer? {
        let page = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
        return page == MAP_FAILED ? nil : page
    }

    /// Requests started and finished since the worker began, the first
    /// being request 1. More started than finished: the worker is on
    /// request `started`.
    var counts: (started: UInt64, finished: UInt64) {
        (page.load(as: UInt64.self), page.load(fromByteOffset: 8, as: UInt64.self))
    }

    func started(_ request: UInt64) { page.storeBytes(of: request, as: UInt64.self) }

    func finished(_ request: UInt64) { page.storeBytes(of: request, toByteOffset: 8, as: UInt64.self) }
}
