import CFolioLines
import CFolioUTF8
import Glibc

/// A capture's bytes as lines: any line ending (LF, CRLF, CR), a leading
/// byte-order mark dropped, invalid UTF-8 replaced by U+FFFD and reported.
///
/// Lines are ranges of the capture's bytes, decoded only when the parser
/// asks: a 100 MB archive has a million lines, and a String for each cost
/// most of the parse and twice the file in memory.
public final class CaptureText {
    public struct Line {
        /// 1-based line number in the file.
        public let number: Int
        fileprivate let base: UnsafePointer<UInt8>
        let start: Int
        let end: Int
        /// Leading blank columns, a tab counted to the next multiple of 4.
        public let indent: Int
        /// UTF-8 offset of the text after a list bullet; 0 when there is none.
        let bulletEnd: Int

        public var isBlank: Bool { start == end }

        /// The line without indentation and trailing blanks.
        public var text: String { String(decoding: bytes, as: UTF8.self) }

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: end - start) }

        var byteCount: Int { end - start }

        var lastByte: UInt8? { end > start ? base[end - 1] : nil }

        func starts(with prefix: StaticString) -> Bool {
            guard byteCount >= prefix.utf8CodeUnitCount else { return false }
            return memcmp(base + start, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
        }

        /// The text after the bullet, or nil for a line without one.
        var bulletText: String? {
            bulletEnd == 0 ? nil : String(decoding: UnsafeBufferPointer(start: base + start + bulletEnd,
                                                                        count: end - start - bulletEnd), as: UTF8.self)
        }
    }

    public private(set) var lines: [Line] = []
    public private(set) var problems: [Problem] = []
    /// Where the posts' texts read from these lines keep their bytes, and
    /// the offset there of the first byte: this memory, or the file a
    /// piece of a large capture was read from.
    let kept: (bytes: any KeptBytes, at: Int)
    /// The memory the lines are in, when the text owns it.
    private let memory: CaptureBytes?

    /// Nil when the bytes are not text at all (an image, an executable).
    public convenience init?(bytes: [UInt8], file: String) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = storage.initialize(from: bytes)
        self.init(owning: UnsafeMutableBufferPointer(rebasing: storage[0..<bytes.count]), allocation: storage, file: file)
    }

    /// Takes `allocation`, which holds `bytes`: it is freed when neither this
    /// text nor a post's text read from it is left.
    /// `firstLine` numbers the first line: a part of a file starts where the
    /// part before it ended.
    convenience init?(owning bytes: UnsafeMutableBufferPointer<UInt8>, allocation: UnsafeMutableBufferPointer<UInt8>,
                      file: String, firstLine: Int = 1, keptIn: (bytes: any KeptBytes, at: Int)? = nil) {
        let memory = CaptureBytes(allocation, holding: UnsafeBufferPointer(bytes))
        self.init(UnsafeBufferPointer(bytes), memory: memory, kept: keptIn ?? (memory, 0), file: file, firstLine: firstLine)
    }

    /// Lines of `bytes`, which stay the caller's and must outlive the text;
    /// the posts' texts are read from `keptIn`, so that the caller may
    /// reuse the memory once the parse is done.
    convenience init?(borrowing bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int,
                      keptIn: (bytes: any KeptBytes, at: Int)) {
        self.init(bytes, memory: nil, kept: keptIn, file: file, firstLine: firstLine)
    }

    private init?(_ buf: UnsafeBufferPointer<UInt8>, memory: CaptureBytes?, kept: (bytes: any KeptBytes, at: Int),
                  file: String, firstLine: Int) {
        (self.memory, self.kept) = (memory, kept)
        if CaptureText.looksBinary(buf) { return nil }
        let n = buf.count
        let start = n >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
        lines.reserveCapacity(n / 60)
        guard let base = buf.baseAddress else { return }
        let bad = CaptureText.split(base, start..<n, firstLine: firstLine, into: &lines)
        if bad.lines > 0 {
            problems.append(.invalidUTF8(file: file, line: bad.first, lines: bad.lines))
        }
    }

    /// The lines of `range`, numbered from `firstLine`, appended to `lines`;
    /// how many are not UTF-8, and the first of them.
    static func split(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, firstLine: Int,
                      into lines: inout [Line]) -> (lines: Int, first: Int) {
        var start = range.lowerBound
        let n = range.upperBound
        // No character holds a CR or an LF, so a range that is UTF-8 has only
        // lines that are: checked whole, sixteen bytes at a time, and line
        // by line only when it is not.
        var split = Splitting(base: base, valid: UTF8Check.isValid(UnsafeBufferPointer(start: base + start, count: n - start)),
                              number: firstLine)
        // Most captures have no CR at all: their lines end at each LF, found
        // a window of up to 64 KB at a time, sixty-four bytes at once.
        if start >= n || memchr(base + start, 0x0D, n - start) == nil {
            let window = min(1 << 16, max(1, n - start))
            let ends = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: window)
            defer { ends.deallocate() }
            var at = start
            while at < n {
                let size = min(window, n - at)
                for k in 0..<folio_line_feeds(base + at, size, ends.baseAddress!) {
                    let lf = at + Int(ends[k])
                    split.take(start, lf, into: &lines)
                    start = lf + 1
                }
                at += size
            }
            if start < n { split.take(start, n, into: &lines) }
            return (split.badLines, split.firstBad)
        }
        while start < n {
            let lf = memchr(base + start, 0x0A, n - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? n
            var i = start
            while i < lf, base[i] != 0x0D { i += 1 }
            split.take(start, i, into: &lines)
            if i < n, base[i] == 0x0D, i + 1 < n, base[i + 1] == 0x0A { i += 1 }
            start = i + 1
        }
        return (split.badLines, split.firstBad)
    }

    /// Lines made one after another, numbered, and the count of those that
    /// are not UTF-8. (A nested function changing the caller's variables
    /// had each of its accesses checked at run time.)
    private struct Splitting {
        let base: UnsafePointer<UInt8>
        /// The whole range is UTF-8: no line needs checking.
        let valid: Bool
        var number: Int
        var badLines = 0
        var firstBad = 0

        mutating func take(_ start: Int, _ end: Int, into lines: inout [Line]) {
            lines.append(CaptureText.line(base, start, end, number: number))
            if !valid, !UTF8Check.isValid(UnsafeBufferPointer(start: base + start, count: end - start)) {
                badLines += 1
                if firstBad == 0 { firstBad = number }
            }
            number += 1
        }
    }

    /// How many LF bytes `bytes` holds: where the piece after them starts
    /// its line numbers.
    public static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.baseAddress.map { folio_count_line_feeds($0, bytes.count) } ?? 0
    }

    /// A line from its bytes: indentation and trailing blanks (space, tab,
    /// no-break space) measured and cut on the bytes.
    static func line(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int, number: Int) -> Line {
        var indent = 0
        var start = from
        while start < to {
            let b = base[start]
            if b == 0x20 { indent += 1; start += 1 }
            else if b == 0x09 { indent = (indent / 4 + 1) * 4; start += 1 }
            else if b == 0xC2, start + 1 < to, base[start + 1] == 0xA0 { indent += 1; start += 2 }
            else { break }
        }
        var end = to
        while end > start {
            let b = base[end - 1]
            if b == 0x20 || b == 0x09 { end -= 1 }
            else if b == 0xA0, end - 2 >= start, base[end - 2] == 0xC2 { end -= 2 }
            else { break }
        }
        let bullet = bulletEnd(UnsafeBufferPointer(start: base + start, count: end - start))
        return Line(number: number, base: base, start: start, end: end, indent: indent, bulletEnd: bullet)
    }

    /// Where the text after a list bullet starts (`•`, `*`, `-`, `·`, `◦`, `‣`,
    /// `▪`, `–`, then a space or tab), or 0 for a line without one.
    static func bulletEnd(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = b.first else { return 0 }
        var length = 0
        if first == 0x2A || first == 0x2D {
            length = 1
        } else if first == 0xC2, b.count > 1, b[1] == 0xB7 {
            length = 2
        } else if first == 0xE2, b.count > 2 {
            switch (b[1], b[2]) {
            case (0x80, 0xA2), (0x97, 0xA6), (0x80, 0xA3), (0x96, 0xAA), (0x80, 0x93): length = 3
            default: return 0
            }
        } else {
            return 0
        }
        guard b.count > length, b[length] == 0x20 || b[length] == 0x09 else { return 0 }
        var end = length
        while end < b.count, b[end] == 0x20 || b[end] == 0x09 { end += 1 }
        return end < b.count ? end : 0
    }

    /// Text with a stray NUL or bad byte is still text; a file whose first
    /// 8 KiB is more than a tenth NULs and bytes that are not UTF-8 is not.
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(8192))
        guard !head.isEmpty else { return false }
        let nuls = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        let decoded = String(decoding: head, as: UTF8.self)
        // A sequence cut at the 8 KiB boundary is not evidence of binary.
        let replaced = decoded.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) } - 1
        return (nuls + max(0, replaced)) * 10 > head.count
    }
}

/// Whether bytes are well-formed UTF-8 (no overlongs, surrogates or values
/// past U+10FFFF), without building a String: sixteen bytes at a time in C,
/// as simdjson checks them. A character at a time, the check was a tenth
/// of the parse of text with a character past ASCII every 30 bytes or so.
enum UTF8Check {
    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return true }
        return folio_utf8_valid(p, b.count) != 0
    }
}
