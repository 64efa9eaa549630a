import Foundation
import Synchronization
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
        // A non-empty folder at the target path: refused before anything is written.
        let target = folder + "/target"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        let error = #expect(throws: FormatError.self) { try AtomicFile.write([1], to: target) }
        #expect(error?.file == target)
        #expect(error?.message == "output path names a folder, not a file")
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

/// What an output path names is respected: `-`, links, devices and pipes
/// are written through or followed, never replaced by a regular file; and a
/// temporary file never outlives an interrupted or killed run for long.
@Suite struct OutputTargetTests {
    private func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    private func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func resolvesWhatThePathNames() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        #expect(try OutputTarget.resolve("-") == .standardOutput)
        #expect(try OutputTarget.resolve("/dev/null") == .writeThrough("/dev/null"))
        #expect(try OutputTarget.resolve(folder + "/new.graphml") == .replace(folder + "/new.graphml"))
        // A relative link is taken from the link's folder, a chain is followed.
        #expect(symlink("target.graphml", folder + "/one") == 0)
        #expect(symlink(folder + "/one", folder + "/two") == 0)
        #expect(try OutputTarget.resolve(folder + "/two") == .replace(folder + "/target.graphml"))
        #expect(mkfifo(folder + "/pipe", 0o600) == 0)
        #expect(try OutputTarget.resolve(folder + "/pipe") == .writeThrough(folder + "/pipe"))
        let isFolder = #expect(throws: FormatError.self) { try OutputTarget.resolve(folder) }
        #expect(isFolder?.message == "output path names a folder, not a file")
        #expect(symlink(folder + "/loop-a", folder + "/loop-b") == 0)
        #expect(symlink(folder + "/loop-b", folder + "/loop-a") == 0)
        let loop = #expect(throws: FormatError.self) { try OutputTarget.resolve(folder + "/loop-a") }
        #expect(loop?.message == "too many levels of symbolic links")
    }

    @Test func aLinkIsFollowedAndKept() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        #expect(symlink("real/graph.graphml", folder + "/link.graphml") == 0)
        try AtomicFile.write(Array("one".utf8), to: folder + "/link.graphml")
        try AtomicFile.write(Array("two".utf8), to: folder + "/link.graphml")
        #expect(kind(folder + "/link.graphml") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: folder + "/real/graph.graphml") == Data("two".utf8))
        #expect(entries(folder) == ["link.graphml", "real"])
        #expect(entries(folder + "/real") == ["graph.graphml"])
    }

    @Test func aDeviceOrAPipeIsWrittenThrough() throws {
        try AtomicFile.write(Array("discarded".utf8), to: "/dev/null")
        #expect(kind("/dev/null") == S_IFCHR)
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let pipe = folder + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        // A reader on the other end, as `dot -Tsvg < pipe` would be.
        let received = Mutex<Data?>(nil)
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile()
            received.withLock { $0 = data }
            done.signal()
        }
        reader.start()
        try AtomicFile.write(Array("through the pipe".utf8), to: pipe)
        done.wait()
        #expect(received.withLock { $0 } == Data("through the pipe".utf8))
        #expect(kind(pipe) == S_IFIFO)
        #expect(entries(folder) == ["pipe"])
    }

    @Test func anInterruptionRemovesTheTemporaryFile() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        #expect(throws: FormatError.self) { try AtomicFile.write(to: folder + "/big.graphml") { write in
            try [UInt8](repeating: 65, count: 1000).withUnsafeBytes { try write($0) }
            let temporary = entries(folder)
            #expect(temporary.count == 1)
            #expect(temporary.first.map { TemporaryFiles.processID(inTemporaryName: $0) } == getpid())
            // What the SIGINT/SIGTERM handler does before the process ends.
            TemporaryFiles.removeRegistered(inFolder: folder)
            #expect(entries(folder).isEmpty)
            throw FormatError(file: "", message: "interrupted")
        } }
        #expect(entries(folder).isEmpty)
    }

    @Test func aKilledRunsTemporaryFileIsCleanedByTheNextWrite() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        // A process that has ended: its id is free.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier
        let stale = ".out.graphml\(TemporaryFiles.marker)\(dead)-a1b2c3"
        let live = ".out.graphml\(TemporaryFiles.marker)1-d4e5f6"
        let mine = ".other.dot\(TemporaryFiles.marker)\(getpid())-g7h8i9"
        let notOurs = ".out.graphml.tmp-123-xyzxyz"
        for name in [stale, live, mine, notOurs] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        try AtomicFile.write([1], to: folder + "/out.graphml")
        #expect(entries(folder) == [live, mine, notOurs, "out.graphml"].sorted())
        #expect(TemporaryFiles.processID(inTemporaryName: notOurs) == nil)
        #expect(TemporaryFiles.processID(inTemporaryName: ".x\(TemporaryFiles.marker)-5-abcdef") == nil)
    }
}
