import Foundation

/// Wall-clock timing and the process's peak resident memory.
enum Measure {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let (s, atto) = start.duration(to: .now).components
        return Double(s) + Double(atto) / 1e18
    }

    /// Peak resident set size of this process so far, in MiB.
    static var peakRSS: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Resident set size now, in MiB (from /proc).
    static var currentRSS: Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }

    static func fixed(_ value: Double, _ digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// One result line: `workload  key=value ...`.
    static func line(_ workload: String, _ fields: [(String, String)]) {
        let text = ([workload.padding(toLength: 16, withPad: " ", startingAt: 0)]
                    + fields.map { "\($0.0)=\($0.1)" }).joined(separator: " ")
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
