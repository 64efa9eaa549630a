import Foundation
import Testing

/// Hostile GraphML given to the real `stancegraph` binary (issue 4 part 3):
/// each file gets one line on stderr naming the file and a position, a
/// non-zero exit, no output file, no crash, in well under a second and in
/// bounded memory; an external entity's content appears nowhere.
@Suite struct HostileGraphMLTests {
    static let header = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        + #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"# + "\n"
        + #"<key id="relation" for="edge" attr.name="relation" attr.type="string"/>"# + "\n"
        + #"<key id="label" for="node" attr.name="label" attr.type="string"/>"# + "\n"

    static func graph(_ body: String) -> String {
        header + "<graph edgedefault=\"directed\">\n" + body + "\n</graph>\n</graphml>\n"
    }

    /// What the tool did with one file.
    struct Answer {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
        var peakKiB: Int?
        var outputs: [String]
    }

    /// Runs `stancegraph merge FILE --graphml out.graphml --dot out.dot`
    /// under /usr/bin/time (peak RSS), in a fresh folder.
    static func merge(_ bytes: [UInt8], name: String = "hostile.graphml",
                      prepare: (String) throws -> Void = { _ in }) throws -> Answer {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        try prepare(folder)
        let input = folder + "/" + name
        FileManager.default.createFile(atPath: input, contents: Data(bytes))
        let binary = try #require(TestSupport.builtExecutable()).path
        let process = Process()
        let timeFile = folder + "/rusage"
        let hasTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        let command = [binary, "merge", input, "--graphml", folder + "/out.graphml", "--dot", folder + "/out.dot"]
        process.executableURL = URL(fileURLWithPath: hasTime ? "/usr/bin/time" : binary)
        process.arguments = hasTime ? ["-f", "%M", "-o", timeFile] + command : Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let peak = (try? String(contentsOfFile: timeFile, encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") }
        let outputs = (try? FileManager.default.contentsOfDirectory(atPath: folder))?
            .filter { $0.hasPrefix("out") || $0.hasPrefix(".out") } ?? []
        return Answer(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), seconds: seconds, peakKiB: peak,
                      outputs: outputs)
    }

    /// The common verdict: refused in one located line, nothing written.
    @discardableResult
    static func expectRefused(_ bytes: [UInt8], name: String = "hostile.graphml", saying words: String,
                              prepare: (String) throws -> Void = { _ in }) throws -> Answer {
        let answer = try merge(bytes, name: name, prepare: prepare)
        #expect(answer.status == 1, "exit status \(answer.status): \(answer.stderr)")
        let lines = answer.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "stderr: \(answer.stderr)")
        let line = String(lines.first ?? "")
        // stancegraph: error: /tmp/.../hostile.graphml:LINE[:COL]: message
        let located = line.range(of: #"^stancegraph: error: /\S+/"# + NSRegularExpression.escapedPattern(for: name)
                                 + #":[0-9]+(:[0-9]+)?: "#, options: .regularExpression)
        #expect(located != nil, "not located: \(line)")
        #expect(words.isEmpty || line.localizedCaseInsensitiveContains(words), "\(line)")
        #expect(answer.stdout.isEmpty)
        #expect(answer.outputs.isEmpty, "left \(answer.outputs)")
        // A refusal takes milliseconds; the bound only catches a parser
        // that runs away (an entity bomb), on any machine however loaded.
        #expect(answer.seconds < 30, "took \(answer.seconds) s")
        if let peak = answer.peakKiB { #expect(peak < 150_000, "peak RSS \(peak) KiB") }
        if let report = ProcessInfo.processInfo.environment["HOSTILE_REPORT"],
           let handle = FileHandle(forWritingAtPath: report) {
            handle.seekToEndOfFile()
            let row = String(format: "%@\texit %d\t%.3f s\t%d KiB\t%@\n", words, answer.status, answer.seconds,
                             answer.peakKiB ?? -1, line)
            handle.write(Data(row.utf8))
            try? handle.close()
        }
        return answer
    }

    @Test func externalEntityToALocalFileNeverLeaks() throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        var secretPath = ""
        let answer = try Self.expectRefused(Array(("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY leak SYSTEM "file://SECRET">]>
            """ + Self.graph(#"<node id="a"><data key="label">&leak;</data></node>"#).dropFirst(39)).utf8),
            saying: "DOCTYPE") { folder in
            secretPath = folder + "/secret.txt"
            try secret.write(toFile: secretPath, atomically: true, encoding: .utf8)
        }
        #expect(!answer.stderr.contains(secret) && !answer.stdout.contains(secret))
        _ = secretPath
    }

    @Test func billionLaughsStopsAtOnce() throws {
        var doctype = "<!DOCTYPE graphml [\n<!ENTITY l0 \"ha\">\n"
        for level in 1...10 {
            doctype += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
        }
        doctype += "]>\n"
        let text = #"<?xml version="1.0"?>"# + "\n" + doctype
            + Self.graph(#"<node id="a"><data key="label">&l10;</data></node>"#).split(separator: "\n", maxSplits: 1)[1]
        // The DOCTYPE is refused as soon as it opens, before libxml2 reads
        // a single declaration of it: nothing is defined, nothing expanded.
        try Self.expectRefused(Array(text.utf8), saying: "DOCTYPE")
    }

    @Test func plainDoctypeIsRefused() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n"
            + Self.graph(#"<node id="a"/>"#).split(separator: "\n", maxSplits: 1)[1]
        try Self.expectRefused(Array(text.utf8), saying: "DOCTYPE")
    }

    @Test func networkReferencesAreNeverFetched() throws {
        let dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"http://192.0.2.1/graphml.dtd\">\n"
            + Self.graph(#"<node id="a"/>"#).split(separator: "\n", maxSplits: 1)[1]
        try Self.expectRefused(Array(dtd.utf8), saying: "DOCTYPE")
        let entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY n SYSTEM \"http://192.0.2.1/x\">]>\n"
            + Self.graph(#"<node id="a"><data key="label">&n;</data></node>"#).split(separator: "\n", maxSplits: 1)[1]
        try Self.expectRefused(Array(entity.utf8), saying: "DOCTYPE")
        let include = Self.graph(#"<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="http://192.0.2.1/g.graphml"/>"#)
        try Self.expectRefused(Array(include.utf8), saying: "XInclude")
    }

    @Test func truncatedXMLIsLocated() throws {
        let full = Self.graph(#"<node id="a"/><node id="b"/><edge source="a" target="b"><data key="relation">warns</data></edge>"#)
        try Self.expectRefused(Array(full.utf8.prefix(full.utf8.count - 30)), saying: "expected '>'")
        try Self.expectRefused(Array(full.utf8.prefix(full.utf8.count - 10)), saying: "ends too early")
    }

    @Test func otherXMLIsNotGraphML() throws {
        try Self.expectRefused(Array(#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>"#.utf8),
                               saying: "root element is <svg>")
    }

    @Test func deepNestingIsRefused() throws {
        let depth = 100_000
        let text = Self.graph(#"<node id="a"><data key="label">"# + String(repeating: "<x>", count: depth)
                              + String(repeating: "</x>", count: depth) + "</data></node>")
        try Self.expectRefused(Array(text.utf8), saying: "depth")
    }

    /// Refused once its tag passes 32 KiB (issue 11: libxml2 2.9 compares
    /// a tag's attributes pairwise), long before libxml2's 10 MB limit.
    @Test func hugeAttributeValueIsRefused() throws {
        var bytes = Array(Self.graph("").utf8.prefix(Self.header.utf8.count + 30))
        bytes += Array(#"<node id="a"><data key="label" note=""#.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 100 * 1024 * 1024)
        bytes += Array("\"/></node></graph></graphml>\n".utf8)
        let answer = try Self.expectRefused(bytes, saying: "a start tag longer than 32768 bytes")
        #expect(answer.stderr.utf8.count < 1000)
    }

    /// SAX hands text over in pieces, so the reader counts them itself: a
    /// value over libxml2's 10,000,000-byte limit is refused, also when
    /// child elements break it into smaller runs.
    @Test func hugeTextValueIsRefused() throws {
        let run = String(repeating: "x", count: 4_000_000)
        let text = Self.graph(#"<node id="a"><data key="label">"# + run + "<b/>" + run + "<b/>" + run
                              + "</data></node>")
        let answer = try Self.expectRefused(Array(text.utf8), saying: "longer than libxml2 reads")
        #expect(answer.stderr.utf8.count < 1000)
    }

    @Test func duplicateNodeIDsAreRefused() throws {
        try Self.expectRefused(Array(Self.graph("<node id=\"a\"/>\n<node id=\"a\"/>").utf8),
                               saying: #"duplicate node id "a" (first declared on line 6)"#)
    }

    @Test func edgesToUndeclaredNodesAreRefused() throws {
        let text = Self.graph(#"<node id="a"/><edge source="a" target="ghost"><data key="relation">warns</data></edge>"#)
        try Self.expectRefused(Array(text.utf8), saying: #"target "ghost" names no declared node"#)
    }

    @Test func wrongAttributeTypesAreRefused() throws {
        let unknownType = Self.header + #"<key id="w" for="edge" attr.name="weight" attr.type="integer"/>"#
            + "\n<graph edgedefault=\"directed\"/></graphml>"
        try Self.expectRefused(Array(unknownType.utf8), saying: #"attr.type "integer""#)
        let mistyped = Self.header + #"<key id="c" for="node" attr.name="count" attr.type="int"/>"#
            + "\n" + Self.graph(#"<node id="a"><data key="c">many</data></node>"#).split(separator: "\n").dropFirst(4)
                .joined(separator: "\n")
        try Self.expectRefused(Array(mistyped.utf8), saying: #"value "many" of key "c" is not a valid int"#)
        let badWeight = Self.header + #"<key id="w" for="edge" attr.name="weight" attr.type="int"/>"#
            + "\n" + Self.graph(#"<node id="a"/><edge source="a" target="a"><data key="relation">warns</data><data key="w">lots</data></edge>"#)
                .split(separator: "\n").dropFirst(4).joined(separator: "\n")
        try Self.expectRefused(Array(badWeight.utf8), saying: "weight \"lots\" is not a non-negative integer")
    }

    @Test func invalidUTF8IsRefused() throws {
        let label = Array(Self.graph(#"<node id="a"><data key="label">"#).utf8).count
        var text = Array(Self.graph(#"<node id="a"><data key="label">ok</data></node>"#).utf8)
        text.replaceSubrange(label..<(label + 2), with: [0xFF, 0xFE])
        try Self.expectRefused(text, saying: "UTF-8")
    }

    /// Encoding errors are reported by libxml2 outside the reader's error
    /// handler; they must still be one located line, not libxml2's own
    /// printing.
    @Test func wrongDeclaredEncodingIsOneLine() throws {
        try Self.expectRefused(Array(#"<?xml version="1.0" encoding="UTF-16"?>"#.utf8) + [1, 0, 0, 0]
                               + Array("<graphml/>".utf8), saying: "UTF-16")
        try Self.expectRefused(Array(#"<?xml version="1.0" encoding="ISO-2022-JP"?>"#.utf8) + [0x1B, 0x24, 0x42, 1]
                               + Array("<graphml/>".utf8), saying: "conversion failed")
    }

    @Test func edgeWithoutRelationSaysWhatIsMissing() throws {
        let text = Self.graph(#"<node id="a"/><node id="b"/><edge source="a" target="b"/>"#)
        try Self.expectRefused(Array(text.utf8), saying: #"no relation: expected a <data> whose key has attr.name="relation""#)
    }
}
