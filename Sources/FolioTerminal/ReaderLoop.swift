import FolioModel
import FolioReader
import FoundationEssentials
import Glibc

/// What the loop needs of a terminal: the curses one, or a scripted one in tests.
public protocol TerminalDevice: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// The next key, mouse event or resize, waiting at most `milliseconds`
    /// (0: only what is queued).
    func read(waiting milliseconds: Int32) -> ReaderEvent?
    /// Paints what differs from the last frame; every cell when `everything`.
    func paint(_ screen: Screen, everything: Bool)
    /// A quit signal caught since the last call, or 0.
    func takeQuitSignal() -> Int32
    func close()
    /// Leaves the screen to `run` (a command, the editor) and takes it back.
    func handOver(_ run: () -> Void)
    /// Puts `text` on the terminal's clipboard.
    func copy(_ text: String)
}

extension TerminalDevice {
    public func handOver(_ run: () -> Void) { run() }
    public func copy(_ text: String) {}
}

/// Runs the reader on a terminal until the person quits or a signal ends
/// it. The loop only turns what the terminal and the clock say into
/// events, and carries out the effects `update` returns.
public enum ReaderLoop {
    /// The process's exit status: 0 after `q`, 128 + the signal after one.
    /// `save` is given the state on each `saveMarks`; what it returns is
    /// shown on the status line. `arrival` is asked on every turn for the
    /// whole archive while only its start is shown (`state.loading`).
    /// `afterFirstFrame` is called once the first screen is on the terminal.
    public static func run(_ initial: ReaderState, terminal: TerminalDevice,
                           arrival: () -> CorpusSoFar? = { nil },
                           save: (ReaderState) -> String? = { _ in nil },
                           news: () -> [ReaderEvent] = { [] },
                           afterFirstFrame: () -> Void = {},
                           outside: Outside = Programs(),
                           clock: () -> Double = wallClock) -> Int32 {
        var state = initial
        var redraw = false
        defer { terminal.close() }
        /// A program on the terminal, then the screen back, whole.
        func handOver(_ run: () -> String?) {
            var said: String?
            terminal.handOver { said = run() }
            redraw = true
            if let said { _ = ReaderState.update(&state, .warning(said)) }
        }
        /// The status to exit with, once the effects before it are done.
        func send(_ event: ReaderEvent) -> Int32? {
            for effect in ReaderState.update(&state, event) {
                switch effect {
                case .saveMarks:
                    if let warning = save(state) { _ = ReaderState.update(&state, .warning(warning)) }
                case .redrawAll: redraw = true
                case .quit(let status): return status
                case .open(let url):
                    if let said = outside.open(url) { _ = ReaderState.update(&state, .warning(said)) }
                    // A browser that writes to the terminal anyway (it was given /dev/null) is painted over.
                    redraw = true
                case .pipe(let command, let input): handOver { outside.pipe(input, to: command) }
                case .edit(let file, let line): handOver { outside.edit(file, line: line) }
                case .save(let path, let text, let overwrite):
                    _ = ReaderState.update(&state, outside.save(text, to: path, overwrite: overwrite))
                case .copy(let text): terminal.copy(text)
                }
            }
            return nil
        }
        let (w, h) = terminal.size
        _ = send(.resize(width: w, height: h))
        _ = send(.tick(clock()))
        var fastFailures = 0
        var lastKey = Int.min / 2
        // A turn that changed nothing on screen (the clock's tick while an
        // archive arrives, a hundred times a second) draws nothing: the
        // cores are the parse's.
        var drawn: ReaderState?
        while true {
            if redraw || !(drawn?.drawsTheSame(as: state) ?? false) {
                terminal.paint(state.screen, everything: redraw)
                if drawn == nil { afterFirstFrame() }
                drawn = state
            }
            redraw = false
            let started = monotonicMilliseconds()
            // A search under way goes on between keys: only what is queued is read.
            // While the archive arrives, each piece is shown within a frame of its coming.
            var input = terminal.read(waiting: state.query.scan != nil ? 0 : state.loading ? 10 : 250)
            var events: [ReaderEvent] = []
            if state.loading, let soFar = arrival() { events.append(.arrived(soFar)) }
            // What happened elsewhere meanwhile: the marks read, a save that failed.
            events += news()
            let signal = terminal.takeQuitSignal()
            if signal != 0 { events.append(.signal(signal)) }
            for event in events {
                if let status = send(event) { return status }
            }
            events = []
            // Keys that arrived together are handled before the next frame,
            // each read once the one before is handled: the keys after a
            // quit stay for the shell. Keys pasted or sent in a stream come
            // a moment apart: the burst ends when none comes within a
            // millisecond (for 50 ms at most, so that a stream is still
            // seen moving), as less waits for typeahead before it paints;
            // 1,000 j were a hundred frames. A key alone, with none just
            // before it and none behind it, is painted at once: waiting for
            // a stream that was not coming made every key typed 1 ms later.
            var pressed = 0
            let burst = monotonicMilliseconds()
            let streaming = burst - lastKey < 20
            while case .key(let key)? = input, pressed < 10_000 {
                if let status = send(.pressed(key)) { return status }
                pressed += 1
                input = terminal.read(waiting: 0)
                if input == nil, streaming || pressed > 1, monotonicMilliseconds() - burst < 50 { input = terminal.read(waiting: 1) }
            }
            if pressed > 0 {
                lastKey = monotonicMilliseconds()
                events.append(.settled)
            }
            if let input { events.append(input) }
            if pressed == 0, input == nil {
                if state.query.scan != nil {
                    events.append(.idle)
                } else {
                    // A read that fails at once, again and again, means the
                    // terminal is gone (EOF or EIO): stop rather than spin.
                    fastFailures = monotonicMilliseconds() - started < 5 ? fastFailures + 1 : 0
                    if fastFailures > 50 { events.append(.terminalGone) }
                }
            } else {
                fastFailures = 0
            }
            events.append(.tick(clock()))
            for event in events {
                if let status = send(event) { return status }
            }
        }
    }

    public static func wallClock() -> Double {
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
