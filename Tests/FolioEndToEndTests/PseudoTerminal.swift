import Foundation

/// folio on a pseudo-terminal of its own, every byte it writes kept: for
/// proving what reaches a terminal, byte by byte.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    private(set) var output: [UInt8] = []

    init(_ arguments: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        // posix_openpt and friends are hidden from Swift's Glibc: the same by hand
        // (on Linux, grantpt has nothing to do; unlock, then ask for the number).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.ENXIO)
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": NSTemporaryDirectory(),
                   "XDG_STATE_HOME": FolioProcess.isolatedState, "XDG_CACHE_HOME": FolioProcess.isolatedState + "/cache",
                   "SWIFT_BACKTRACE": "enable=no",
                   "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
        for (k, v) in environment { env[k] = v }
        let master = self.master
        // A session of its own, so the pseudo-terminal is folio's controlling terminal.
        let child = try Spawn.start([FolioProcess.binary] + arguments, environment: env, newSession: true) { actions in
            for fd: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
            posix_spawn_file_actions_addclose(&actions, master)
        }
        pid = child
    }

    /// Reads until `text` has been written (as contiguous bytes) or time is up.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        var from = max(0, output.count - needle.count)
        while Date() < deadline {
            if output.count >= needle.count, output[from...].firstRange(of: needle) != nil { return true }
            from = max(0, output.count - needle.count)
            pump(until: deadline)
        }
        return false
    }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Waits for folio to end, reading what it writes meanwhile; its status.
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                pump(until: Date().addingTimeInterval(0.05))
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
            pump(until: min(deadline, Date().addingTimeInterval(0.05)))
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return nil
    }

    private func pump(until deadline: Date) {
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ms = Int32(max(0, min(50, deadline.timeIntervalSinceNow * 1000)))
        guard poll(&fds, 1, ms) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = read(master, &buffer, buffer.count)
        if n > 0 { output += buffer[0..<n] }
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        close(master)
    }
}
