import Foundation

/// Reads a file descriptor in fixed chunks, as lines or whole, never holding
/// more than one chunk plus the line or article being assembled.
///
/// `nextLine` keeps at most `limit` bytes of a line: a longer line is read
/// through to its end and reported as `.tooLong`, so one huge record costs
/// `limit` bytes of memory, not its own size, and the next line still reads;
/// a line with no end in sight (`giveUpFactor` times the limit) ends the
/// reading, so an endless input cannot hold a run forever.
final class ByteReader {
    enum Line {
        case bytes([UInt8])
        /// A line past the limit, with the bytes read of it; `ended` is
        /// false when no line end came within `giveUpFactor` times the
        /// limit, and the reader stopped looking (/dev/zero, one endless
        /// line): the rest of the input is then not read.
        case tooLong(Int, ended: Bool)
    }

    /// How far past the limit a too-long line is read looking for its end.
    static let giveUpFactor = 4

    struct ReadFailure: Error {
        var errno: Int32
        var message: String { String(cString: strerror(errno)) }
    }

    let fd: Int32
    private let closesOnDeinit: Bool
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// Bytes consumed from the descriptor so far.
    private(set) var bytesRead = 0

    init(fd: Int32, closesOnDeinit: Bool, chunkSize: Int = 1 << 20) {
        self.fd = fd
        self.closesOnDeinit = closesOnDeinit
        chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit {
        if closesOnDeinit { close(fd) }
    }

    /// Refills the chunk when it is used up; false at end of input.
    private func fill() throws -> Bool {
        if start < end { return true }
        if atEnd { return false }
        let count = chunk.count
        let n = chunk.withUnsafeMutableBytes { buffer -> Int in
            while true {
                let n = read(fd, buffer.baseAddress, count)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
        if n < 0 { throw ReadFailure(errno: errno) }
        if n == 0 { atEnd = true; return false }
        start = 0
        end = n
        bytesRead += n
        return true
    }

    /// The buffered bytes not yet consumed, reading a first chunk if needed:
    /// lets a caller sniff the format of standard input.
    func peek() throws -> ArraySlice<UInt8> {
        _ = try fill()
        return chunk[start..<end]
    }

    /// The next line without its `\n` (and a `\r` before it), or nil at end
    /// of input. A last line without `\n` is still a line.
    func nextLine(limit: Int) throws -> Line? {
        var line: [UInt8] = []
        var length = 0
        var sawAny = false
        while try fill() {
            sawAny = true
            let newline: Int? = chunk.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress,
                      let found = memchr(base + start, 0x0A, end - start) else { return nil }
                return base.distance(to: UnsafeRawPointer(found))
            }
            let stop = newline ?? end
            let piece = stop - start
            if length + piece <= limit {
                line.append(contentsOf: chunk[start..<stop])
            } else if length <= limit {
                line = []  // give the memory back at once
            }
            length += piece
            start = newline.map { $0 + 1 } ?? end
            if newline != nil { return finish(line, length: length, limit: limit) }
            if length / Self.giveUpFactor > limit { return .tooLong(length, ended: false) }
        }
        return sawAny ? finish(line, length: length, limit: limit) : nil
    }

    private func finish(_ line: [UInt8], length: Int, limit: Int) -> Line {
        if length > limit { return .tooLong(length, ended: true) }
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return .bytes(line)
    }

    /// Everything left, or nil if it exceeds `limit` bytes (the rest is
    /// then not read).
    func readAll(limit: Int) throws -> [UInt8]? {
        var all: [UInt8] = []
        while try fill() {
            if all.count + (end - start) > limit { return nil }
            all.append(contentsOf: chunk[start..<end])
            start = end
        }
        return all
    }
}
