import Foundation

/// Finds the default `Ontology/` folder, so the tool works from a clone
/// without flags: `$STANCEGRAPH_ONTOLOGY`, then the folders above the
/// executable (a SwiftPM build sits in `.build/<config>/` of the clone),
/// then the current folder and its parents, then `/usr/local/share`.
public enum OntologyLocator {
    public static func defaultDirectory() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["STANCEGRAPH_ONTOLOGY"], !path.isEmpty { return path }
        var starts: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = folder.appendingPathComponent("Ontology")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("relations.yaml").path) {
                    return candidate.path
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        let shared = "/usr/local/share/stancegraph/Ontology"
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }
}
