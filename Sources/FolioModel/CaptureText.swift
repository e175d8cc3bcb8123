/// A capture's bytes as lines: any line ending (LF, CRLF, CR), a leading
/// byte-order mark dropped, invalid UTF-8 replaced by U+FFFD and reported.
public struct CaptureText: Sendable {
    public struct Line: Sendable {
        /// 1-based line number in the file.
        public var number: Int
        /// The text without indentation and trailing blanks.
        public var text: String
        /// Leading blank columns, a tab counted to the next multiple of 4.
        public var indent: Int
        /// UTF-8 offset of the text after a list bullet; 0 when there is none.
        var bulletEnd = 0
        var isInvalid = false
        public var isBlank: Bool { text.isEmpty }

        init(number: Int, text: String, indent: Int) {
            self.number = number
            self.text = text
            self.indent = indent
        }

        /// The text after the bullet, or nil for a line without one.
        var bulletText: String? {
            bulletEnd == 0 ? nil : String(decoding: text.utf8.dropFirst(bulletEnd), as: UTF8.self)
        }
    }

    public var lines: [Line]
    public var problems: [Problem]

    /// Nil when the bytes are not text at all (an image, an executable).
    public init?(bytes: [UInt8], file: String) {
        var problems: [Problem] = []
        if CaptureText.looksBinary(bytes) { return nil }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lines: [Line] = []
        var badLines = 0
        var firstBad = 0
        lines.reserveCapacity(bytes.count / 40)
        bytes.withUnsafeBufferPointer { buf in
            var i = start
            let n = buf.count
            while start < n {
                while i < n, buf[i] != 0x0A, buf[i] != 0x0D { i += 1 }
                let number = lines.count + 1
                var line = CaptureText.line(UnsafeBufferPointer(rebasing: buf[start..<i]), number: number)
                if line.isInvalid {
                    badLines += 1
                    if firstBad == 0 { firstBad = number }
                    line.isInvalid = false
                }
                lines.append(line)
                if i < n, buf[i] == 0x0D, i + 1 < n, buf[i + 1] == 0x0A { i += 1 }
                i += 1
                start = i
            }
        }
        if badLines > 0 {
            let more = badLines > 1 ? " (and on \(badLines - 1) more line\(badLines == 2 ? "" : "s"))" : ""
            problems.append(Problem(file: file, line: firstBad,
                                    message: "invalid UTF-8, shown as U+FFFD\(more)"))
        }
        self.lines = lines
        self.problems = problems
    }

    /// A line from its bytes: indentation and trailing blanks measured and cut
    /// on the bytes (space, tab, no-break space), the rest decoded once.
    static func line(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> Line {
        var indent = 0
        var start = 0
        let n = bytes.count
        while start < n {
            let b = bytes[start]
            if b == 0x20 { indent += 1; start += 1 }
            else if b == 0x09 { indent = (indent / 4 + 1) * 4; start += 1 }
            else if b == 0xC2, start + 1 < n, bytes[start + 1] == 0xA0 { indent += 1; start += 2 }
            else { break }
        }
        var end = n
        while end > start {
            let b = bytes[end - 1]
            if b == 0x20 || b == 0x09 { end -= 1 }
            else if b == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2 }
            else { break }
        }
        let body = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var line = Line(number: number, text: "", indent: indent)
        if let valid = String(validating: body, as: UTF8.self) {
            line.text = valid
        } else {
            line.text = String(decoding: body, as: UTF8.self)
            line.isInvalid = true
        }
        line.bulletEnd = bulletEnd(body)
        return line
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
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        guard !head.isEmpty else { return false }
        let nuls = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        let decoded = String(decoding: head, as: UTF8.self)
        // A sequence cut at the 8 KiB boundary is not evidence of binary.
        let replaced = decoded.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) } - 1
        return (nuls + max(0, replaced)) * 10 > head.count
    }
}
