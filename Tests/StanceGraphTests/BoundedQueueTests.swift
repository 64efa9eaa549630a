import Foundation
import Synchronization
import Testing
@testable import StanceGraph

/// The queue between the reader and the extraction threads: first in,
/// first out, never more than its bound in flight, nothing lost or doubled.
@Suite struct BoundedQueueTests {
    @Test func itemsComeOutInOrderAndCloseDrains() {
        let queue = BoundedQueue<Int>(maxItems: 10, maxBytes: 1 << 20)
        for k in 0..<5 { queue.put(k, bytes: 1) }
        queue.close()
        var out: [Int] = []
        while let k = queue.take() { out.append(k) }
        #expect(out == [0, 1, 2, 3, 4])
        #expect(queue.take() == nil)
        if case .closed = queue.take(waiting: false) {} else { Issue.record("a drained, closed queue is closed") }
    }

    @Test func withoutWaitingAnEmptyOpenQueueSaysEmpty() {
        let queue = BoundedQueue<Int>(maxItems: 2, maxBytes: 100)
        if case .empty = queue.take(waiting: false) {} else { Issue.record("nothing yet, more may come") }
        queue.put(7, bytes: 0)
        if case .item(7) = queue.take(waiting: false) {} else { Issue.record("the item put") }
    }

    @Test func theBoundHoldsAndOneLargeItemStillFits() {
        let queue = BoundedQueue<Int>(maxItems: 4, maxBytes: 100)
        let inFlight = Mutex((now: 0, most: 0))
        let taken = Mutex<[Int]>([])
        let done = DispatchSemaphore(value: 0)
        Thread {
            while let k = queue.take() {
                taken.withLock { $0.append(k) }
                inFlight.withLock { $0.now -= 1 }
                usleep(50)
            }
            done.signal()
        }.start()
        for k in 0..<400 {
            // Counted before the put: a put that returned is in the queue.
            inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            queue.put(k, bytes: k == 200 ? 1_000 : 10)
        }
        queue.close()
        done.wait()
        #expect(taken.withLock { $0 } == Array(0..<400))
        // The bound, plus the item a put was counting and the one the taker
        // held before counting it out; without the bound, hundreds.
        #expect(inFlight.withLock { $0.most } <= 6)
    }

    @Test func manyTakersGetEveryItemOnce() {
        let queue = BoundedQueue<Int>(maxItems: 8, maxBytes: 1 << 20)
        let seen = Mutex<[Int]>([])
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            Thread {
                while let k = queue.take() { seen.withLock { $0.append(k) } }
                group.leave()
            }.start()
        }
        for k in 0..<5_000 { queue.put(k, bytes: 1) }
        queue.close()
        group.wait()
        #expect(seen.withLock { $0.sorted() } == Array(0..<5_000))
    }
}
