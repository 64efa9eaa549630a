import StanceModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem reading or writing a graph file, located as precisely as the
/// format allows.
///
/// One error type for every format and for file output, so that callers (the
/// pipeline, the command line) print every failure the same way, in the
/// `FILE:LINE:COL: message` shape that editors and CI logs turn into links.
/// Equatable so tests can compare whole errors.
public struct FormatError: LocatedError, Equatable {
    /// The file the problem is in: a path, or the name given to an in-memory
    /// reader. Empty when there is no file at all.
    public var file: String
    /// 1-based line, when the format and the problem have one.
    public var line: Int?
    /// 1-based column, when the parser reported one.
    public var column: Int?
    /// What went wrong, in words for a user rather than a programmer.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

extension FormatError {
    /// An error for a failed system call on `path`, with the C library's
    /// explanation of `code` (an `errno` value), because "permission denied"
    /// or "no space left on device" is what a user can act on.
    static func system(_ what: String, path: String, code: Int32) -> FormatError {
        FormatError(file: path, message: "\(what): \(systemMessage(code))")
    }

    /// The C library's text for an `errno` value.
    static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
