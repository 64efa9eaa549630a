/// The text of the progress line and of the summary line that `extract`
/// prints on standard error.
public enum ProgressLine {
    /// "1,234 articles · 560/s · 890 edges · 0:12 · ETA 0:30"
    public static func text(_ progress: CorpusExtraction.Progress) -> String {
        let rate = progress.elapsed > 0 ? Double(progress.articles) / progress.elapsed : 0
        var parts = ["\(grouped(progress.articles)) articles", "\(grouped(Int(rate.rounded())))/s",
                     "\(grouped(progress.edges)) edges"]
        if progress.skipped > 0 { parts.append("\(grouped(progress.skipped)) skipped") }
        parts.append(clock(progress.elapsed))
        if let total = progress.totalBytes, total > 0, progress.bytesRead > 0, progress.elapsed >= 0.5 {
            let left = Double(max(0, total - progress.bytesRead)) / (Double(progress.bytesRead) / progress.elapsed)
            let percent = min(100, progress.bytesRead * 100 / total)
            parts.append("\(percent)% · ETA \(clock(left))")
        }
        return parts.joined(separator: " · ")
    }

    /// "m:ss", or "h:mm:ss" from an hour.
    public static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// 1234567 -> "1,234,567".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, c) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
