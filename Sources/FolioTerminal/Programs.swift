import FolioModel
import FolioReader
import Dispatch
import FoundationEssentials
import Glibc

/// What the reader asks of the world past the screen: a browser, a shell
/// command, a file, the editor. The loop is given one; tests give their own.
public protocol Outside {
    /// Hands `url` to a browser, detached; a message when nothing could take it.
    func open(_ url: String) -> String?
    /// Runs `command` with `input` on its standard input and the terminal as
    /// its own; a message when it could not run or failed.
    func pipe(_ input: String, to command: String) -> String?
    /// Writes the file, or says it is there; what the reader is told.
    func save(_ text: String, to path: String, overwrite: Bool) -> ReaderEvent
    /// Runs the person's editor on `file` at `line`, on the terminal.
    func edit(_ file: String, line: Int) -> String?
}

/// The real programs and files, run with posix_spawn: never through a
/// shell with content in its words.
public struct Programs: Outside {
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) { self.environment = environment }

    /// `$BROWSER`, a `:`-separated list as xdg-utils reads it (`%s` stands
    /// for the URL, else it comes last), then `xdg-open`.
    public func open(_ url: String) -> String? {
        guard LinkPolicy.isOpenable(url) else { return "Not opened: not a link folio opens" }
        let browsers = (environment["BROWSER"] ?? "").split(separator: ":").map(String.init) + ["xdg-open"]
        for browser in browsers {
            var words = browser.split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            if words.contains(where: { $0.contains("%s") }) {
                words = words.map { $0.replacing("%s", with: url) }
            } else {
                words.append(url)
            }
            // Detached: a session of its own, nothing of it on folio's screen.
            if let pid = try? spawn(words, detached: true) {
                DispatchQueue.global().async { Self.wait(pid) }
                return nil
            }
        }
        return "Nothing can open links: set BROWSER, or install xdg-open"
    }

    public func pipe(_ input: String, to command: String) -> String? {
        var fds: [Int32] = [-1, -1]
        guard Glibc.pipe(&fds) == 0 else { return "Could not run “\(VisibleText.clean(command))”" }
        let pid: pid_t
        do {
            pid = try spawn(["/bin/sh", "-c", command], detached: false, stdin: fds[0], closing: fds[1])
        } catch {
            close(fds[0]); close(fds[1])
            return "Could not run “\(VisibleText.clean(command))”: \(error)"
        }
        close(fds[0])
        // Written while the command reads, so that a large post cannot block both.
        let writer = fds[1]
        let bytes = Array(input.utf8)
        DispatchQueue.global().async {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBufferPointer { write(writer, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                sent += n
            }
            close(writer)
        }
        let status = Self.wait(pid)
        Self.waitForEnter()
        return status == 0 ? nil : "“\(VisibleText.clean(command))” ended with status \(status)"
    }

    /// `~` at the start is the home folder; nothing is replaced unasked.
    public func save(_ text: String, to path: String, overwrite: Bool) -> ReaderEvent {
        let full = path.hasPrefix("~/") ? (environment["HOME"] ?? "~") + path.dropFirst() : path
        if !overwrite, FileManager.default.fileExists(atPath: full) { return .exists(path: path) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: .atomic)
            return .saved(path: full)
        } catch {
            return .warning("Not saved to \(VisibleText.clean(full)): \(VisibleText.clean(ErrorReason.of(error)))")
        }
    }

    /// `$VISUAL`, else `$EDITOR`, else vi, with `+LINE` as vi, emacs and nano read it.
    public func edit(_ file: String, line: Int) -> String? {
        guard FileManager.default.fileExists(atPath: file) else { return "\(VisibleText.clean(file)) is not there to edit" }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // The editor's words are the person's own setting; the file goes as an argument.
        guard let pid = try? spawn(["/bin/sh", "-c", editor + " \"$@\"", "folio-editor", "+\(line)", file], detached: false) else {
            return "Could not run the editor “\(VisibleText.clean(editor))”"
        }
        let status = Self.wait(pid)
        return status == 0 ? nil : "The editor ended with status \(status)"
    }

    private func spawn(_ argv: [String], detached: Bool, stdin: Int32? = nil, closing: Int32? = nil) throws -> pid_t {
        try ProcessSpawn.start(argv, environment: environment, newSession: detached) { actions in
            if detached {
                for fd: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
            } else if let stdin {
                posix_spawn_file_actions_adddup2(&actions, stdin, 0)
                posix_spawn_file_actions_addclose(&actions, stdin)
            }
            if let closing { posix_spawn_file_actions_addclose(&actions, closing) }
        }
    }

    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// As mutt does after a command: its output stays until the person has read it.
    static func waitForEnter() {
        let prompt = "\nPress Enter to go back to folio "
        _ = prompt.utf8CString.withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count - 1) }
        guard let tty = fopen("/dev/tty", "r") else { return }
        defer { fclose(tty) }
        while true {
            let c = fgetc(tty)
            if c == EOF || c == 10 || c == 13 { break }
        }
    }
}

/// posix_spawn with an empty signal mask and default dispositions: the
/// threads of a runtime block signals, and a child would inherit that.
public enum ProcessSpawn {
    /// Starts `argv` (in a session of its own when `newSession`), its files set by `files`.
    public static func start(_ argv: [String], environment: [String: String], newSession: Bool = false,
                             files: (inout posix_spawn_file_actions_t) -> Void) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        files(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        // 0x80 is POSIX_SPAWN_SETSID, which Swift's Glibc does not export.
        let flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | (newSession ? 0x80 : 0)
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            args.forEach { free($0) }
            env.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, argv[0], &actions, &attributes, args, env)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return pid
    }
}
