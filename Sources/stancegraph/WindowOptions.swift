import ArgumentParser
import Foundation
import StanceGraph

/// `--since DATE` and `--until DATE`: keep what was said in those days
/// (inclusive), with the counts of those days (issue 12).
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep only what was said on or after this day (YYYY-MM-DD).", valueName: "DATE"))
    var since: WindowDay?

    @Option(help: ArgumentHelp("Keep only what was said on or before this day (YYYY-MM-DD).", valueName: "DATE"))
    var until: WindowDay?

    var window: DayWindow { DayWindow(since: since?.number, until: until?.number) }

    func validate() throws {
        if let since, let until, until.number < since.number {
            throw ValidationError("--until \(until.text) is before --since \(since.text)")
        }
    }

    /// `graph` cut to the window. Undated sentences fall outside any
    /// window: how many were left out is said on standard error, never
    /// silently (`quiet` keeps it a note-free run only when there were none).
    func apply(to graph: StanceGraph) -> StanceGraph {
        let window = self.window
        guard !window.isAll else { return graph }
        let undated = graph.undatedWeight
        if undated > 0 {
            note("warning: \(undated) undated evidence sentence\(undated == 1 ? "" : "s") left out by "
                 + "--since/--until (they have no day; write them alone with --by and the `undated` file)")
        }
        return graph.restricted(to: window)
    }
}

/// A day given on the command line, in any form `SeenDate` reads.
struct WindowDay: ExpressibleByArgument, Sendable {
    var number: Int32
    var text: String

    init?(argument: String) {
        guard let day = SeenDate.day(argument), let number = Day.number(day) else { return nil }
        self.number = number
        self.text = day
    }
}

extension Period: ExpressibleByArgument {}
