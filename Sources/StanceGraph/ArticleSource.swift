import Foundation

/// How an input holds its articles.
public enum InputFormat: String, Sendable, CaseIterable {
    /// The whole file is one article.
    case text
    /// One JSON object a line: `id`, `text`, optional `title`, `date`, `url`.
    case jsonl
    /// One web page; its main text is the article.
    case html

    /// The extensions a folder is searched for, and what they mean. Other
    /// files in a folder (gold files, images, notes) are left alone.
    public static let extensions: [String: InputFormat] = [
        "txt": .text, "jsonl": .jsonl, "html": .html, "htm": .html,
    ]

    /// The format an extension names, or nil.
    public static func of(path: String) -> InputFormat? {
        extensions[(path as NSString).pathExtension.lowercased()]
    }
}

/// One input to read: a file, or `-` for standard input.
struct InputItem: Sendable {
    var path: String
    var format: InputFormat?
    /// The file's size, when known: the progress line's ETA.
    var size: Int?
    /// Set when the input cannot even be listed; reading it reports this.
    var problem: InputError?

    var isStandardInput: Bool { path == "-" }
    /// The name in messages.
    var displayName: String { isStandardInput ? "<stdin>" : path }
}

/// Expands the command line's inputs into articles: a file, a folder (its
/// `*.txt`, `*.jsonl`, `*.html` and `*.htm` files, sorted by name, not
/// recursive, hidden files left out), or `-` for standard input.
public enum ArticleSource {
    /// The files `inputs` name, in reading order.
    public static func paths(for inputs: [String]) throws -> [String] {
        try items(for: inputs).map { item in
            if let problem = item.problem { throw problem }
            return item.path
        }
    }

    /// The files a folder input would be read for, existing ones only:
    /// what an output must not overwrite.
    public static func existingFiles(in folder: String) -> [String] {
        items(for: [folder]).compactMap { $0.problem == nil ? $0.path : nil }
    }

    static func items(for inputs: [String], format: InputFormat? = nil) -> [InputItem] {
        var items: [InputItem] = []
        for input in inputs {
            if input == "-" {
                items.append(InputItem(path: "-", format: format))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                items.append(InputItem(path: input, problem: InputError(
                    path: input, reason: .missing, message: "no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else {
                // The extension decides; --format covers the other files.
                items.append(InputItem(path: input, format: InputFormat.of(path: input) ?? format ?? .text,
                                       size: fileSize(input)))
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: input) else {
                items.append(InputItem(path: input, problem: InputError(
                    path: input, reason: .unreadable, message: "cannot list the folder")))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                guard let kind = InputFormat.of(path: name) else { continue }
                let path = (input as NSString).appendingPathComponent(name)
                items.append(InputItem(path: path, format: kind, size: fileSize(path)))
            }
        }
        return items
    }

    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads one file (or `-`) as a single text or HTML article, whole:
    /// for commands that look at one article (`explain`, evaluation).
    public static func read(_ path: String, limit: Int = CorpusExtraction.Options.defaultArticleLimit) throws -> Article {
        let item = InputItem(path: path, format: path == "-" ? .text : InputFormat.of(path: path) ?? .text)
        var stream = ArticleStream(items: [item], articleLimit: limit)
        switch stream.next() {
        case .article(let raw)?:
            return try ArticleDecoder.decode(raw)
        case .failure(_, let error)?:
            throw error
        case nil:
            throw InputError(path: item.displayName, reason: .empty, message: "no article")
        }
    }
}
