#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a thread, or says why it cannot.
///
/// Foundation's `Thread.start()` gives no answer when the system refuses a
/// thread (a process or container limit on threads, no memory for the
/// stack): the body never runs, and whoever waits for it waits forever. A
/// run that cannot get its threads must stop with an error instead, so the
/// threads of the pipeline are started here, with `pthread_create`, which
/// reports the refusal.
public enum NativeThread {
    /// The system refused a thread.
    public struct StartFailure: Error, CustomStringConvertible {
        /// The `pthread_create` result (an errno value such as EAGAIN).
        public var code: Int32
        public var description: String {
            let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
            return "cannot start a thread: \(reason) (lower --jobs, or raise the limit on threads)"
        }
    }

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Runs `body` on a new, detached thread with a stack of `stackSize`
    /// bytes (0: the system's default).
    public static func start(stackSize: Int = 0, _ body: @escaping @Sendable () -> Void) throws(StartFailure) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        if stackSize > 0 { pthread_attr_setstacksize(&attributes, stackSize) }
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let result = pthread_create(&thread, &attributes, { argument in
            #if canImport(Glibc)
            let body = Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue()
            #else
            let body = Unmanaged<Body>.fromOpaque(argument).takeRetainedValue()
            #endif
            body.run()
            return nil
        }, box)
        if result != 0 {
            Unmanaged<Body>.fromOpaque(box).release()
            throw StartFailure(code: result)
        }
    }
}
