import Foundation
import StanceModel

/// Node positions from Graphviz, for the interactive page.
///
/// Why Graphviz: it is already a dependency (DOT output), and its force
/// layouts scale: `neato` for small graphs, `sfdp` (multiscale) from a few
/// hundred nodes, where neato's stress majorisation grows quadratically.
/// The layout runs on a graph of numbers only (`-Tplain`: one `node nK X Y
/// ...` line each), so no id, label or sentence ever reaches the tool.
public enum GraphLayout {
    /// Where an actor is drawn, in points, y growing upwards (Graphviz's).
    public struct Position: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }

    /// Above this many nodes `sfdp` lays out instead of `neato`.
    public static let multiscaleFrom = 300

    /// Positions of `nodes` joined by `edges` (pairs of ids), from
    /// `neato` or `sfdp`. Errors name the tool and what it said.
    public static func positions(nodes: [String], edges: [(String, String)]) throws -> [String: Position] {
        guard !nodes.isEmpty else { return [:] }
        // Graphviz sees numbers only ("n0", "n1", ...): an id may hold any
        // character, a line break included, which `-Tplain` would split.
        var number: [String: Int] = [:]
        for (index, node) in nodes.enumerated() where number[node] == nil { number[node] = index }
        var dot = "digraph G {\n  graph [overlap=false, splines=false, sep=\"+16\"];\n"
            + "  node [shape=box, width=0.9, height=0.35];\n  edge [len=2.2];\n"
        for index in nodes.indices { dot += "  n\(index);\n" }
        for (source, target) in edges where source != target {
            guard let from = number[source], let to = number[target] else { continue }
            dot += "  n\(from) -> n\(to);\n"
        }
        dot += "}\n"
        let tool = nodes.count >= multiscaleFrom ? "sfdp" : "neato"
        let output = try run(tool, input: Data(dot.utf8))
        var positions: [String: Position] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("node ") {
            let fields = plainFields(line)
            guard fields.count >= 4, fields[1].hasPrefix("n"), let index = Int(fields[1].dropFirst()),
                  nodes.indices.contains(index), let x = Double(fields[2]), let y = Double(fields[3]) else { continue }
            positions[nodes[index]] = Position(x: x, y: y)
        }
        for node in nodes where positions[node] == nil {
            throw ViewError("\(tool) gave no position for \(node)")
        }
        return positions
    }

    /// The fields of a `-Tplain` line: space-separated, a field in double
    /// quotes kept whole (without its quotes, `\"` unescaped).
    static func plainFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        for character in line {
            if inQuotes {
                if escaped { current.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == "\"" { inQuotes = false }
                else { current.append(character) }
            } else if character == "\"" {
                inQuotes = true
            } else if character == " " {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }

    private static func run(_ tool: String, input: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool, "-Tplain"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw ViewError("cannot run \(tool) (Graphviz): \(error.localizedDescription); install graphviz")
        }
        // Written on its own thread: a big graph fills the pipe both ways.
        do {
            try NativeThread.start {
                stdin.fileHandleForWriting.write(input)
                try? stdin.fileHandleForWriting.close()
            }
        } catch {
            process.terminate()
            throw ViewError(error.description)
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw ViewError("\(tool) (Graphviz) failed with status \(process.terminationStatus): \(said)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// A page that cannot be made, in words for a user.
public struct ViewError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
