import Foundation
import StanceGraph
import Testing

/// The dates of an official's term: how actor files write them, how the
/// loader checks them, and how `holdsOffice(on:)` reads them.
@Suite("Ontology officials")
struct OfficialsTests {
    func write(_ text: String, name: String = "officials.yaml") throws -> String {
        let url = try TestSupport.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func load(_ text: String, name: String = "officials.yaml") throws -> Ontology {
        var ontology = Ontology()
        try ontology.addActors(file: try write(text, name: name))
        return ontology
    }

    // MARK: - the schema

    @Test func datesOfEveryPrecisionParse() throws {
        let ontology = try load("""
        - id: AAA
          name: A
          officials:
            - {name: One Year, title: President, from: 2010, to: 2014}
            - {name: One Month, title: President, from: 2014-05, to: '2019-05'}
            - {name: One Day, title: President, from: 2019-05-20}
            - name: No Dates
              title: Spokesperson
        """)
        let officials = try #require(ontology.actor(id: "AAA")?.officials)
        #expect(officials.map { $0.from?.description } == ["2010", "2014-05", "2019-05-20", nil])
        #expect(officials.map { $0.to?.description } == ["2014", "2019-05", nil, nil])
        #expect(officials[0].from == OfficeDate("2010"))
        #expect(officials[1].from?.month == 5 && officials[1].from?.day == nil)
        #expect(officials[2].from?.day == 20)
    }

    @Test func jsonOfficialsWithDatesAndUnknownFieldsLoad() throws {
        let ontology = try load("""
        [{"id": "AAA", "name": "A", "officials": [
           {"name": "B C", "title": "Foreign Minister", "from": "2012-03", "to": "2016",
            "wikidata": "Q1", "party": {"name": "X"}}]}]
        """, name: "officials.json")
        let official = try #require(ontology.actor(id: "AAA")?.officials.first)
        #expect(official.from == OfficeDate("2012-03"))
        #expect(official.to == OfficeDate("2016"))
    }

    @Test func nullToMeansStillInOffice() throws {
        let ontology = try load("- {id: AAA, name: A, officials: [{name: B, title: King, from: 2015, to: ~}]}\n")
        #expect(ontology.actor(id: "AAA")?.officials.first?.to == nil)
    }

    @Test(arguments: [
        ("2021-1", 5), ("21", 5), ("2021-13", 5), ("2021-02-29", 5), ("2021-04-31", 5),
        ("2021/01/20", 5), ("January 2021", 5), ("2021-01-20T10:00", 5), ("now", 5), ("[2021]", 5),
    ])
    func malformedDateNamesFileLineAndColumn(date: String, line: Int) throws {
        let path = try write("""
        - id: AAA
          name: A
          officials:
            - name: Good Dates
              title: President
              from: 2010-01-01
            - name: Bad Date
              title: Prime Minister
              to: \(date)
        """)
        var ontology = Ontology()
        let error = try #require(throws: OntologyError.self) { try ontology.addActors(file: path) }
        #expect(error.file == path)
        #expect(error.line == 9, "\(date): \(error)")
        #expect(error.column == 11, "\(date): \(error)")
        #expect(error.description.hasPrefix("\(path):9:11: "))
        #expect(error.message.contains("'to'"))
    }

    @Test func malformedFromIsReportedAtItsLine() throws {
        let path = try write("- id: AAA\n  name: A\n  officials:\n    - name: B\n      from: 2010-00\n")
        var ontology = Ontology()
        let error = try #require(throws: OntologyError.self) { try ontology.addActors(file: path) }
        #expect(error.line == 5)
        #expect(error.message.contains("'from'") && error.message.contains("2010-00"))
    }

    @Test(arguments: [("2015", "2014"), ("2015-03", "2015-02"), ("2015-03-10", "2015-03-09"),
                      ("2016-01", "2015"), ("2015-02-01", "2015-01")])
    func fromAfterToIsAnError(from: String, to: String) throws {
        let path = try write("""
        - id: AAA
          name: A
          officials:
            - name: B C
              title: Foreign Minister
              from: \(from)
              to: \(to)
        """)
        var ontology = Ontology()
        let error = try #require(throws: OntologyError.self) { try ontology.addActors(file: path) }
        #expect(error.file == path)
        #expect(error.line == 7)
        #expect(error.message.contains("B C") && error.message.contains("before"))
    }

    @Test(arguments: [("2015", "2015"), ("2015", "2015-01"), ("2015-03-10", "2015-03"),
                      ("2015-03", "2015-03-01"), ("2015-03-10", "2015-03-10")])
    func aTermWithinOneYearMonthOrDayIsValid(from: String, to: String) throws {
        let ontology = try load("- {id: AAA, name: A, officials: [{name: B, title: X, from: '\(from)', to: '\(to)'}]}\n")
        #expect(ontology.actor(id: "AAA")?.officials.count == 1)
    }

    @Test func officialsWithoutDatesBehaveAsBefore() {
        let official = Official(name: "B C", title: "President", aliases: ["C"])
        #expect(official.from == nil && official.to == nil)
        for date in [nil, "1900-01-01", "2026-11-21", "3000"] { #expect(official.holdsOffice(on: date)) }
    }

    @Test func filesForTheSameActorMergeTheirOfficials() throws {
        let folder = try TestSupport.temporaryFolder()
        let actors = folder.appendingPathComponent("actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        try "- {id: AAA, name: A, kind: state, aliases: [A]}\n"
            .write(to: actors.appendingPathComponent("countries.yaml"), atomically: true, encoding: .utf8)
        try "- {id: AAA, name: A, officials: [{name: Old, title: President, from: 2010, to: 2015-05-01}]}\n"
            .write(to: actors.appendingPathComponent("officials-europe.yaml"), atomically: true, encoding: .utf8)
        try "- {id: AAA, name: A, officials: [{name: New, title: President, from: 2015-05-01}]}\n"
            .write(to: actors.appendingPathComponent("officials.yaml"), atomically: true, encoding: .utf8)
        try "supports:\n  verb: [back]\n".write(to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
        try "negators: [not]\n".write(to: folder.appendingPathComponent("language.yaml"), atomically: true, encoding: .utf8)
        let ontology = try Ontology.load(directory: folder.path)
        let actor = try #require(ontology.actor(id: "AAA"))
        #expect(actor.officials.map(\.name) == ["Old", "New"])
        #expect(actor.kind == "state" && actor.aliases == ["A"])
        #expect(actor.officials.filter { $0.holdsOffice(on: "2015-05-01") }.count == 2)
        #expect(actor.officials.filter { $0.holdsOffice(on: "2015-05-02") }.map(\.name) == ["New"])
    }

    // MARK: - holdsOffice(on:)

    struct Case: Sendable, CustomStringConvertible {
        var from: String?
        var to: String?
        var date: String?
        var holds: Bool
        var description: String { "\(from ?? "-")...\(to ?? "-") on \(date ?? "nil") = \(holds)" }
    }

    static let cases: [Case] = [
        // Undated articles and unreadable dates accept everyone.
        Case(from: "2021-01-20", to: "2025-01-20", date: nil, holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "sometime", holds: true),
        // Day precision: both ends inclusive.
        Case(from: "2021-01-20", to: "2025-01-20", date: "2021-01-19", holds: false),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2021-01-20", holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2025-01-20", holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2025-01-21", holds: false),
        // An article's date-time counts by its day.
        Case(from: "2021-01-20", to: "2025-01-20", date: "2025-01-20T23:59:00Z", holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2025-01-21T00:01:00+01:00", holds: false),
        // Month precision of the term: any day of that month.
        Case(from: "2021-01", to: nil, date: "2021-01-20", holds: true),
        Case(from: "2021-01", to: nil, date: "2021-01-01", holds: true),
        Case(from: "2021-01", to: nil, date: "2021-01", holds: true),
        Case(from: "2021-01", to: nil, date: "2020-12-31", holds: false),
        Case(from: nil, to: "2021-01", date: "2021-01-31", holds: true),
        Case(from: nil, to: "2021-01", date: "2021-02-01", holds: false),
        Case(from: nil, to: "2024-02", date: "2024-02-29", holds: true),
        // Year precision.
        Case(from: "2014", to: "2019", date: "2014-01-01", holds: true),
        Case(from: "2014", to: "2019", date: "2019-12-31", holds: true),
        Case(from: "2014", to: "2019", date: "2013-12-31", holds: false),
        Case(from: "2014", to: "2019", date: "2020-01-01", holds: false),
        // Partial article dates: in office on some day they cover.
        Case(from: "2021-01-20", to: "2025-01-20", date: "2021-01", holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2025-01", holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2020-12", holds: false),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2025-02", holds: false),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2021", holds: true),
        Case(from: "2021-01-20", to: "2025-01-20", date: "2020", holds: false),
        Case(from: "2021-01-20", to: nil, date: "2030-06-01", holds: true),
        // Open ends.
        Case(from: nil, to: nil, date: "1990-01-01", holds: true),
        Case(from: nil, to: "2012-05-07", date: "1990-01-01", holds: true),
        Case(from: nil, to: "2012-05-07", date: "2012-05-08", holds: false),
        // A handover day counts for both holders.
        Case(from: "2012-05-07", to: nil, date: "2012-05-07", holds: true),
        Case(from: "2012-05-07", to: nil, date: "2012-05-06", holds: false),
        // Spaces around a date are ignored.
        Case(from: "2012", to: nil, date: " 2012-05-07 ", holds: true),
    ]

    @Test(arguments: cases)
    func holdsOffice(_ c: Case) throws {
        let official = Official(name: "N", title: "President",
                                from: try c.from.map { try #require(OfficeDate($0)) },
                                to: try c.to.map { try #require(OfficeDate($0)) })
        #expect(official.holdsOffice(on: c.date) == c.holds)
        if let date = c.date, let parsed = OfficeDate(date) {
            #expect(official.holdsOffice(on: parsed) == c.holds)
        }
    }

    @Test(arguments: [
        ("2024", "2024-01-01", "2024-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"), ("1900-02", "1900-02-01", "1900-02-28"),
        ("2000-02", "2000-02-01", "2000-02-29"), ("2021-11", "2021-11-01", "2021-11-30"),
        ("2021-11-05", "2021-11-05", "2021-11-05"),
    ])
    func partialDatesCoverTheirDays(text: String, earliest: String, latest: String) throws {
        let date = try #require(OfficeDate(text))
        #expect(date.description == text)
        #expect(date.earliest == earliest)
        #expect(date.latest == latest)
    }

    @Test(arguments: ["", "2021-", "-2021", "2021-01-", "20210120", "2021-1-20", "2021-01-1", "0000",
                      "2021-00", "2021-01-32", "2023-02-29", "１９９９", "2021 01", "+2021"])
    func notADate(text: String) {
        #expect(OfficeDate(text) == nil)
    }
}
