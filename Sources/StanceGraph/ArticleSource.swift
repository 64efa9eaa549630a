import Foundation

/// One article to read: where it comes from and the id its evidence carries.
public struct Article: Sendable {
    /// The file name ("seed.txt"), or `stdin`: stable whatever folder the
    /// user runs from, so separate runs merge into the same graph.
    public var id: String
    public var path: String?
    public var text: String
}

/// A problem with one input, reported and, where the user allows, skipped.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// Expands the command line's inputs into articles: a file, a folder (its
/// `*.txt`, sorted, not recursive), or `-` for standard input.
public enum ArticleSource {
    public static func paths(for inputs: [String]) throws -> [String] {
        var paths: [String] = []
        for input in inputs {
            if input == "-" { paths.append("-"); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw InputError(path: input, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: input)
                } catch {
                    throw InputError(path: input, message: "cannot list the folder")
                }
                let texts = names.filter { $0.hasSuffix(".txt") }.sorted()
                paths += texts.map { (input as NSString).appendingPathComponent($0) }
            } else {
                paths.append(input)
            }
        }
        return paths
    }

    public static func read(_ path: String) throws -> Article {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw InputError(path: path, message: "cannot read the file")
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(path: path, message: "not UTF-8 text")
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw InputError(path: path, message: "binary data (NUL bytes), not an article")
        }
        let id = path == "-" ? "stdin" : (path as NSString).lastPathComponent
        return Article(id: id, path: path == "-" ? nil : path, text: text)
    }
}
