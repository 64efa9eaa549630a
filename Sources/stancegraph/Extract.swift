import ArgumentParser
import Foundation
import Synchronization
import StanceGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract stance edges from articles into one graph.",
        discussion: """
        INPUT is a file, a folder or - for standard input. By extension: .txt is \
        one article of plain text; .html or .htm is one web page, whose headline \
        and story are read, the story found by its content (menus, lists of \
        links, teaser cards, share and cookie boxes, ads and footers left \
        out); .jsonl is JSON Lines, one article a line: \
        {"id", "text", "title"?, "date"?, "url"?} (only "text" is extracted; \
        "date", ISO 8601, becomes the edges' first and last seen dates; a \
        page's date comes from its article:published_time or date metadata). A \
        folder is read for its .txt, .jsonl, .html and .htm files, sorted by \
        name, not recursively. Standard input is JSON Lines if it starts with \
        "{", HTML if with "<", else text, unless --format says. Inputs must be \
        UTF-8.

        Input is streamed: memory holds the graph and the articles in flight, \
        never the corpus; with --evidence K the graph stops growing with the \
        corpus too (weights and article counts stay exact). Articles are \
        extracted on --jobs threads; the output bytes are the same for any \
        number of jobs. The first unreadable article \
        stops the run with its file and line; --keep-going skips and reports it. \
        With --keep-going the articles are extracted in worker processes \
        (--isolate), so an article that crashes the extractor is skipped and \
        reported too, and the output is that of the input without it.

        On a terminal, a progress line shows articles, articles per second, \
        edges, elapsed time and, when the input size is known, the time left. \
        A summary line follows at the end; --quiet prints neither. With neither \
        --graphml nor --dot, writes Exports/stance.graphml and Exports/stance.dot.

        Examples:
          stancegraph extract Examples/
          stancegraph extract feed.jsonl --graphml out.graphml --jobs 2 --evidence 10
          stancegraph extract pages/ --keep-going --graphml pages.graphml
          cat article.txt | stancegraph extract - --dot out.dot --actors my-actors.yaml
        """
    )

    @Argument(help: ArgumentHelp("Articles: files, folders or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @OptionGroup var output: OutputOptions
    @OptionGroup var window: WindowOptions
    @OptionGroup var ontology: OntologyOptions

    @Option(help: ArgumentHelp("Extraction threads; the default is the number of cores.", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(
        "Read standard input and files of other extensions as text, jsonl or html.",
        valueName: "FORMAT"))
    var format: InputFormat?

    @Option(help: ArgumentHelp("The largest article (file or JSON line) in MiB; longer ones are errors.",
                               valueName: "MIB"))
    var maxArticleMib: Int = CorpusExtraction.Options.defaultArticleLimit >> 20

    @Option(help: ArgumentHelp(
        "Evidence sentences kept per edge: a number, or all.",
        discussion: """
        Each edge's weight (sentences) and articles stay exact whatever is kept; \
        the sentences kept are the first by article id and position. The cap \
        keeps memory tied to the number of edges, not to the size of the \
        corpus, and every edge's evidence well inside what GraphML readers \
        accept; 100 sentences is more than anyone reads for one edge. With \
        all, a very frequent edge of a huge corpus can grow past libxml2's \
        10 MB limit for one value.
        """,
        valueName: "K|all"))
    var evidence = EvidenceLimit.extractDefault

    @Flag(help: "Skip articles that cannot be read (or that crash the extractor), report them, and go on.")
    var keepGoing = false

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Extract in worker processes, so that an article that crashes the extractor cannot end the run.",
        discussion: """
        Each of the --jobs workers is this program run again; an article on \
        which one traps (or is killed) is tried once more in a new worker, \
        then reported and skipped like an unreadable article (or, without \
        --keep-going, stops the run with its file and line). The default is \
        on with --keep-going, off without: it costs 7-24% more CPU time.
        """))
    var isolate: Bool?

    @Option(help: ArgumentHelp(
        "With worker processes, the seconds one article may take; its worker is then killed (0: no limit).",
        valueName: "SECONDS"))
    var articleTimeout: Double = CorpusExtraction.Isolation.defaultTimeout

    @Option(help: ArgumentHelp(
        "List, as CSV, the capitalised names standing where a stance holder or target stands that are no actor.",
        discussion: """
        One row per name and role (holder: the subject of a cue verb; target: \
        its object), most frequent first: name, role, count, article, sentence \
        (the first in reading order). The quickest way to see which actors \
        your corpus needs (--actors FILE adds them). Extraction then runs in \
        this process (no worker processes).
        """,
        valueName: "FILE"))
    var reportUnknown: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors: no progress, no summary.")
    var quiet = false

    /// Seconds between progress updates; for tests.
    @Option(help: .hidden)
    var progressInterval: Double = 0.5

    /// Seconds the progress line's clock advances at each reading instead
    /// of real time; for tests, so that what the line shows does not
    /// depend on the machine's speed.
    @Option(help: .hidden)
    var progressClockStep: Double?

    /// The largest --max-article-mib: 4 GiB, far beyond any article, and
    /// well inside what a byte count can hold.
    static let largestArticleMib = 4096
    /// The most extraction threads per core.
    static let jobsPerCore = 8

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a folder or -)") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxArticleMib < 1 || maxArticleMib > Self.largestArticleMib {
            throw ValidationError("--max-article-mib must be between 1 and \(Self.largestArticleMib)")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if jobs > Self.jobsPerCore * cores {
            // More threads than this only adds memory and contention (and
            // tens of thousands exhaust the process's thread limit).
            note("--jobs \(jobs) lowered to \(Self.jobsPerCore * cores), \(Self.jobsPerCore) per core")
            jobs = Self.jobsPerCore * cores
        }
        if !(articleTimeout >= 0) { throw ValidationError("--article-timeout must be 0 or more seconds") }
    }

    /// How to run this program again as an extraction worker, with the
    /// same ontology.
    func isolation() throws -> CorpusExtraction.Isolation? {
        guard isolate ?? keepGoing else { return nil }
        if reportUnknown != nil {
            if isolate == true { note("--report-unknown extracts in this process: --isolate is not used") }
            return nil
        }
        // /proc/self/exe in the child is still this program's image, even
        // if the file was replaced since it started.
        var executable = "/proc/self/exe"
        if !FileManager.default.isExecutableFile(atPath: executable) {
            guard let path = Bundle.main.executablePath else {
                throw CommandFailure("cannot find this program's executable to start extraction workers")
            }
            executable = path
        }
        return CorpusExtraction.Isolation(executable: executable,
                                          arguments: ["extract-worker"] + (try ontology.arguments()),
                                          timeout: articleTimeout > 0 ? articleTimeout : nil)
    }

    func run() throws {
        try reportingErrors {
            let started = ContinuousClock.now
            var target = output
            if target.isEmpty {
                target.graphml = "Exports/stance.graphml"
                target.dot = "Exports/stance.dot"
            }
            try target.check(inputs: inputs, alsoWriting: reportUnknown.map { [("--report-unknown", $0)] } ?? [])
            let loaded = try ontology.load()
            let extractor = Extractor(ontology: loaded)
            var options = CorpusExtraction.Options(jobs: jobs, keepGoing: keepGoing, format: format,
                                                   articleLimit: maxArticleMib << 20,
                                                   evidenceLimit: evidence.limit, isolation: try isolation())
            options.reportUnknown = reportUnknown != nil
            let progress: TerminalProgress? = quiet || isatty(STDERR_FILENO) == 0 ? nil : TerminalProgress()
            let onSkip: @Sendable (InputError) -> Void = { error in
                progress?.clear()
                note("skipped \(error)")
            }
            let onWarning: @Sendable (String) -> Void = { message in
                progress?.clear()
                note("warning: \(message)")
            }
            var onProgress: (@Sendable (CorpusExtraction.Progress) -> Void)?
            if let progress {
                onProgress = { state in progress.show(ProgressLine.text(state)) }
            }
            let run: CorpusExtraction.Result
            do {
                run = try CorpusExtraction.run(inputs, extractor: extractor, options: options,
                                               onSkip: onSkip, onWarning: onWarning,
                                               progressInterval: progressInterval,
                                               progressClock: progressClockStep.map(SteppingClock.init)?.read,
                                               onProgress: onProgress)
            } catch {
                progress?.clear()
                throw error
            }
            progress?.clear()
            if run.articles == 0 {
                // An empty graph over the output would pass for a corpus in
                // which nothing was found.
                let skipped = run.skipped.isEmpty ? "" : " (\(run.skipped.skipSummary))"
                throw CommandFailure("no article was read\(skipped); nothing written")
            }
            var written = try target.write(window.apply(to: run.graph),
                                           names: target.html == nil ? [:] : HTMLView.names(from: loaded))
            if let reportUnknown {
                try AtomicFile.write(try Self.unknownTable(run.unknownNames), to: reportUnknown)
                written.append(reportUnknown == "-" ? "<stdout>" : reportUnknown)
            }
            if !quiet {
                let elapsed = started.duration(to: .now).components
                let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
                let skipped = run.skipped.isEmpty ? "0 skipped" : run.skipped.skipSummary
                note("\(run.articles) articles, \(skipped), \(run.graph.actors.count) actors, "
                     + "\(run.graph.edges.count) edges, "
                     + String(format: "%.2f s", seconds)
                     + " -> \(written.joined(separator: ", "))")
            }
        }
    }
}

