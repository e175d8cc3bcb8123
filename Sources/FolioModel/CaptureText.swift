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
        public var isBlank: Bool { text.isEmpty }
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
                let slice = UnsafeBufferPointer(rebasing: buf[start..<i])
                let number = lines.count + 1
                let text: String
                if let valid = String(validating: slice, as: UTF8.self) {
                    text = valid
                } else {
                    text = String(decoding: slice, as: UTF8.self)
                    badLines += 1
                    if firstBad == 0 { firstBad = number }
                }
                lines.append(CaptureText.line(text, number: number))
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

    static func line(_ raw: String, number: Int) -> Line {
        var indent = 0
        var body = Substring(raw)
        while let c = body.first, c == " " || c == "\t" || c == "\u{A0}" {
            indent = c == "\t" ? (indent / 4 + 1) * 4 : indent + 1
            body.removeFirst()
        }
        while let c = body.last, c == " " || c == "\t" || c == "\u{A0}" { body.removeLast() }
        return Line(number: number, text: String(body), indent: indent)
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
