import CFolioTerminal
import FolioModel
import FolioReader
import FoundationEssentials
import Glibc

/// The terminal, in curses mode from `open` until `close`. The only code
/// that talks to curses: it reads keys and paints screens, nothing more.
public final class Terminal: TerminalDevice {
    public enum OpenError: Error, CustomStringConvertible {
        case notATerminal
        case noTerm
        case unknownTerm(String)
        case noCursorAddressing(String)
        case oversized(String, Int)

        public var description: String {
            switch self {
            case .notATerminal: return "the reader needs a terminal on standard input and output"
            case .noTerm: return "TERM is not set, so the terminal's kind is unknown; set it (for example TERM=xterm-256color) or use --list"
            case .unknownTerm(let t): return "unknown terminal type “\(t)”; set TERM to one this system knows (for example xterm-256color) or use --list"
            case .noCursorAddressing(let t): return "the terminal type “\(t)” cannot move the cursor; use a full terminal or --list"
            case .oversized(let name, let n): return "\(name)=\(n) is more than any terminal has; unset it or set the terminal's real size"
            }
        }
    }

    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var last: Screen?
    private var closed = false
    private let mouse: Bool
    private let hyperlinks: Bool
    /// A SIGTERM or SIGHUP that came while a program had the terminal.
    private var heldSignal: Int32 = 0

