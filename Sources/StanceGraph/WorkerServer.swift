import Foundation
import StanceModel
import StanceExtraction

extension CorpusExtraction {
    /// The worker end of isolated extraction (`Isolation`): what the hidden
    /// `stancegraph extract-worker` runs. Reads requests from `input`,
    /// writes one reply per request to `output` (see `WorkerMessage`),
    /// one article at a time, and returns the exit status once `input` ends.
    ///
    /// The worker never outlives its supervisor: it exits at the end of its
    /// input, and a watchdog thread ends it as soon as the supervisor's end
    /// of the socket closes, even while the extractor is busy (or stuck in
    /// a loop).
    public static func serveWorker(extractor: Extractor, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        let faults = FaultInjection(environment: ProcessInfo.processInfo.environment)
        exitWhenClosed(input)
        guard FrameBuffer.writeAll(output, WorkerMessage.readyFrame()) else { return 1 }
        var buffer = FrameBuffer()
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
                let count = buffer.fill(from: input, flags: nil)
                if count > 0 { continue }
                // The end of the input, with no request cut short: done.
                return count == 0 && buffer.isEmpty ? 0 : 1
            }
            let reply: [UInt8]
            do {
                let article = try ArticleDecoder.decode(raw)
                faults.apply(to: article.text)
                let graph = extractor.extract(article.text, article: article.id)
                reply = WorkerMessage.graphFrame(graph, date: article.date)
            } catch {
                reply = WorkerMessage.errorFrame(error)
            }
            guard FrameBuffer.writeAll(output, reply) else { return 1 }
        }
    }

    /// Ends the process as soon as the other end of `fd` (a socket or a
    /// pipe) is closed: the supervisor finished or died.
    private static func exitWhenClosed(_ fd: Int32) {
        let thread = Thread {
            var watched = pollfd(fd: fd, events: 0, revents: 0)
            while true {
                let ready = poll(&watched, 1, -1)
                if ready > 0 && watched.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { _exit(0) }
                if ready < 0 && errno != EINTR { return }
            }
        }
        thread.stackSize = 64 << 10
        thread.start()
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
