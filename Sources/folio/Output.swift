import FolioReader
import Foundation

enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on standard error, prefixed with the program's name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("folio: \(message)\n".utf8))
    }

    /// Output to a terminal, and keys to read: from standard input, or,
    /// when posts are piped in, from the terminal itself, as less reads them.
    static var isInteractive: Bool {
        guard isatty(1) == 1 else { return false }
        if isatty(0) == 1 { return true }
        let tty = open("/dev/tty", O_RDONLY)
        if tty >= 0 { close(tty) }
        return tty >= 0
    }

    static func terminalWidth() -> Int? {
        var size = winsize()
        guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
