import FolioReader
import Foundation

/// Runs the reader on the terminal until the person quits or a signal ends it.
public enum ReaderLoop {
    /// The process's exit status: 0 after `q`, 128 + the signal after one.
    public static func run(_ initial: ReaderState, terminal: Terminal) -> Int32 {
        var state = initial
        let (w, h) = terminal.size
        state.handle(.resize(width: w, height: h))
        var fastFailures = 0
        defer { terminal.close() }
        while true {
            terminal.paint(state.screen, everything: state.redrawAll)
            state.redrawAll = false
            let started = monotonicMilliseconds()
            let first = terminal.read(waiting: 250)
            if let signal = Optional(terminal.takeQuitSignal()), signal != 0 { return 128 + signal }
            guard let key = first else {
                // A read that fails at once, again and again, means the terminal
                // is gone (EOF or EIO): stop rather than spin.
                fastFailures = monotonicMilliseconds() - started < 5 ? fastFailures + 1 : 0
                if fastFailures > 50 { return 1 }
                continue
            }
            fastFailures = 0
            state.handle(key)
            // Keys that arrived together are handled before the next frame.
            var burst = 0
            while !state.quit, burst < 10_000, let more = terminal.read(waiting: 0) {
                state.handle(more)
                burst += 1
            }
            if state.quit { return 0 }
        }
    }

    static func monotonicMilliseconds() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1000 + t.tv_nsec / 1_000_000
    }
}
