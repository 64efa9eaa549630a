import StanceModel

/// Gephi's own format, GEXF 1.3, written through libxml2's `xmlTextWriter`
/// (`XMLStreamWriter`), so that the timeline works in Gephi.
///
/// - Nodes: id, label, `kind`.
/// - Edges: one per stance, `kind` = the relation (GEXF's edge kind keeps
///   parallel stances of one pair apart, as the GraphML's relation does),
///   `weight` = evidence sentences, `relation` and `articles` as
///   attributes, and the DOT palette's colour in the `viz` namespace.
/// - Time: with dates, the graph is dynamic (`timeformat="date"`): each edge
///   has the spells (runs of consecutive days) it was seen on, and its
///   weight over time as a dynamic attribute value per spell (`timeline`,
///   one entry per day); an edge with only first and last seen has one
///   spell between them. Undated edges have no spell: they are there at any
///   time, as GEXF defines.
public enum GEXFWriter {
    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"

    /// The days an edge was said on and its sentences each day, when known;
    /// nil falls back to the edge's first and last seen days.
    public typealias Timeline = @Sendable (Edge) -> [(day: String, weight: Int)]?

    /// The edge's per-day counts (`Edge.days`), undated sentences left
    /// out (an edge with no dated day has no spell: always there).
    public static let perDay: Timeline = { edge in
        let days = edge.days.runs.compactMap { run in run.date.map { (day: $0, weight: run.weight) } }
        return days.isEmpty ? nil : days
    }

    public static func data(_ graph: StanceGraph, timeline: Timeline = perDay) throws -> [UInt8] {
        let xml = try XMLStreamWriter(name: "gexf")
        let dynamic = graph.edges.values.contains { $0.firstSeen != nil }
        try xml.startDocument()
        try xml.startElement("gexf")
        try xml.attribute("xmlns", namespace)
        try xml.attribute("xmlns:viz", vizNamespace)
        try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
        try xml.attribute("version", "1.3")
        try xml.startElement("meta")
        try xml.startElement("creator")
        try xml.text("stancegraph")
        try xml.endElement()
        try xml.startElement("description")
        try xml.text("Stances between actors: supports, warns, opposes; weight = evidence sentences")
        try xml.endElement()
        try xml.endElement()

        try xml.startElement("graph")
        try xml.attribute("defaultedgetype", "directed")
        try xml.attribute("mode", dynamic ? "dynamic" : "static")
        if dynamic { try xml.attribute("timeformat", "date") }
        try attributes(xml, for: "node", [("kind", "string", false)])
        try attributes(xml, for: "edge", [("relation", "string", false), ("articles", "long", false),
                                          ("sentences", "long", dynamic)])

        try xml.startElement("nodes")
        for actor in graph.sortedActors {
            try xml.startElement("node")
            try xml.attribute("id", XMLText.clean(actor.id))
            try xml.attribute("label", XMLText.clean(actor.label))
            try xml.startElement("attvalues")
            try attvalue(xml, "kind", XMLText.clean(actor.kind))
            try xml.endElement()
            // The DOT output's node fill.
            try xml.startElement("viz:color")
            try xml.attribute("r", "245")
            try xml.attribute("g", "245")
            try xml.attribute("b", "245")
            try xml.endElement()
            try xml.endElement()
        }
        try xml.endElement()

        try xml.startElement("edges")
        for (index, edge) in graph.sortedEdges.enumerated() {
            try xml.startElement("edge")
            try xml.attribute("id", String(index))
            try xml.attribute("source", XMLText.clean(edge.source))
            try xml.attribute("target", XMLText.clean(edge.target))
            try xml.attribute("kind", edge.relation.rawValue)
            try xml.attribute("label", edge.relation.rawValue)
            try xml.attribute("weight", String(edge.weight))
            let days = timeline(edge)
            let spells = spells(days: days?.map(\.day), first: edge.firstSeen, last: edge.lastSeen)
            try xml.startElement("attvalues")
            try attvalue(xml, "relation", edge.relation.rawValue)
            try attvalue(xml, "articles", String(edge.articles))
            if let days, !days.isEmpty {
                // The weight over time: each day's sentences, on that day.
                for (day, weight) in days {
                    try attvalue(xml, "sentences", String(weight), start: day, end: day)
                }
            } else {
                try attvalue(xml, "sentences", String(edge.weight))
            }
            try xml.endElement()
            if !spells.isEmpty {
                try xml.startElement("spells")
                for spell in spells {
                    try xml.startElement("spell")
                    try xml.attribute("start", spell.start)
                    try xml.attribute("end", spell.end)
                    try xml.endElement()
                }
                try xml.endElement()
            }
            let colour = rgb(DOTWriter.style(of: edge.relation).color)
            try xml.startElement("viz:color")
            try xml.attribute("r", String(colour.r))
            try xml.attribute("g", String(colour.g))
            try xml.attribute("b", String(colour.b))
            try xml.endElement()
            try xml.startElement("viz:thickness")
            try xml.attribute("value", String(edge.weight))
            try xml.endElement()
            try xml.startElement("viz:shape")
            try xml.attribute("value", edge.relation == .warns ? "dashed" : "solid")
            try xml.endElement()
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()
        return try xml.finish()
    }

    public static func write(_ graph: StanceGraph, to path: String, timeline: Timeline = perDay) throws {
        try AtomicFile.write(try data(graph, timeline: timeline), to: path)
    }

    private static func attributes(_ xml: XMLStreamWriter, for kind: StaticString,
                                   _ list: [(id: String, type: String, dynamic: Bool)]) throws {
        try xml.startElement("attributes")
        try xml.attribute("class", kind.description)
        if list.contains(where: \.dynamic) { try xml.attribute("mode", "dynamic") }
        for (id, type, _) in list {
            try xml.startElement("attribute")
            try xml.attribute("id", id)
            try xml.attribute("title", id)
            try xml.attribute("type", type)
            try xml.endElement()
        }
        try xml.endElement()
    }

    private static func attvalue(_ xml: XMLStreamWriter, _ key: String, _ value: String,
                                 start: String? = nil, end: String? = nil) throws {
        try xml.startElement("attvalue")
        try xml.attribute("for", key)
        try xml.attribute("value", value)
        if let start { try xml.attribute("start", start) }
        if let end { try xml.attribute("end", end) }
        try xml.endElement()
    }

    /// Runs of consecutive days as spells; without days, one spell from the
    /// first to the last seen day.
    static func spells(days: [String]?, first: String?, last: String?) -> [(start: String, end: String)] {
        guard let days, !days.isEmpty else {
            guard let first, let last else { return [] }
            return [(first, last)]
        }
        var spells: [(start: String, end: String)] = []
        for day in days.sorted() {
            if let previous = spells.last, dayAfter(previous.end) == day {
                spells[spells.count - 1].end = day
            } else if spells.last?.end != day {
                spells.append((day, day))
            }
        }
        return spells
    }

    /// The day after a `YYYY-MM-DD` day (proleptic Gregorian), or nil.
    static func dayAfter(_ day: String) -> String? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var (year, month, date) = (parts[0], parts[1], parts[2])
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...length[month - 1]).contains(date) else { return nil }
        date += 1
        if date > length[month - 1] { date = 1; month += 1 }
        if month > 12 { month = 1; year += 1 }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(date))"
    }

    /// "#009E73" -> (0, 158, 115).
    static func rgb(_ hex: String) -> (r: Int, g: Int, b: Int) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let value = Int(digits, radix: 16) ?? 0
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
