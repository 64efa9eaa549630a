import Foundation

/// A blocking first-in first-out queue with a bound on items and bytes:
/// the reader waits when extraction falls behind, so memory holds only the
/// articles in flight, never the corpus.
///
/// Wake-ups cost a system call each, so the queue only wakes a side that is
/// actually waiting, and a waiting reader only once the queue has drained to
/// half its bound: the reader then refills half a queue in one go instead of
/// being woken (and the taker paying for the wake-up) for every article.
final class WorkQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [(element: Element, bytes: Int)?] = []
    private var head = 0
    private var bytes = 0
    private var closed = false
    private let maxItems: Int
    private let maxBytes: Int
    /// Threads blocked in `take` (the queue was empty) and in `put` (it was
    /// full). Both never wait at once: takers wait only on an empty queue,
    /// the putter only on a non-empty one.
    private var waitingTakers = 0
    private var waitingPutters = 0

    init(maxItems: Int, maxBytes: Int) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = maxBytes
    }

    /// Waits for room, then adds; one item always fits, however large.
    func put(_ element: Element, bytes size: Int) {
        condition.lock()
        defer { condition.unlock() }
        while !closed && count > 0 && (count >= maxItems || bytes + size > maxBytes) {
            waitingPutters += 1
            condition.wait()
            waitingPutters -= 1
        }
        items.append((element, size))
        bytes += size
        if waitingTakers > 0 { condition.broadcast() }
    }

    /// The next item, waiting for one; nil once closed and empty.
    func take() -> Element? {
        switch take(waiting: true) {
        case .item(let element): element
        case .empty, .closed: nil
        }
    }

    enum Taken {
        case item(Element)
        /// Nothing now, more may come (only without waiting).
        case empty
        /// Closed and drained: nothing will come.
        case closed
    }

    /// The next item; without `waiting`, `.empty` when there is none yet:
    /// for a taker that has other work to do meanwhile (an isolated
    /// worker's results to read).
    func take(waiting: Bool) -> Taken {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed {
            if !waiting { return .empty }
            waitingTakers += 1
            condition.wait()
            waitingTakers -= 1
        }
        guard count > 0 else { return .closed }
        let (element, size) = items[head]!
        items[head] = nil  // the queue must not keep a taken article alive
        head += 1
        bytes -= size
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        // Half empty, and at the latest empty: a putter held back by the
        // byte bound rechecks and waits again until then.
        if waitingPutters > 0 && count * 2 <= maxItems { condition.broadcast() }
        return .item(element)
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
