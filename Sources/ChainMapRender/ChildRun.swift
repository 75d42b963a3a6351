// A child process spoken to over pipes, with a deadline. posix_spawn rather than Foundation's Process: the
// child must lead its own process group (so a timeout kills everything it started), and feeding its standard
// input must not raise SIGPIPE in the caller when it dies early (a socket with MSG_NOSIGNAL, not a pipe).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One started child process and the parent's ends of its standard streams.
struct ChildRun {
    /// How the child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signal(Int32)
        case timedOut
        case outputTooLarge
    }

    struct Result {
        var ending: Ending
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    let pid: pid_t
    let stdinFD: Int32
    let stdoutFD: Int32
    let stderrFD: Int32

    /// Starts `executable` with `arguments` in a new process group, `SWIFT_BACKTRACE=enable=no` added to the
    /// environment (Swift's crash backtracer can stall a crashed child long after the crash).
    static func start(executable: String, arguments: [String]) throws(IsolatedRenderError) -> ChildRun {
        var input: [Int32] = [-1, -1]
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        #if os(Linux)
        let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, streamType, 0, &input) == 0 else { throw .workerFailed(message: "socketpair: \(errnoText())") }
        guard pipe(&output) == 0 else { closeAll(input); throw .workerFailed(message: "pipe: \(errnoText())") }
        guard pipe(&errors) == 0 else { closeAll(input + output); throw .workerFailed(message: "pipe: \(errnoText())") }
        for fd in [input[0], output[0], errors[0]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        for fd in [output[1], errors[1]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, input[1], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        // Own process group (killed as one on timeout); default signal handling and an empty mask, whatever the
        // parent ignores or blocks.
        var defaults = sigset_t()
        sigfillset(&defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        closeAll([input[1], output[1], errors[1]])
        guard status == 0 else {
            closeAll([input[0], output[0], errors[0]])
            throw .workerFailed(message: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        #if !os(Linux)
        var one: Int32 = 1
        _ = setsockopt(input[0], SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        for fd in [input[0], output[0], errors[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        return ChildRun(pid: pid, stdinFD: input[0], stdoutFD: output[0], stderrFD: errors[0])
    }

    /// Writes `input` to the child, collects its output until both streams close, and reaps it; past `timeout`
    /// seconds (or `maximumOutput` bytes on standard output) kills its process group. Standard error keeps the
    /// first 64 KiB.
    ///
    /// - Complexity: O(input + output).
    func communicate(input: [UInt8], timeout: Double, maximumOutput: Int) -> Result {
        let deadline = Self.now() + max(0, timeout)
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var written = 0
        var inputOpen = true, outOpen = true, errOpen = true
        var forced: Ending? = nil
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        if input.isEmpty { shutdown(stdinFD, Int32(SHUT_WR)); close(stdinFD); inputOpen = false }

        while outOpen || errOpen {
            let remaining = deadline - Self.now()
            if remaining <= 0 { forced = .timedOut; break }
            var fds: [pollfd] = []
            if inputOpen { fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
            if outOpen { fds.append(pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)) }
            if errOpen { fds.append(pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000).rounded(.up)))
            if ready < 0 && errno != EINTR { forced = .exited(-1); break }
            if ready <= 0 { continue }
            for entry in fds where entry.revents != 0 {
                if entry.fd == stdinFD {
                    let sent = input.withUnsafeBytes { raw -> Int in
                        guard let base = raw.baseAddress else { return 0 }
                        #if os(Linux)
                        let flags = Int32(MSG_NOSIGNAL)
                        #else
                        let flags: Int32 = 0
                        #endif
                        return send(stdinFD, base + written, input.count - written, flags)
                    }
                    if sent > 0 { written += sent }
                    // Done, or the child stopped reading (EPIPE): either way no more input.
                    if written >= input.count || (sent < 0 && errno != EAGAIN && errno != EINTR)
                        || entry.revents & Int16(POLLERR | POLLHUP) != 0
                    {
                        shutdown(stdinFD, Int32(SHUT_WR))
                        close(stdinFD)
                        inputOpen = false
                    }
                } else {
                    let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if entry.fd == stdoutFD {
                            stdout += buffer[0..<count]
                            if stdout.count > maximumOutput { forced = .outputTooLarge }
                        } else if stderr.count < 1 << 16 {
                            stderr += buffer[0..<min(count, (1 << 16) - stderr.count)]
                        }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(entry.fd)
                        if entry.fd == stdoutFD { outOpen = false } else { errOpen = false }
                    }
                }
            }
            if forced != nil { break }
        }
        if inputOpen { close(stdinFD) }
        if outOpen { close(stdoutFD) }
        if errOpen { close(stderrFD) }

        // Streams closed: the child is exiting. Wait for it, still within the deadline.
        var status: Int32 = 0
        if forced == nil {
            while true {
                let reaped = waitpid(pid, &status, WNOHANG)
                if reaped == pid { break }
                if reaped < 0 && errno != EINTR { return Result(ending: .exited(-1), stdout: stdout, stderr: stderr) }
                if Self.now() >= deadline { forced = .timedOut; break }
                usleep(2_000)
            }
        }
        if let forced {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return Result(ending: forced, stdout: stdout, stderr: stderr)
        }
        let signalled = status & 0x7f
        if signalled == 0 { return Result(ending: .exited((status >> 8) & 0xff), stdout: stdout, stderr: stderr) }
        return Result(ending: .signal(signalled), stdout: stdout, stderr: stderr)
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

private func closeAll(_ fds: [Int32]) { for fd in fds where fd >= 0 { close(fd) } }

private func errnoText() -> String { String(cString: strerror(errno)) }
