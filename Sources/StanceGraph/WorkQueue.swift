import Foundation

/// A blocking first-in first-out queue with a bound on items and bytes:
/// the reader waits when extraction falls behind, so memory holds only the
/// articles in flight, never the corpus.
final class WorkQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [(element: Element, bytes: Int)?] = []
    private var head = 0
    private var bytes = 0
    private var closed = false
    private let maxItems: Int
    private let maxBytes: Int

    init(maxItems: Int, maxBytes: Int) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = maxBytes
    }

    /// Waits for room, then adds; one item always fits, however large.
    func put(_ element: Element, bytes size: Int) {
        condition.lock()
        defer { condition.unlock() }
        while !closed && count > 0 && (count >= maxItems || bytes + size > maxBytes) {
            condition.wait()
        }
        items.append((element, size))
        bytes += size
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once closed and empty.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed { condition.wait() }
        guard count > 0 else { return nil }
        let (element, size) = items[head]!
        items[head] = nil  // the queue must not keep a taken article alive
        head += 1
        bytes -= size
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// No more items will come; takers drain what is left.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private var count: Int { items.count - head }
}
