import FolioModel
import FolioReader
import Foundation

/// Runs the reader on the terminal until the person quits or a signal ends it.
public enum ReaderLoop {
    /// The process's exit status: 0 after `q`, 128 + the signal after one.
    /// `save` is given the state whenever its read marks changed (at most
    /// twice a second) and once more on the way out, signals included; what
    /// it returns is shown on the status line.
    /// `arrival` is asked on every turn for the whole archive while only its
    /// start is shown (`state.loading`).
    public static func run(_ initial: ReaderState, terminal: Terminal,
                           arrival: () -> Corpus? = { nil },
                           save: (ReaderState) -> String? = { _ in nil }) -> Int32 {
        var state = initial
        state.incremental = true
        let (w, h) = terminal.size
        state.handle(.resize(width: w, height: h))
        state.handle(.tick(wallClock()))
        var fastFailures = 0
        var savedRevision = state.marksRevision
        var lastSave = 0.0
        func saveIfChanged(force: Bool) {
            guard state.marksRevision != savedRevision, force || state.now - lastSave >= 0.5 else { return }
            savedRevision = state.marksRevision
            lastSave = state.now
            if let warning = save(state) { state.message = warning }
        }
        defer { terminal.close() }
        while true {
            terminal.paint(state.screen, everything: state.redrawAll)
            state.redrawAll = false
            let started = monotonicMilliseconds()
            // A search under way goes on between keys: only what is queued is read.
            let first = terminal.read(waiting: state.scan != nil ? 0 : state.loading ? 30 : 250)
            if state.loading, let corpus = arrival() {
                state.replace(corpus: corpus)
            }
            let signal = terminal.takeQuitSignal()
            if signal != 0 {
                saveIfChanged(force: true)
                return 128 + signal
            }
            if state.scan != nil, first == nil {
                state.advanceScan(budget: SearchScan.slice)
                continue
            }
            if let key = first {
                fastFailures = 0
                state.handle(key)
                // Keys that arrived together are handled before the next frame.
                state.deferWork = true
                var burst = 0
                while !state.quit, burst < 10_000, let more = terminal.read(waiting: 0) {
                    state.handle(more)
                    burst += 1
                }
                state.deferWork = false
                state.settle()
            } else {
                // A read that fails at once, again and again, means the terminal
                // is gone (EOF or EIO): stop rather than spin.
                fastFailures = monotonicMilliseconds() - started < 5 ? fastFailures + 1 : 0
                if fastFailures > 50 {
                    saveIfChanged(force: true)
                    return 1
                }
            }
            state.handle(.tick(wallClock()))
            saveIfChanged(force: state.quit)
            if state.quit { return 0 }
        }
    }

    static func wallClock() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func monotonicMilliseconds() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1000 + t.tv_nsec / 1_000_000
    }
}