    public static func open(colors: Bool, scheme: ColorScheme = .standard, mouse: Bool = false, hyperlinks: Bool = true) throws -> Terminal {
        guard isatty(1) == 1 else { throw OpenError.notATerminal }
        // Posts piped in (`lynx -dump URL | folio -`): keys come from the terminal itself, as less reads them.
        guard let input = isatty(0) == 1 ? folio_stdin() : fopen("/dev/tty", "r") else { throw OpenError.notATerminal }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty else { throw OpenError.noTerm }
        // curses believes LINES and COLUMNS over the terminal, and fails on a size it cannot hold.
        for name in ["LINES", "COLUMNS"] {
            if let n = ProcessInfo.processInfo.environment[name].flatMap({ Int($0) }), n > 10_000 { throw OpenError.oversized(name, n) }
        }
        TextWidth.setUpLocale()
        folio_catch_quit_signals()
        guard let screen = folio_newterm(input) else { throw OpenError.unknownTerm(VisibleText.clean(term)) }
        guard folio_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw OpenError.noCursorAddressing(VisibleText.clean(term))
        }
        return Terminal(screen: screen, input: input, colors: colors, scheme: scheme, mouse: mouse, hyperlinks: hyperlinks)
    }

    private init(screen: OpaquePointer, input: UnsafeMutablePointer<FILE>, colors: Bool, scheme: ColorScheme, mouse: Bool,
                 hyperlinks: Bool) {
        self.hyperlinks = hyperlinks
        screenPointer = screen
        window = folio_stdscr()
        self.mouse = mouse
        folio_restore_on_crash()
        atexit { Terminal.restoreAtExit() }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        folio_flow_control_off(input)
        // Kept as curses' own program mode: a suspend or a command handed the terminal comes back to it.
        def_prog_mode()
        set_escdelay(25)
        curs_set(0)
        // With the mouse off, the terminal keeps its own selection and scrolling.
        // Only presses and the wheel, in SGR form (1006), which has no limit
        // of 223 columns: curses reads it where the terminal description
        // says so, and folio where it does not (tmux's says X10).
        if mouse {
            mousemask(FOLIO_BUTTON1_PRESSED | FOLIO_BUTTON4_PRESSED | FOLIO_BUTTON5_PRESSED, nil)
            mouseinterval(0)
            Self.writeRaw("\u{1B}[?1000h\u{1B}[?1006h")
            folio_note_sgr_mouse(1)
        }
        palette = Palette(colors: colors && has_colors(), scheme: scheme)
    }

    private static func restoreAtExit() {
        if !isendwin() { endwin() }
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// curses' key codes: made once, not at every read.
    private static let keys: [Int32: Key] = [KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
                                             KEY_NPAGE: .pageDown, KEY_PPAGE: .pageUp, KEY_HOME: .home, KEY_END: .end,
                                             KEY_ENTER: .enter, KEY_BACKSPACE: .backspace]

    public func read(waiting milliseconds: Int32) -> ReaderEvent? {
        wtimeout(window, milliseconds)
        var ch: wint_t = 0
        let result = wget_wch(window, &ch)
        if result == OK {
            guard let scalar = UnicodeScalar(UInt32(ch)) else { return nil }
            if mouse, scalar == "\u{1B}", let report = readSGRMouse() { return report }
            return .key(Key.typed(Character(scalar)))
        }
        guard result == KEY_CODE_YES else { return nil }
        if let key = Self.keys[Int32(ch)] { return .key(key) }
        switch Int32(ch) {
        case KEY_RESIZE:
            let (w, h) = size
            return .resize(width: w, height: h)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            if event.bstate & FOLIO_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
            if event.bstate & FOLIO_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
            if event.bstate & FOLIO_BUTTON1_PRESSED != 0 { return .mouse(MouseEvent(.press, x: x, y: y)) }
            return nil
        default:
            return nil
        }
    }

    /// After ESC: the rest of an SGR mouse report, `[<b;x;yM`, as the
    /// terminal sends it at once (nil when it is not one: what was read is
    /// put back to be read as keys; a release or a button folio does not use
    /// is read and comes to nothing).
    private func readSGRMouse() -> ReaderEvent?? {
        var taken: [wint_t] = []
        defer { for ch in taken.reversed() { unget_wch(wchar_t(bitPattern: ch)) } }
        func next() -> Character? {
            wtimeout(window, 0)
            var ch: wint_t = 0
            guard wget_wch(window, &ch) == OK, let scalar = UnicodeScalar(UInt32(ch)) else { return nil }
            taken.append(ch)
            return Character(scalar)
        }
        guard next() == "[", next() == "<" else { return nil }
        var text = ""
        while let c = next(), text.count < 16 {
            if c == "M" || c == "m" {
                let numbers = text.split(separator: ";").compactMap { Int($0) }
                taken = []
                guard c == "M", numbers.count == 3 else { return .some(nil) }
                let (button, x, y) = (numbers[0], numbers[1] - 1, numbers[2] - 1)
                let kind: MouseEvent.Kind? = switch button {
                case 0: .press
                case 64: .wheelUp
                case 65: .wheelDown
                default: nil
                }
                return .some(kind.map { .mouse(MouseEvent($0, x: x, y: y)) })
            }
            text.append(c)
        }
        return nil
    }

    static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        folio_write_raw(&bytes, bytes.count)
    }

    /// Paints the cells that differ from the last frame, from the first to
    /// the last that changed in each row (every cell when `everything`, as
    /// after Ctrl-L or a resize).
    public func paint(_ screen: Screen, everything: Bool) {
        let full = everything || last == nil || last!.width != screen.width || last!.height != screen.height
        if full { clearok(window, true) }
        var painted: [Int] = []
        for y in 0..<screen.height {
            let now = screen.columns(y)
            var first = now.startIndex, end = now.endIndex
            if !full, let before = last?.columns(y) {
                let offset = before.startIndex - now.startIndex
                while first < end, now[first] == before[first + offset] { first += 1 }
                while end > first, now[end - 1] == before[end - 1 + offset] { end -= 1 }
                guard first < end else { continue }
                // From the start of a character.
                while first > now.startIndex, now[first].isContinuation { first -= 1 }
            }
            paint(Array(now[first..<end]).filter { !$0.isContinuation }, y: y, x: first - now.startIndex)
            painted.append(y)
        }
        last = screen
        wnoutrefresh(window)
        doupdate()
        if hyperlinks && !screen.links.isEmpty {
            for y in painted { linkRow(screen, y: y) }
            folio_flush()
        }
    }

    /// OSC 8 over the links of row `y`, which curses has just drawn: each
    /// link's text drawn again between the two sequences, in its own look.
    /// mvcur and vid_attr keep curses' idea of the cursor and attributes true.
    private func linkRow(_ screen: Screen, y: Int) {
        let row = screen.columns(y)
        var x = 0
        while x < row.count {
            let link = Int(row[row.startIndex + x].link)
            guard link > 0, screen.links.indices.contains(link - 1), let url = Self.hyperlinkTarget(screen.links[link - 1]) else {
                x += 1
                continue
            }
            var end = x
            while end < row.count, row[row.startIndex + end].link == link || row[row.startIndex + end].isContinuation && end > x { end += 1 }
            let cells = row[row.startIndex + x..<row.startIndex + end].filter { !$0.isContinuation }
            let (attributes, pair) = palette.look(cells[cells.startIndex].style)
            mvcur(-1, -1, Int32(y), Int32(x))
            vid_attr(attributes, pair, nil)
            putp("\u{1B}]8;;" + url + "\u{1B}\\" + cells.map(\.text).joined() + "\u{1B}]8;;\u{1B}\\")
            vid_attr(0, 0, nil)
            mvcur(-1, -1, Int32(y), Int32(end))
            x = end
        }
    }

    /// The address as OSC 8 carries it: a link folio would open, ASCII only
    /// (the rest, and `$` that tputs would read as padding, percent-encoded).
    static func hyperlinkTarget(_ url: String) -> String? {
        guard LinkPolicy.isOpenable(url) else { return nil }
        var out = ""
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F && byte != 0x24 { out.append(Character(UnicodeScalar(byte))) } else { out += "%" + Digits.padded(Int(byte), width: 2, radix: 16, uppercase: true) }
        }
        return out
    }

    private func paint(_ row: [Cell], y: Int, x: Int) {
        var x = x
        var start = 0
        while start < row.count {
            var end = start
            var width = 0
            var text: [wchar_t] = []
            text.reserveCapacity(row.count - start)
            while end < row.count, row[end].style == row[start].style {
                // Scalar by scalar: an array made for each cell was a third of painting the first frame (2.0 ms, now 1.4 ms).
                for scalar in row[end].text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                width += row[end].width
                end += 1
            }
            let (attributes, pair) = palette.look(row[start].style)
            wattr_set(window, attributes, pair, nil)
            text.withUnsafeBufferPointer { buffer in
                _ = mvwaddnwstr(window, Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count))
            }
            x += width
            start = end
        }
        wattr_set(window, 0, 0, nil)
    }

    /// Leaves curses: the cursor, echo and the main screen come back.
    public func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        if mouse {
            Self.writeRaw("\u{1B}[?1006l\u{1B}[?1000l")
            folio_note_sgr_mouse(0)
        }
        delscreen(screenPointer)
    }

    public func takeQuitSignal() -> Int32 {
        defer { heldSignal = 0 }
        return heldSignal != 0 ? heldSignal : folio_take_quit_signal()
    }

    /// curses' way out and back (`def_prog_mode`, `endwin`, `reset_prog_mode`).
    /// Ctrl-C meanwhile was meant for the program, as in mutt, not for folio.
    public func handOver(_ run: () -> Void) {
        def_prog_mode()
        endwin()
        if mouse { Self.writeRaw("\u{1B}[?1006l\u{1B}[?1000l") }
        run()
        let signal = folio_take_quit_signal()
        if signal != 0 && signal != SIGINT { heldSignal = signal }
        reset_prog_mode()
        if mouse { Self.writeRaw("\u{1B}[?1000h\u{1B}[?1006h") }
        last = nil
    }

    /// OSC 52: the terminal's clipboard, where it allows it.
    public func copy(_ text: String) {
        Self.writeRaw("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{7}")
    }
}
