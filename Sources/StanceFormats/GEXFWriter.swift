import StanceModel

/// Gephi's own format, GEXF 1.3, written through libxml2's `xmlTextWriter`
/// (`XMLStreamWriter`), so that the timeline works in Gephi.
///
/// - Nodes: id, label, `kind`.
/// - Edges: one per stance, `kind` = the relation (GEXF's edge kind keeps
///   parallel stances of one pair apart, as the GraphML's relation does),
///   `weight` = evidence sentences, `relation`, `articles` and, where
///   known, `stories` and `sources` as attributes, and the DOT palette's
///   colour in the `viz` namespace.
/// - Time: with dates, the graph is dynamic (`timeformat="date"`): each edge
///   has the spells (runs of consecutive days) it was seen on, and its
///   weight over time as a dynamic attribute value per spell (`timeline`,
///   one entry per day); an edge with only first and last seen has one
///   spell between them. Undated edges have no spell: they are there at any
///   time, as GEXF defines.
public enum GEXFWriter {
    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"

    public static func data(_ graph: StanceGraph) throws -> [UInt8] {
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
        let storied = graph.edges.values.contains { !$0.stories.isEmpty }
        try attributes(xml, for: "edge", [("relation", "string", false), ("articles", "long", false)]
                       + (storied ? [("stories", "long", false), ("sources", "long", false)] : [])
                       + [("sentences", "long", dynamic)])

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
            // The dated days of the edge and its sentences each day (undated
            // sentences have no time: an edge with none dated is always there).
            let days = edge.days.runs.filter { $0.day != Day.undated }
            let spells = spells(days: days.map(\.day), first: edge.firstSeen, last: edge.lastSeen)
            try xml.startElement("attvalues")
            try attvalue(xml, "relation", edge.relation.rawValue)
            try attvalue(xml, "articles", String(edge.articles))
            if !edge.stories.isEmpty {
                try attvalue(xml, "stories", String(edge.stories.stories))
                try attvalue(xml, "sources", String(edge.stories.sources))
            }
            if !days.isEmpty {
                // The weight over time: each day's sentences, on that day.
                for run in days {
                    let day = Day.text(run.day) ?? ""
                    try attvalue(xml, "sentences", String(run.weight), start: day, end: day)
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

    public static func write(_ graph: StanceGraph, to path: String) throws {
        try AtomicFile.write(try data(graph), to: path)
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

    /// Runs of consecutive days as spells; without days (a file written
    /// before edges kept their days), one spell from the first to the last
    /// seen day.
    static func spells(days: [Int32], first: String?, last: String?) -> [(start: String, end: String)] {
        guard !days.isEmpty else {
            guard let first, let last else { return [] }
            return [(first, last)]
        }
        var runs: [(start: Int32, end: Int32)] = []
        for day in days.sorted() {
            if let previous = runs.last, Day.next(previous.end) == day {
                runs[runs.count - 1].end = day
            } else if runs.last?.end != day {
                runs.append((day, day))
            }
        }
        return runs.map { (Day.text($0.start) ?? "", Day.text($0.end) ?? "") }
    }

    /// "#009E73" -> (0, 158, 115).
    static func rgb(_ hex: String) -> (r: Int, g: Int, b: Int) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let value = Int(digits, radix: 16) ?? 0
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
