import Foundation
import Testing
@testable import StanceFormats

/// Atomic replacement: the target is the old file or the new one, never a
/// mix, and no temporary file is left behind.
@Suite struct AtomicFileTests {
    private func contents(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    private func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/out.txt"
        try AtomicFile.write(Array("first".utf8), to: path)
        #expect(contents(path) == Array("first".utf8))
        try AtomicFile.write(Array("second, longer".utf8), to: path)
        try AtomicFile.write([], to: path)
        #expect(contents(path) == [])
        #expect(entries(folder) == ["out.txt"])
    }

    @Test func createsMissingParentFolders() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/a/b/c/graph.graphml"
        try AtomicFile.write([1, 2, 3], to: path)
        #expect(contents(path) == [1, 2, 3])
    }

    @Test func newFilesAreReadableAndExistingPermissionsAreKept() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/f"
        try AtomicFile.write([1], to: path)
        func mode() throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(try mode() == 0o644)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write([2], to: path)
        #expect(try mode() == 0o600)
    }

    @Test func failureLeavesTheTargetAndNoTemporaryFile() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        // A non-empty folder at the target path: rename(2) must fail.
        let target = folder + "/target"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        let error = #expect(throws: FormatError.self) { try AtomicFile.write([1], to: target) }
        #expect(error?.file == target)
        #expect(error?.message.hasPrefix("cannot replace: ") == true)
        #expect(entries(folder) == ["target"])
        #expect(entries(target) == ["inside"])
    }

    @Test func parentThatIsAFileIsReported() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        try AtomicFile.write(Array("keep".utf8), to: folder + "/file")
        let path = folder + "/file/child.graphml"
        let error = #expect(throws: FormatError.self) { try AtomicFile.write([1], to: path) }
        #expect(error?.file == path)
        #expect(error?.description.hasPrefix(path + ": cannot create folder") == true)
        #expect(contents(folder + "/file") == Array("keep".utf8))
        let empty = #expect(throws: FormatError.self) { try AtomicFile.write([1], to: "") }
        #expect(empty?.message == "empty output path")
        #expect(throws: FormatError.self) { try AtomicFile.write([1], to: folder + "/") }
    }

    @Test func pathWithoutFolderIsWrittenInTheCurrentFolder() {
        #expect(AtomicFile.split("graph.dot") == (".", "graph.dot"))
        #expect(AtomicFile.split("/graph.dot") == ("/", "graph.dot"))
        #expect(AtomicFile.split("out/x/graph.dot") == ("out/x", "graph.dot"))
    }
}
