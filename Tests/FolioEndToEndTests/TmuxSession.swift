import Foundation
import Testing

/// The built folio in a real terminal: a tmux server of its own (its own
/// socket and tmp dir, killed in `close`), driven with send-keys and read
/// with capture-pane. Waits poll the screen with a deadline, never sleep.
final class TmuxSession {
    let socket = "folio-test-\(UUID().uuidString.prefix(8))"
    let directory: URL
    private(set) var closed = false

    /// Starts `folio ARGS` under `bash`, which prints `[exit=N]` and the tty
    /// modes (`modes: icanon echo`) once folio ends, then stays for capture.
    init(_ arguments: [String] = [], width: Int = 100, height: Int = 30, term: String? = "tmux-256color",
         environment: [String: String] = [:], interactiveShell: Bool = false, piping file: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let home = directory.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var env = ["LANG": "C.UTF-8", "TZ": "UTC", "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache",
                   "SWIFT_BACKTRACE": "interactive=no"]
        for (k, v) in environment { env[k] = v }
        let exports = env.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value))" }
        // The test runner's own environment may carry NO_COLOR or COLUMNS: pin what folio reads.
        let unset = ["NO_COLOR", "COLUMNS", "LINES", "LC_ALL"].filter { environment[$0] == nil }
            .map { "unset \($0)" }
        var termSetting = "unset TERM"
        if let term { termSetting = "export TERM=\(Self.quote(term))" }
        let folio = (file.map { "cat \(Self.quote($0)) | " } ?? "") + ([FolioProcess.binary] + arguments).map(Self.quote).joined(separator: " ")
        let script: String
        if interactiveShell {
            script = (exports + unset + [termSetting, "export PS1='$ '", "exec bash --norc --noprofile -i"])
                .joined(separator: "; ")
        } else {
            script = (exports + unset + [termSetting, folio,
                                 "echo \"[exit=$?]\"; echo modes: $(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' ')",
                                 "exec sleep 86400"]).joined(separator: "; ")
        }
        // The server this starts would inherit a pipe and hold it open forever.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                  "bash --norc --noprofile -c \(Self.quote(script))"], output: false)
        try tmux(["set-option", "-s", "escape-time", "0"])
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: [String], output: Bool = true) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["TMUX_TMPDIR"] = directory.path
        env.removeValue(forKey: "TMUX")
        return try Spawn.run(["tmux", "-L", socket] + arguments, environment: env, output: output).output
    }

    func send(_ keys: String...) { _ = try? tmux(["send-keys"] + keys) }
    func type(_ text: String) { _ = try? tmux(["send-keys", "-l", text]) }

    func screen(styles: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p"] + (styles ? ["-e"] : []))) ?? ""
    }

    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls until `condition` holds for the screen; records the last screen
    /// as a failure when `timeout` passes first.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, styles: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen(styles: styles)
            if condition(last) { return last }
            usleep(30_000)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// The status folio exited with, once it has.
    func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        let screen = waitFor("folio to exit", sourceLocation: sourceLocation) { $0.contains("[exit=") }
        guard let range = screen.range(of: "[exit=") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// The process id of folio in the pane.
    func folioPID() -> Int32? {
        let shell = display("#{pane_pid}")
        let out = (try? Spawn.run(["pgrep", "-P", shell, "-x", "folio"],
                                  environment: ProcessInfo.processInfo.environment).output) ?? ""
        return out.split(separator: "\n").first.flatMap { Int32($0) }
    }

    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { close() }
}
