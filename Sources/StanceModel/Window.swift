/// A span of days to keep (`--since`, `--until`, inclusive) or one window
/// of `--by`: what was said in it, with exact counts (issue 12).
///
/// Undated sentences belong to no span of days: any bound leaves them out
/// (the commands say how many), and `--by` gives them a window of their
/// own, `undated`.
public struct DayWindow: Hashable, Sendable {
    public var since: Int32?
    public var until: Int32?
    /// Only the undated bucket.
    public var undatedOnly = false

    public init(since: Int32? = nil, until: Int32? = nil) {
        self.since = since
        self.until = until
    }

    public static let undated: DayWindow = {
        var window = DayWindow()
        window.undatedOnly = true
        return window
    }()

    /// No bound: everything is kept.
    public var isAll: Bool { since == nil && until == nil && !undatedOnly }

    public func contains(_ day: Int32) -> Bool {
        if undatedOnly { return day == Day.undated }
        if isAll { return true }
        guard day != Day.undated else { return false }
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }
}

/// The length of the windows of `--by`.
public enum Period: String, CaseIterable, Sendable {
    case day, week, month, year

    /// The window a day falls in, as it appears in file names:
    /// `2024-03-05`, `2024-W09` (ISO 8601 week), `2024-03`, `2024`;
    /// `undated` for day 0.
    public func label(_ day: Int32) -> String {
        guard day != Day.undated else { return "undated" }
        let (year, month, _) = Day.parts(day)
        switch self {
        case .day: return Day.text(day)!
        case .week:
            let week = Day.isoWeek(day)
            return Day.pad(week.year, 4) + "-W" + Day.pad(week.week, 2)
        case .month: return Day.pad(year, 4) + "-" + Day.pad(month, 2)
        case .year: return Day.pad(year, 4)
        }
    }
}

extension Edge {
    /// What the edge says within `window`: the days in it, the evidence of
    /// those days, counts summed over them, first and last seen its first
    /// and last dated day. nil when nothing was said in it.
    public func restricted(to window: DayWindow) -> Edge? {
        if window.isAll { return self }
        var copy = self
        copy.days = days.filtered(window.contains)
        guard !copy.days.isEmpty else { return nil }
        copy.evidence = evidence.filter { window.contains($0.provenance.day) }
        copy.stories = stories.restricted(window.contains, extraDay: days.runs.first?.day ?? Day.undated)
        if isEvidenceComplete {
            copy.days = DayCounts(evidence: copy.evidence)
        }
        (copy.weight, copy.articles) = copy.days.checkedTotals ?? (weight, articles)
        // An article whose first item lies outside the window but others
        // inside (one article under two dates) still counts here, so that
        // the edge keeps its laws (`articles >= ` the evidence's articles).
        let kept = Edge.distinctArticles(copy.evidence)
        if copy.articles < max(kept, 1) {
            copy.days.addArticles(max(kept, 1) - copy.articles)
            copy.articles = max(kept, 1)
        }
        let dated = copy.days.runs.filter { $0.day != Day.undated }
        copy.firstSeen = dated.first?.date
        copy.lastSeen = dated.last?.date
        return copy
    }
}

extension DayCounts {
    /// Adds articles to the first runs that can take them (articles never
    /// pass a run's weight): `Edge.restricted`'s repair.
    mutating func addArticles(_ count: Int) {
        var left = count
        for index in runs.indices where left > 0 {
            let room = runs[index].weight - runs[index].articles
            let taken = min(room, left)
            runs[index].articles += taken
            left -= taken
        }
    }
}

extension StanceGraph {
    /// The graph of what was said in `window`: its edges restricted
    /// (`Edge.restricted`), the actors they join, actors with no edge at
    /// all (kept in every window, so that windows merge back into the
    /// whole), and foreign data of the graph and of the kept nodes and edges.
    public func restricted(to window: DayWindow) -> StanceGraph {
        if window.isAll { return self }
        var result = StanceGraph()
        var joined = Set<String>()
        for edge in edges.values { joined.insert(edge.source); joined.insert(edge.target) }
        for actor in actors.values where !joined.contains(actor.id) { result.add(actor) }
        var kept: [Edge] = []
        for edge in edges.values {
            guard let part = edge.restricted(to: window) else { continue }
            for id in [edge.source, edge.target] where result.actors[id] == nil {
                if let actor = actors[id] { result.add(actor) }
            }
            kept.append(part)
        }
        result.add(contentsOf: kept)
        result.foreign = foreign.restricted(nodes: Set(result.actors.keys), edges: Set(result.edges.keys))
        return result
    }

    /// Undated sentences in the graph: what any `--since` / `--until` leaves out.
    public var undatedWeight: Int {
        edges.values.reduce(0) { $0 &+ $1.days.undatedWeight }
    }

    /// One graph per window of `period` that has any edge, by label
    /// (`Period.label`), sorted by label; `undated` last.
    public func split(by period: Period, within window: DayWindow = DayWindow()) -> [(label: String, graph: StanceGraph)] {
        var labels: [String: (since: Int32, until: Int32)] = [:]
        var undated = false
        for edge in edges.values {
            for run in edge.days.runs where window.contains(run.day) {
                if run.day == Day.undated { undated = true; continue }
                let label = period.label(run.day)
                let bounds = labels[label]
                labels[label] = (min(bounds?.since ?? run.day, run.day), max(bounds?.until ?? run.day, run.day))
            }
        }
        var result: [(label: String, graph: StanceGraph)] = []
        for label in labels.keys.sorted() {
            let bounds = labels[label]!
            // The window's days that occur, within the user's bounds: a
            // label's days are contiguous, so this is exactly its days.
            result.append((label, restricted(to: DayWindow(since: bounds.since, until: bounds.until))))
        }
        if undated { result.append(("undated", restricted(to: .undated))) }
        return result
    }
}

extension ForeignData {
    /// The data of the given nodes and edges and of the graph itself.
    func restricted(nodes: Set<String>, edges: Set<EdgeKey>) -> ForeignData {
        var copy = self
        copy.nodes = self.nodes.filter { nodes.contains($0.key) }
        copy.edges = self.edges.filter { edges.contains($0.key) }
        return copy
    }
}
