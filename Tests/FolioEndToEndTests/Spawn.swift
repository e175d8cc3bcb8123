import Foundation
import FolioTerminal

/// Runs a command with posix_spawn and waits for it with waitpid. Foundation's
/// Process hands children the blocked signal mask of the thread that spawns
/// them and, here, did not always reap tmux's client: a tmux server started
/// that way ignored SIGTERM, SIGHUP and SIGWINCH for everything under it.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
    }

    /// `output: false` sends standard output to /dev/null, for commands that
    /// leave a daemon behind holding whatever they were given.
    static func run(_ argv: [String], environment: [String: String], output: Bool = true) throws -> Result {
        var pipe: [Int32] = [-1, -1]
        if output { guard Glibc.pipe(&pipe) == 0 else { throw POSIXError(.EIO) } }
        let pid: pid_t
        do {
            pid = try start(argv, environment: environment) { actions in
                if output {
                    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
                    posix_spawn_file_actions_addclose(&actions, pipe[0])
                    posix_spawn_file_actions_addclose(&actions, pipe[1])
                } else {
                    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                }
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            }
        } catch {
            if output { close(pipe[0]); close(pipe[1]) }
            throw error
        }
        if output { close(pipe[1]) }
        var data = [UInt8]()
        if output {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(pipe[0], &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                data += buffer[0..<n]
            }
            close(pipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return Result(status: status, output: String(decoding: data, as: UTF8.self))
    }

    static func start(_ argv: [String], environment: [String: String], newSession: Bool = false,
                      files: (inout posix_spawn_file_actions_t) -> Void) throws -> pid_t {
        try ProcessSpawn.start(argv, environment: environment, newSession: newSession, files: files)
    }
}

/// A value written from other threads, under a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func change(_ edit: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        edit(&stored)
    }
}
