import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file in one step, so that a crash, a full disk or a reader
/// running at the same time never sees half a graph.
///
/// The bytes go to a hidden temporary file beside the target
/// (`.NAME.tmp-XXXXXX`, made unique by `mkstemp`), which is flushed to disk
/// with `fsync` and then renamed over the target; rename within one folder
/// is atomic on POSIX file systems. On any failure the temporary file is
/// removed and the old target is left as it was.
///
/// The new file gets the old file's permission bits, or `0644` when there was
/// none (mkstemp's `0600` would hide output from other users). What the path
/// names is respected (see `OutputTarget`): `-` is standard output, a
/// symbolic link is followed and its target replaced (the link stays), and a
/// device or named pipe is written through, never replaced by a file.
///
/// The temporary file is removed if the run is interrupted (SIGINT, SIGTERM,
/// SIGHUP); one left by a killed run is removed by the next write into that
/// folder (see `TemporaryFiles`).
public enum AtomicFile {
    /// Writes `bytes` to `path`, creating missing parent folders. Errors are
    /// `FormatError`s naming `path` and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { write in
            try bytes.withUnsafeBytes { try write($0) }
        }
    }

    /// Streams a file into place: `body` gets a function that appends bytes
    /// to the temporary file, and may call it as often as it likes, so a
    /// large document never has to be held in memory whole. The file
    /// replaces `path` only when `body` returns; if it throws, the
    /// temporary file is removed and the old file is left as it was.
    public static func write(to path: String,
                             _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        switch try OutputTarget.resolve(path) {
        case .standardOutput:
            try body { buffer in try fill(STDOUT_FILENO, with: buffer, path: "<stdout>") }
        case .writeThrough(let target):
            try writeThrough(target, path: path, body)
        case .replace(let target):
            try replace(target, path: path, body)
        }
    }

    /// Writes into an existing device or pipe in place: there is nothing to
    /// replace, and a reader on the other end is waiting for the bytes.
    private static func writeThrough(_ target: String, path: String,
                                     _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FormatError.system("cannot open", path: path, code: errno) }
        do {
            try body { buffer in try fill(descriptor, with: buffer, path: path) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw FormatError.system("cannot write", path: path, code: errno) }
    }

    /// Writes a temporary file beside `target` and renames it over `target`.
    /// Errors name `path`, the path the user gave.
    private static func replace(_ target: String, path: String,
                                _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let (folder, name) = split(target)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw FormatError(file: path, message: "output path names a folder, not a file")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FormatError(file: path, message: "cannot create folder \(folder): \(error.localizedDescription)")
        }
        TemporaryFiles.removeStale(in: folder)
        var template = Array(TemporaryFiles.template(folder: folder, name: name).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw FormatError.system("cannot create a temporary file in \(folder)", path: path, code: errno)
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slot = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(slot) }
        do {
            guard fchmod(descriptor, mode(replacing: target)) == 0 else {
                throw FormatError.system("cannot set permissions", path: path, code: errno)
            }
            try body { buffer in try fill(descriptor, with: buffer, path: path) }
            guard fsync(descriptor) == 0 else {
                throw FormatError.system("cannot flush to disk", path: path, code: errno)
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw FormatError.system("cannot write", path: path, code: code)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw FormatError.system("cannot replace", path: path, code: code)
        }
        syncFolder(folder)
    }

    /// The folder and the file name of `path`; "." when it has no folder.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// Writes every byte of `buffer`, retrying short writes and
    /// interrupted calls.
    private static func fill(_ descriptor: Int32, with buffer: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FormatError.system("cannot write", path: path, code: errno)
            }
            offset += written
        }
    }

    /// `write(2)`, spelled so that it cannot be confused with `AtomicFile.write`.
    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, pointer, count)
        #else
        Darwin.write(descriptor, pointer, count)
        #endif
    }

    /// The permission bits of the file being replaced, or 0644.
    private static func mode(replacing path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return 0o644 }
        return status.st_mode & 0o7777
    }

    /// Flushes the folder's entry for the renamed file, so the rename itself
    /// survives a power cut. Best effort: some file systems refuse it.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
