import Foundation
import StanceModel
import Synchronization

/// Builds the graph on a second thread while the parser reads on: actors
/// and parsed edges arrive in batches, in file order, and each edge is
/// checked, made (`EdgeMaker`: relation, evidence JSON, counts, dates) and
/// put into the graph here.
///
/// Why: on a million-edge file, making edges and filling the edge table
/// were a third of the read, all of it independent of libxml2's parse. The
/// graph is built by the same calls in the same order as on one thread, so
/// the result does not change.
///
/// The first error stops the work: `submit` then throws `Stopped`, and
/// `finish` throws the error itself, which (batches being in file order)
/// lies before anything the parser had not yet handed over.
final class EdgeAssembly: Sendable {
    /// One unit of work, in file order.
    enum Job: Sendable {
        case actor(Actor)
        /// An `<edge>` whose two ends are declared nodes.
        case edge(PendingEdge, source: GraphMLParser.DeclaredNode, target: GraphMLParser.DeclaredNode)
    }

    /// Thrown by `submit` once the assembly has failed.
    struct Stopped: Error {}

    struct Result {
        var graph: StanceGraph
        /// Other tools' data on edges, by edge.
        var foreignEdges: [EdgeKey: [ForeignKey: String]]
    }

    /// Batches waiting; a few at most, so memory stays small.
    private static let maximumWaiting = 4

    private struct Batch: Sendable {
        var jobs: [Job]
        var defaults: EdgeValues
    }

    private struct State: ~Copyable {
        var failure: (any Error)?
        /// The thread's own until `finish` has seen it end.
        var result = Result(graph: StanceGraph(), foreignEdges: [:])
    }

    private let maker: EdgeMaker
    private let batches = BoundedQueue<Batch>(maxItems: maximumWaiting)
    private let state = Mutex(State())
    private let ended = DispatchSemaphore(value: 0)

    /// Starts the thread. The edge table grows as edges come: it is never
    /// sized in advance from a count of `<edge` in the bytes, which
    /// comments and other tools' markup can inflate at will (issue 11: a
    /// 700 MB file of such comments asked for 36 GB).
    init(file: String) throws {
        maker = EdgeMaker(file: file)
        do {
            try NativeThread.start { [self] in run() }
        } catch {
            throw FormatError(file: file, message: error.description)
        }
    }

    /// Queues `jobs`, waiting while the thread is behind. `defaults` are
    /// the edge attributes' `<default>` values.
    func submit(_ jobs: [Job], defaults: EdgeValues) throws {
        if state.withLock({ $0.failure != nil }) { throw Stopped() }
        batches.put(Batch(jobs: jobs, defaults: defaults))
    }

    /// Waits for every queued job; the graph, or the first error.
    func finish() throws -> Result {
        batches.close()
        ended.wait()
        // Handed over, not shared: a copy left here would make the caller's
        // first change to the graph copy its whole edge table.
        let (failure, finished) = state.withLock { state -> ((any Error)?, Result) in
            var finished = Result(graph: StanceGraph(), foreignEdges: [:])
            swap(&finished, &state.result)
            return (state.failure, finished)
        }
        if let failure { throw failure }
        return finished
    }

    /// Takes batches until the queue is closed and drained; after a
    /// failure, takes and drops them, so the parser never waits on a full
    /// queue.
    private func run() {
        // One per thread: the articles' provenance shared by every edge
        // read here (see `Provenance.Interner`).
        var interner = Provenance.Interner()
        while let batch = batches.take() {
            guard state.withLock({ $0.failure == nil }) else { continue }
            do {
                var result = state.withLock { state -> Result in
                    var taken = Result(graph: StanceGraph(), foreignEdges: [:])
                    swap(&taken, &state.result)
                    return taken
                }
                defer { state.withLock { swap(&$0.result, &result) } }
                try assemble(batch.jobs, defaults: batch.defaults, into: &result, interner: &interner)
            } catch {
                state.withLock { $0.failure = error }
            }
        }
        ended.signal()
    }

    private func assemble(_ jobs: [Job], defaults: EdgeValues, into result: inout Result,
                          interner: inout Provenance.Interner) throws {
        var edges: [(edge: Edge, pending: PendingEdge)] = []
        edges.reserveCapacity(jobs.count)
        // The batch's edges by key, to find parallel ones before they are
        // in the graph.
        var batch: [EdgeKey: Int] = [:]
        batch.reserveCapacity(jobs.count)
        for job in jobs {
            switch job {
            case .actor(let actor):
                result.graph.add(actor)
            case .edge(let pending, let source, let target):
                let edge = try maker.edge(from: pending, source: source, target: target, defaults: defaults,
                                          interner: &interner)
                if let earlier = batch[edge.key].map({ edges[$0].edge }) ?? result.graph.edges[edge.key] {
                    try maker.checkParallel(pending, edge, earlier: earlier,
                                            earlierForeign: result.foreignEdges[edge.key] ?? [:])
                    continue
                }
                batch[edge.key] = edges.count
                if !pending.foreign.isEmpty { result.foreignEdges[edge.key] = pending.foreign }
                edges.append((edge, pending))
            }
        }
        // Each edge's ends were declared, and their actors queued, before
        // the edge: adding the batch's edges after its actors keeps every
        // actor's own label and kind.
        try result.graph.add(parsed: edges, file: maker.file)
    }
}

extension StanceGraph {
    /// Adds edges read from `file`. Parallel edges never reach here (an
    /// identical one is read as the first, a different one is refused:
    /// `EdgeMaker.checkParallel`), but should one key come twice, the counts
    /// add, and a sum past `Int.max` is an error naming the file, the line
    /// and the edge, never a trap.
    mutating func add(parsed edges: [(edge: Edge, pending: PendingEdge)], file: String) throws {
        reserveCapacity(edges: edges.count)
        for (edge, pending) in edges {
            do {
                try add(edge, rule: .disjoint)
            } catch {
                throw FormatError(file: file, line: pending.line, message: "\(pending.title): parallel edges of "
                    + "\(error.key): their \(error.count) \(error.left) + \(error.right) is more than \(Int.max), "
                    + "the largest count there can be")
            }
        }
    }
}
