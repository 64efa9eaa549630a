import Foundation
import StanceModel
import Synchronization

extension XMLOutputWriter {
    /// Writes the parts of `0..<count` on two threads: this one writes the
    /// even blocks itself, a second thread the odd ones into fragments
    /// (`init(fragmentInside:)`), each put in place in order. The bytes are
    /// those of writing everything here: a fragment starts in the state
    /// this writer is in between two blocks (same open elements, start tag
    /// complete, next line indented).
    ///
    /// Why: serialising a million edges is one core's work and the machine
    /// has more; the second thread is at most one block ahead, so memory
    /// holds a couple of blocks, never the document. The first error in
    /// element order is the one thrown.
    mutating func writeInBlocks(count: Int,
                                _ body: @escaping @Sendable (Range<Int>, inout XMLOutputWriter) throws -> Void)
        throws {
        guard count > 0 else { return }
        let size = blockSize
        let blocks = count / size + (count % size == 0 ? 0 : 1)
        let open = openElementsForFragments()
        @Sendable func range(_ block: Int) -> Range<Int> {
            (block * size)..<(count - block * size <= size ? count : (block + 1) * size)
        }
        guard blocks > 1 else { return try body(range(0), &self) }
        let helper = try BlockHelper(blocks: stride(from: 1, to: blocks, by: 2)) { block in
            var fragment = try XMLOutputWriter(fragmentInside: open)
            try body(range(block), &fragment)
            return try fragment.fragmentBytes()
        }
        defer { helper.stop() }
        for block in 0..<blocks {
            if block % 2 == 0 {
                try body(range(block), &self)
            } else {
                try appendFragment(helper.result(of: block))
            }
        }
    }
}

/// A thread making blocks of bytes ahead of the one consuming them, handed
/// over through a `BoundedQueue` of one: at most one block waits while the
/// next is made.
private final class BlockHelper: Sendable {
    private let made = BoundedQueue<(block: Int, bytes: Result<[UInt8], any Error>)>(maxItems: 1)
    private let stopped = Mutex(false)

    init(blocks: StrideTo<Int>, make: @escaping @Sendable (Int) throws -> [UInt8]) throws {
        try NativeThread.start { [self] in
            for block in blocks {
                if stopped.withLock({ $0 }) { break }
                let bytes = Result { try make(block) }
                made.put((block, bytes))
                if case .failure = bytes { break }
            }
            made.close()
        }
    }

    /// Waits for `block`, which must be the next one the thread makes.
    func result(of block: Int) throws -> [UInt8] {
        guard let next = made.take(), next.block == block else {
            throw FormatError(file: "", message: "block \(block) was never written")
        }
        return try next.bytes.get()
    }

    /// Stops the thread after its current block and waits for it: drains
    /// what it still makes until it closes the queue.
    func stop() {
        stopped.withLock { $0 = true }
        while made.take() != nil {}
    }
}
