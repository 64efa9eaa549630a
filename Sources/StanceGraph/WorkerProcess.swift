import Foundation

/// One extraction worker process, started with `posix_spawn`: its standard
/// input and output are one end of a Unix socket pair, its standard error
/// another, whose last few KiB are kept to say why it died.
///
/// Every descriptor is created close-on-exec, so a worker holds no other
/// worker's socket and sees the end of its input as soon as its own
/// supervisor closes it (or dies).
final class WorkerProcess {
    struct SpawnFailure: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    /// The supervisor's end of the socket.
    let socket: Int32
    /// Which request the worker is on; nil if no page could be made, and
    /// then a death is put down to the first article not answered.
    let progress: WorkerProgress?
    /// The read end of the worker's standard error; -1 once closed.
    private var errors: Int32
    /// The end of what the worker wrote on standard error.
    private var errorTail: [UInt8] = []
    private var status: Int32?

    /// The environment for workers: ours, with the Swift runtime's
    /// backtracer off (unless asked for), so a trap ends a worker at once
    /// instead of after seconds of symbolication.
    static func environment() -> [String] {
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        return environment.map { "\($0.key)=\($0.value)" }.sorted()
    }

    init(executable: String, arguments: [String], environment: [String]) throws(SpawnFailure) {
        func failure(_ what: String, _ code: Int32 = errno) -> SpawnFailure {
            SpawnFailure(description: "cannot start an extraction worker (\(executable)): \(what): "
                + String(cString: strerror(code)))
        }
        // Sockets rather than pipes for standard error too: created
        // close-on-exec in one call (Glibc's pipe2 is not visible to Swift),
        // so no worker started meanwhile by another thread inherits them.
        let streams = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, streams, 0, &pair) == 0 else {
            throw failure("socketpair")
        }
        var errorPipe: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, streams, 0, &errorPipe) == 0 else {
            let code = errno
            close(pair[0])
            close(pair[1])
            throw failure("socketpair", code)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        let page = WorkerProgress.create()
        if let (_, fd) = page { posix_spawn_file_actions_adddup2(&actions, fd, WorkerProgress.descriptor) }
        defer { if let (_, fd) = page { close(fd) } }

        // SIGPIPE at its default and no blocked signals, whatever this
        // thread has: a worker must die of SIGPIPE when its supervisor is gone.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(pair[1])
        close(errorPipe[1])
        guard code == 0 else {
            close(pair[0])
            close(errorPipe[0])
            throw failure("posix_spawn", code)
        }
        self.pid = pid
        progress = page?.0
        socket = pair[0]
        errors = errorPipe[0]
        _ = fcntl(errors, F_SETFL, fcntl(errors, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        // `finish` normally ran; never leave a zombie or a live worker.
        if status == nil { kill(); _ = finish() }
    }

    /// The descriptor to poll for standard error, or -1 once it has ended.
    var errorDescriptor: Int32 { errors }

    /// Reads what the worker wrote on standard error, without waiting.
    func readErrors() {
        guard errors >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
            if n > 0 {
                errorTail.append(contentsOf: chunk[0..<n])
                if errorTail.count > 8192 { errorTail.removeFirst(errorTail.count - 4096) }
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n == 0 {
                close(errors)
                errors = -1
            }
            return
        }
    }

    func kill() {
        if status == nil { _ = Glibc.kill(pid, SIGKILL) }
    }

    /// Closes the socket, waits for the process to end and returns its
    /// wait status. The worker exits at the end of its input; a worker
    /// that must not finish its work is `kill`ed first.
    func finish() -> Int32 {
        if let status { return status }
        close(socket)
        var result: Int32 = 0
        while waitpid(pid, &result, 0) < 0 && errno == EINTR {}
        status = result
        // The process is gone: what it wrote is all there, then the end.
        if errors >= 0 {
            _ = fcntl(errors, F_SETFL, fcntl(errors, F_GETFL) & ~O_NONBLOCK)
            readErrors()
            if errors >= 0 {
                close(errors)
                errors = -1
            }
        }
        return result
    }

    /// How a wait status ended the process: "signal 4, SIGILL", "exit
    /// status 1", or nil for a clean exit.
    static func ending(_ status: Int32) -> String? {
        let signal = status & 0x7F
        if signal == 0 {
            let code = (status >> 8) & 0xFF
            return code == 0 ? nil : "exit status \(code)"
        }
        let names: [Int32: String] = [
            SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM", SIGPIPE: "SIGPIPE", SIGINT: "SIGINT",
        ]
        return "signal \(signal)" + (names[signal].map { ", \($0)" } ?? "")
    }

    /// The runtime's message, when the worker printed one: the last line
    /// that says "Fatal error", else the last line, cut to 300 characters.
    var errorMessage: String? {
        let lines = String(decoding: errorTail, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard var line = lines.last(where: { $0.contains("Fatal error") }) ?? lines.last else { return nil }
        if let fatal = line.range(of: "Fatal error") { line = String(line[fatal.lowerBound...]) }
        return line.count > 300 ? String(line.prefix(300)) + "..." : line
    }
}
