import DequeModule
import Dispatch
import Synchronization

/// A blocking first-in first-out queue with a bound on items and bytes:
/// the one hand-off between threads in the package (the corpus reader and
/// the extraction threads, the GraphML parser and its edge assembly, the
/// GraphML writer and its block helper). The reader waits when extraction
/// falls behind, so memory holds only the articles in flight, never the
/// corpus.
///
/// The items live in a `Deque` behind the standard library's `Mutex`; a
/// side that must wait does so on a semaphore of its own, after saying so
/// under the lock, so a wake-up cannot be lost between the check and the
/// wait (a semaphore counts a signal that comes first). Wake-ups cost a
/// system call each, so the queue only wakes a side that is actually
/// waiting, and a waiting putter only once the queue has drained to half
/// its bound: the putter then refills half a queue in one go instead of
/// being woken (and the taker paying for the wake-up) for every item.
///
/// Invariants, under the lock: `bytes` is the sum of the items' sizes;
/// `waitingTakers` and `waitingPutters` count the threads that will wait on
/// their semaphore and have not been signalled; takers wait only on an
/// empty queue and the putter only on a non-empty one, so both never wait
/// at once.
public final class BoundedQueue<Element: Sendable>: Sendable {
    private struct State: ~Copyable {
        var items = Deque<(element: Element, bytes: Int)>()
        var bytes = 0
        var closed = false
        var waitingTakers = 0
        var waitingPutters = 0
    }

    private let state = Mutex(State())
    private let takersWake = DispatchSemaphore(value: 0)
    private let puttersWake = DispatchSemaphore(value: 0)
    private let maxItems: Int
    private let maxBytes: Int

    /// A queue that holds at most `maxItems` items and `maxBytes` bytes
    /// (as the puts count them), but always one item.
    public init(maxItems: Int, maxBytes: Int = .max) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = maxBytes
    }

    /// Waits for room, then adds; one item always fits, however large.
    public func put(_ element: Element, bytes size: Int = 0) {
        while true {
            let (added, wakeTakers) = state.withLock { state -> (Bool, Int) in
                let count = state.items.count
                if !state.closed && count > 0 && (count >= maxItems || state.bytes + size > maxBytes) {
                    state.waitingPutters += 1
                    return (false, 0)
                }
                state.items.append((element, size))
                state.bytes += size
                let waking = state.waitingTakers
                state.waitingTakers = 0
                return (true, waking)
            }
            for _ in 0..<wakeTakers { takersWake.signal() }
            if added { return }
            puttersWake.wait()
        }
    }

    /// The next item, waiting for one; nil once closed and empty.
    public func take() -> Element? {
        switch take(waiting: true) {
        case .item(let element): element
        case .empty, .closed: nil
        }
    }

    public enum Taken {
        case item(Element)
        /// Nothing now, more may come (only without waiting).
        case empty
        /// Closed and drained: nothing will come.
        case closed
    }

    private enum Step {
        case taken(Element, wakePutters: Int)
        case wait
        case empty
        case closed
    }

    /// The next item; without `waiting`, `.empty` when there is none yet:
    /// for a taker that has other work to do meanwhile (an isolated
    /// worker's results to read).
    public func take(waiting: Bool) -> Taken {
        while true {
            let step = state.withLock { state -> Step in
                guard let (element, size) = state.items.popFirst() else {
                    if state.closed { return .closed }
                    if !waiting { return .empty }
                    state.waitingTakers += 1
                    return .wait
                }
                state.bytes -= size
                // Half empty, and at the latest empty: a putter held back by
                // the byte bound rechecks and waits again until then.
                var waking = 0
                if state.waitingPutters > 0 && state.items.count * 2 <= maxItems {
                    waking = state.waitingPutters
                    state.waitingPutters = 0
                }
                return .taken(element, wakePutters: waking)
            }
            switch step {
            case .taken(let element, let waking):
                for _ in 0..<waking { puttersWake.signal() }
                return .item(element)
            case .wait: takersWake.wait()
            case .empty: return .empty
            case .closed: return .closed
            }
        }
    }

    /// No more items will come; takers drain what is left, and a putter
    /// waiting for room adds its item and returns.
    public func close() {
        let (takers, putters) = state.withLock { state -> (Int, Int) in
            state.closed = true
            defer { state.waitingTakers = 0; state.waitingPutters = 0 }
            return (state.waitingTakers, state.waitingPutters)
        }
        for _ in 0..<takers { takersWake.signal() }
        for _ in 0..<putters { puttersWake.signal() }
    }
}
