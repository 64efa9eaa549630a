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

    /// The largest peak resident set size of the child processes waited
    /// for (extraction workers), in MiB.
    static var childrenPeakRSS: Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// CPU time (user and system) of this process and of the children
    /// waited for, in seconds: what a run costs whatever else the machine
    /// is doing.
    static var cpuSeconds: Double {
        func seconds(_ who: Int32) -> Double {
            var usage = rusage()
            getrusage(who, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
        return seconds(RUSAGE_SELF.rawValue) + seconds(RUSAGE_CHILDREN.rawValue)
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