extension Extract {
    /// The `--report-unknown` table.
    static func unknownTable(_ names: [CorpusExtraction.UnknownNameCount]) throws -> [UInt8] {
        try CSVTables.table(["name", "role", "count", "article", "sentence"]) { row in
            for name in names {
                try row([name.name, name.role.rawValue, String(name.count), name.article, name.sentence])
            }
        }
    }
}

extension InputFormat: ExpressibleByArgument {}

/// The progress line on a terminal: rewritten in place, cleared before any
/// other message and at the end.
final class TerminalProgress: Sendable {
    /// Whether a line is on screen.
    private let shown = Mutex(false)

    func show(_ text: String) {
        shown.withLock { shown in
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            shown = true
        }
    }

    func clear() {
        shown.withLock { shown in
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}

/// The worker that `extract --isolate` runs: this program again, reading
/// articles from standard input and answering each with its graph (see
/// `CorpusExtraction.serveWorker`). Not for people.
struct ExtractWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-worker",
        abstract: "Serve extract's worker protocol on standard input and output (internal).",
        shouldDisplay: false
    )

    @OptionGroup var ontology: OntologyOptions

    func run() throws {
        let extractor: Extractor
        do {
            extractor = Extractor(ontology: try ontology.load())
        } catch {
            FileHandle.standardError.write(Data("stancegraph extract-worker: error: \(error)\n".utf8))
            throw ExitCode(3)
        }
        Foundation.exit(CorpusExtraction.serveWorker(extractor: extractor))
    }
}

/// A clock for tests: each reading is `step` seconds after the one before.
final class SteppingClock: Sendable {
    private let step: Double
    private let readings = Mutex(0)

    init(step: Double) { self.step = step }

    @Sendable func read() -> Double {
        Double(readings.withLock { count in count += 1; return count }) * step
    }
}
