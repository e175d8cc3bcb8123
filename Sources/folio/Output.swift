import FolioModel
import FolioReader
import Dispatch
import FoundationEssentials
import Glibc

/// The one way folio writes to standard output and error. A write that
/// fails ends folio with status 1: quietly for a reader that went away
/// (EPIPE, as when `head` has what it wants), else with one line on
/// standard error if that can be written. Never a crash.
enum Output {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    static func write(bytes: UnsafeBufferPointer<UInt8>) {
        if let failure = writeAll(1, bytes) {
            if failure != EPIPE { _ = writeAll(2, "folio: cannot write the output: \(String(cString: strerror(failure)))\n") }
            Glibc.exit(1)
        }
    }

    /// `--list` on both cores: the columns of each half measured apart, then
    /// the second half's lines made while the first half's are made and written.
    static func list(_ posts: [Post], marks: @escaping @Sendable (Post) -> String?) {
        let half = posts.count / 2
        nonisolated(unsafe) var second: PlainOutput.Listing?
        let measured = DispatchGroup()
        DispatchQueue.global().async(group: measured) { second = PlainOutput.Listing(posts, half..<posts.count) }
        let first = PlainOutput.Listing(posts, 0..<half)
        measured.wait()
        let listing = PlainOutput.Listing(joining: [first, second!])
        nonisolated(unsafe) var rest: [UInt8] = []
        rest.reserveCapacity(listing.room(for: half..<posts.count))
        let made = DispatchGroup()
        DispatchQueue.global().async(group: made) { listing.lines(posts, half..<posts.count, marks: marks) { rest += $0 } }
        listing.lines(posts, 0..<half, marks: marks) { $0.withUnsafeBufferPointer { write(bytes: $0) } }
        made.wait()
        rest.withUnsafeBufferPointer { write(bytes: $0) }
    }

    /// One line on standard error, prefixed with the program's name; lost
    /// when standard error cannot be written, with nowhere else to say it.
    static func error(_ message: String) {
        _ = writeAll(2, "folio: \(message)\n")
    }

    /// A line of standard error as it is, after an `error` that introduced it.
    static func errorLine(_ line: String) {
        _ = writeAll(2, line + "\n")
    }

    /// The errno of a write that failed, or nil once every byte is out.
    private static func writeAll(_ fd: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { writeAll(fd, $0) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var sent = 0
        while sent < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + sent, bytes.count - sent)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n < 0 ? errno : EIO }
            sent += n
        }
        return nil
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
