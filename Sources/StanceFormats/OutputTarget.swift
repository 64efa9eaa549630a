import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the bytes for an output path really go.
///
/// A user who names `/dev/stdout`, a named pipe, or a symbolic link into a
/// shared folder means "write there"; replacing the device node, the pipe or
/// the link with a regular file (what a plain rename does) destroys what they
/// named. So a path is resolved first:
/// - `-` is standard output;
/// - symbolic links are followed to the file they name (a dangling link to
///   the file that will be created), so the link stays and its target is
///   replaced;
/// - an existing file that is not a regular file (a device, a pipe, a
///   socket) is written through, in place;
/// - anything else is replaced atomically (see `AtomicFile`).
public enum OutputTarget: Equatable, Sendable {
    /// Standard output, written as a stream.
    case standardOutput
    /// An existing special file (device, pipe), opened and written in place.
    case writeThrough(String)
    /// A regular file (existing or not) at this path, with links resolved,
    /// replaced in one step.
    case replace(String)

    /// The links followed before giving up: the same bound as Linux's.
    static let linkLimit = 40

    /// Resolves `path`. Errors are `FormatError`s naming `path`.
    public static func resolve(_ path: String) throws -> OutputTarget {
        if path == "-" { return .standardOutput }
        guard !path.isEmpty else { throw FormatError(file: path, message: "empty output path") }
        var current = path
        for _ in 0...linkLimit {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                // Nothing there (yet): a new regular file.
                return .replace(current)
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                guard let next = linkTarget(current) else {
                    throw FormatError.system("cannot read the symbolic link \(current)", path: path, code: errno)
                }
                current = next
            case S_IFREG:
                return .replace(current)
            case S_IFDIR:
                throw FormatError(file: path, message: "output path names a folder, not a file")
            default:
                return .writeThrough(current)
            }
        }
        throw FormatError(file: path, message: "too many levels of symbolic links")
    }

    /// The path a link names, relative links taken from the link's folder.
    private static func linkTarget(_ link: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let (folder, _) = AtomicFile.split(link)
        return folder == "/" ? "/" + target : folder + "/" + target
    }
}

/// What a path on the command line is on disk, to tell when two paths
/// name one file ("out.graphml" and "./dir/../out.graphml", a link and its
/// target, `-` and `/dev/stdout`) before any work is done.
public struct FileIdentity: Hashable, Sendable {
    /// Device and inode of an existing file, or the resolved folder's device
    /// and inode with the name for a file not yet made.
    private let device: UInt64
    private let inode: UInt64
    private let name: String?
    /// True for character devices (`/dev/null`, a terminal), which two
    /// outputs may share without clobbering anything.
    public let isCharacterDevice: Bool

    /// The identity of `path` (`-` is standard output), or nil when neither
    /// the file nor its folder exists.
    public init?(path: String) {
        var status = stat()
        if path == "-" {
            guard fstat(STDOUT_FILENO, &status) == 0 else { return nil }
            self.init(status, name: nil)
        } else if stat(path, &status) == 0 {
            self.init(status, name: nil)
        } else {
            // Not there yet: the folder it will be made in, and its name,
            // with a dangling link resolved the way writing will resolve it.
            guard case .replace(let target)? = try? OutputTarget.resolve(path) else { return nil }
            let (folder, name) = AtomicFile.split(target)
            guard stat(folder, &status) == 0 else { return nil }
            self.init(status, name: name)
        }
    }

    private init(_ status: stat, name: String?) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        self.name = name
        isCharacterDevice = name == nil && (status.st_mode & S_IFMT) == S_IFCHR
    }

    /// True when `path` is a folder.
    public static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
