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

    static func items(for inputs: [String], format: InputFormat? = nil) -> [InputItem] {
        listing(for: inputs, format: format).items
    }

    /// The inputs' files in reading order, and what a user should hear about
    /// the folders: subfolders holding articles that are not read (folders
    /// are read one level deep), and folders that hold no article at all.
    static func listing(for inputs: [String], format: InputFormat? = nil)
        -> (items: [InputItem], notices: [String]) {
        var items: [InputItem] = []
        var notices: [String] = []
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
                if format == nil, (input as NSString).pathExtension.lowercased() == "json" {
                    // A JSON document (an array of articles, most often) read
                    // as text would be one article of JSON syntax.
                    items.append(InputItem(path: input, problem: InputError(
                        path: input, reason: .unreadable,
                        message: "a .json file is not read: give articles as JSON Lines (.jsonl), one "
                            + "object a line (jq -c '.[]' FILE.json > FILE.jsonl turns an array into it), "
                            + "or --format text|jsonl|html")))
                    continue
                }
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
            var subfolders: [String] = []
            var articles = 0
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (input as NSString).appendingPathComponent(name)
                var info = stat()
                let kind = stat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
                if kind == S_IFDIR && InputFormat.of(path: name) == nil {
                    // Named only when it holds articles that are not read (a
                    // folder of scripts or images is none of the user's loss).
                    let inside = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                    if inside.contains(where: { !$0.hasPrefix(".") && InputFormat.of(path: $0) != nil }) {
                        subfolders.append(name)
                    }
                    continue
                }
                guard let format = InputFormat.of(path: name) else { continue }
                articles += 1
                guard kind == S_IFREG || kind == S_IFDIR || kind == 0 else {
                    // A named pipe or a device would block or never end: a
                    // folder is read for its files only. (A folder named like
                    // an article, or a dangling link, is reported on reading.)
                    items.append(InputItem(path: path, problem: InputError(
                        path: path, reason: .unreadable,
                        message: "not a regular file (a named pipe, socket or device); name it as an "
                            + "input of its own to read it")))
                    continue
                }
                items.append(InputItem(path: path, format: format, size: fileSize(path)))
            }
            if !subfolders.isEmpty {
                let shown = subfolders.prefix(3).joined(separator: ", ") + (subfolders.count > 3 ? ", ..." : "")
                notices.append("\(input): \(subfolders.count) subfolder\(subfolders.count == 1 ? "" : "s") "
                               + "not read (\(shown)); folders are read one level deep: name each as an input")
            }
            if articles == 0 {
                notices.append("\(input): no .txt, .jsonl, .html or .htm file in the folder")
            }
        }
        return (items, notices)
    }

    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Every article of one input (a text, HTML or JSON Lines file, or `-`)
    /// in order, each decoded or with the error that stops it: for commands
    /// that look at articles one by one (`explain`).
    public static func forEachArticle(in path: String, limit: Int = CorpusExtraction.Options.defaultArticleLimit,
                                      _ body: (Result<Article, InputError>) throws -> Void) rethrows {
        var stream = ArticleStream(items: items(for: [path]), articleLimit: limit)
        while let element = stream.next() {
            switch element {
            case .article(let raw):
                let result: Result<Article, InputError>
                do {
                    result = .success(try ArticleDecoder.decode(raw))
                } catch {
                    result = .failure(error)
                }
                try body(result)
            case .failure(_, let error):
                try body(.failure(error))
            }
        }
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
