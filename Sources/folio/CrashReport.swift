import CFolioCrash
import FoundationEssentials
import Glibc

/// Swift's crash reporter, started on a terminal, waits up to 30 s at it
/// for a key ("Press space to interact, D to debug"), over a screen the
/// reader has just left. It reads `SWIFT_BACKTRACE` only while the program
/// loads. Built with the runtime inside it, folio sets it before the
/// runtime starts (`crash.c`); otherwise it starts itself again, once, with
/// interaction off. A setting the person gave is kept.
enum CrashReport {
    static func neverWaitForAKey() {
        if folio_crash_report_set_before_runtime() == 1 { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }  // otherwise it is off already
        let given = ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] ?? ""
        if given.contains("interactive=") || given.contains("enable=no") { return }
        setenv("SWIFT_BACKTRACE", given.isEmpty ? "interactive=no" : given + ",interactive=no", 1)
        // By its own path, so that the process keeps its name (`ps`, `pgrep folio`).
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard readlink("/proc/self/exe", &path, Int(PATH_MAX)) > 0 else { return }
        execv(path, CommandLine.unsafeArgv)
        // Where the program cannot be started again, it runs as it is.
    }
}
