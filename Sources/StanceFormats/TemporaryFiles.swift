import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files `AtomicFile` is writing, removed when the run is
/// interrupted, and recognised when a killed run left one behind.
///
/// A graph of a big corpus is hundreds of megabytes; a Ctrl-C during the
/// write must not leave that much hidden beside the output. SIGINT, SIGTERM
/// and SIGHUP remove every registered file and then end the process as the
/// signal would have. SIGKILL cannot be caught, so every temporary file's
/// name says who made it (`.NAME.tmp-stancegraph-PID-XXXXXX`), and the next
/// write into the same folder removes those whose process is gone.
enum TemporaryFiles {
    /// The marker in every temporary file's name.
    static let marker = ".tmp-stancegraph-"
    /// Files that can be registered at once: one per output being written.
    private static let slotCount = 16
    /// Bytes per registered path, the terminating zero included.
    private static let slotSize = Int(PATH_MAX) + 1

    /// Paths, as C strings, that a signal handler may read without
    /// allocating or locking: one fixed block, made once.
    private nonisolated(unsafe) static let paths: UnsafeMutablePointer<CChar> = {
        let block = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        block.initialize(repeating: 0, count: slotCount * slotSize)
        return block
    }()
    /// 1 where a slot holds a live path. Written only under `lock`.
    private nonisolated(unsafe) static let used: UnsafeMutablePointer<Int32> = {
        let flags = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
        flags.initialize(repeating: 0, count: slotCount)
        return flags
    }()
    private static let lock = NSLock()
    private nonisolated(unsafe) static var handlersInstalled = false

    /// The template for a temporary file beside `name` in `folder`.
    static func template(folder: String, name: String) -> String {
        "\(folder)/.\(name)\(marker)\(getpid())-XXXXXX"
    }

    /// Remembers `path` until `unregister` so that a signal removes it.
    /// Returns the slot, or nil when all are taken (the file is then only
    /// cleaned by a later run).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return nil }
        for slot in 0..<slotCount where used[slot] == 0 {
            let start = paths + slot * slotSize
            for (offset, byte) in bytes.enumerated() { start[offset] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            used[slot] = 1
            return slot
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        used[slot] = 0
        lock.unlock()
    }

    /// Installs the handlers once; the blocks above are made before, so the
    /// handler never runs their initialisers.
    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        _ = paths
        _ = used
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { number in TemporaryFiles.removeAllAndExit(number) }
            #else
            action.__sigaction_u.__sa_handler = { number in TemporaryFiles.removeAllAndExit(number) }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
            _ = sigaction(signalNumber, &action, nil)
        }
    }

    /// The signal handler: only async-signal-safe calls (`unlink`, `raise`).
    /// SA_RESETHAND restored the default action, so `raise` ends the process
    /// with the signal, as if no handler had run.
    private static func removeAllAndExit(_ number: Int32) {
        removeRegistered()
        raise(number)
    }

    /// Unlinks every registered file; what the signal handler does before
    /// ending the process. Async-signal-safe: no allocation, no lock.
    static func removeRegistered() {
        for slot in 0..<slotCount where used[slot] != 0 {
            unlink(paths + slot * slotSize)
        }
    }

    /// The same for the files registered in one folder only: for tests,
    /// which run beside other writes of the same process.
    static func removeRegistered(inFolder folder: String) {
        lock.lock()
        defer { lock.unlock() }
        let prefix = folder + "/"
        for slot in 0..<slotCount where used[slot] != 0 {
            let path = String(cString: paths + slot * slotSize)
            if path.hasPrefix(prefix) { unlink(path) }
        }
    }

    /// Removes the temporary files in `folder` left by runs that are gone
    /// (killed, or a machine that lost power): those whose name carries this
    /// marker and the id of a process that no longer exists. A file of a
    /// live process, this one included, is never touched.
    static func removeStale(in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let ownID = getpid()
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name.hasPrefix("."), let process = processID(inTemporaryName: name),
                  process != ownID, kill(process, 0) != 0, errno == ESRCH else { continue }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// The process id in a temporary file's name, or nil when the name is
    /// not one of ours.
    static func processID(inTemporaryName name: String) -> pid_t? {
        guard let range = name.range(of: marker, options: .backwards) else { return nil }
        let rest = name[range.upperBound...]
        let parts = rest.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 6, let process = pid_t(parts[0]), process > 0 else {
            return nil
        }
        return process
    }
}
