import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// The `evidence` value: canonical JSON out, any equivalent JSON in, and the
/// fast canonical parser agreeing with `JSONDecoder`.
@Suite struct GraphMLEvidenceJSONTests {
    static let items = GraphMLRoundTripTests.hostile.enumerated().map { index, text in
        Evidence(article: text, start: -index, end: Int.max - index, sentence: text, cue: text, rule: text,
                 speaker: index.isMultiple(of: 3) ? nil : text)
    }

    @Test func canonicalFormIsExact() {
        let item = Evidence(article: "a/1", start: 0, end: 12, sentence: "He said \"no\"\n\tthen\\left.",
                            cue: "é😀", rule: "r", speaker: nil)
        #expect(EvidenceJSON.encode([item]) == #"[{"article":"a/1","start":0,"end":12,"#
            + #""sentence":"He said \"no\"\n\tthen\\left.","cue":"é😀","rule":"r"}]"#)
        #expect(EvidenceJSON.encode([]) == "[]")
        var withSpeaker = item
        withSpeaker.speaker = "ctl\u{01}"
        #expect(EvidenceJSON.encode([withSpeaker]).hasSuffix(#""rule":"r","speaker":"ctl\#u{FFFD}"}]"#))
    }

    @Test func fastParserAgreesWithJSONDecoder() throws {
        for item in Self.items {
            let json = EvidenceJSON.encode([item, item])
            let fast = try #require(EvidenceJSON.CanonicalParser.parse(json))
            let reference = try JSONDecoder().decode([Evidence].self, from: Data(json.utf8))
            #expect(fast == reference)
            #expect(fast.map(\.sentence) == [XMLText.clean(item.sentence), XMLText.clean(item.sentence)])
        }
        #expect(EvidenceJSON.CanonicalParser.parse("[]") == [])
        let escapes = #"[{"article":"\u0041\/\b\f","start":-0,"end":7,"sentence":"","cue":"","rule":""}]"#
        #expect(EvidenceJSON.CanonicalParser.parse(escapes)
            == (try JSONDecoder().decode([Evidence].self, from: Data(escapes.utf8))))
    }

    @Test(arguments: [
        #"[ {"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r"} ]"#,
        #"[{"start":1,"article":"a","end":2,"sentence":"s","cue":"c","rule":"r"}]"#,
        #"[{"article":"\ud83d\ude00","start":1,"end":2,"sentence":"s","cue":"c","rule":"r"}]"#,
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","speaker":null}]"#,
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","extra":[1,{"x":2}]}]"#,
        // Provenance in another order, or a date with its time (kept: the day).
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","date":"2024-03-05","url":"u"}]"#,
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","date":"2024-03-05T10:00Z"}]"#,
    ])
    func otherValidJSONIsReadThroughJSONDecoder(json: String) throws {
        #expect(EvidenceJSON.CanonicalParser.parse(json) == nil)
        let items = try EvidenceJSON.decode(json)
        #expect(items.count == 1)
        #expect(items.first?.start == 1)
    }

    @Test(arguments: [
        "[", "[{}]", "{}", #"[{"article":"a","start":01,"end":2,"sentence":"s","cue":"c","rule":"r"}]"#,
        #"[{"article":"a","start":99999999999999999999,"end":2,"sentence":"s","cue":"c","rule":"r"}]"#,
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r"}] x"#,
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","date":"5 March"}]"#,
        #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","url":7}]"#,
    ])
    func invalidEvidenceIsRefused(json: String) {
        #expect(EvidenceJSON.CanonicalParser.parse(json) == nil)
        #expect(throws: EvidenceJSON.DecodeFailure.self) { try EvidenceJSON.decode(json) }
    }

    /// Provenance is read in canonical order without JSONDecoder, and a
    /// date that is no day is refused with what is wrong and where.
    @Test func provenanceIsReadAndItsDateChecked() throws {
        let json = #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","url":"https://x.example/1","#
            + #""title":"T","source":"X","date":"2024-03-05"}]"#
        let items = try #require(EvidenceJSON.CanonicalParser.parse(json))
        #expect(items.first?.provenance == Provenance(url: "https://x.example/1", title: "T", source: "X",
                                                      date: "2024-03-05"))
        #expect(EvidenceJSON.encode(items) == json)
        let bad = #"[{"article":"a","start":1,"end":2,"sentence":"s","cue":"c","rule":"r","date":"5 March"}]"#
        let error = try #require(#expect(throws: EvidenceJSON.DecodeFailure.self) { try EvidenceJSON.decode(bad) })
        #expect(error.message.contains("[0].date") && error.message.contains("ISO 8601"), "\(error.message)")
    }

    @Test func whitespaceMeansNoEvidence() throws {
        #expect(try EvidenceJSON.decode("") == [])
        #expect(try EvidenceJSON.decode(" \n") == [])
    }
}
