import FoundationEssentials
import Glibc

/// The lines of a page saved as text, with what the browser that saved it
/// added taken out: lynx's `[12]` link numbers and its `References` list
/// (kept as links), `#[1]` feed links, `IFRAME:` notes, form fields, and
/// rules drawn with characters.
struct PageLines {
    struct Line {
        /// 1-based line number in the file.
        var number: Int
        var indent: Int
        /// Columns the line takes as saved, indent and link numbers included.
        var width: Int
        /// Columns of its first word as saved (`[12]BSidesSF`).
        var firstWordWidth: Int
        /// The words a reader sees, link numbers removed, runs of blanks one space.
        var text: String
        /// The same with ` | ` where a link starts after other words: lynx's
        /// numbers mark where a byline's fields meet (`By [23]Ada [24]WordPress
        /// [25]No Comments`). Empty when it is `text`.
        var fields = ""
        /// The lynx link numbers on this line, with the words after each.
        var links: [(number: Int, text: String)]
        var isBlank: Bool { text.isEmpty }
    }

    var lines: [Line] = []
    /// lynx's References list: link number to address.
    var addresses: [Int: String] = [:]
    /// Whether the capture came from lynx, which sets headings at column 0
    /// and text at column 3.
    var numbered = false

    init(_ text: CaptureText) {
        let raw = text.lines
        var end = raw.count
        // lynx ends its dump with `References`, then `Visible links:` and
        // numbered addresses.
        if let at = raw.lastIndex(where: { $0.indent == 0 && $0.byteCount == 10 && $0.text == "References" }) {
            var found: [Int: String] = [:]
            for line in raw[(at + 1)...] where !line.isBlank {
                let t = line.text
                guard let dot = t.firstIndex(of: "."), let n = Int(t[..<dot]) else { continue }
                found[n] = String(t[t.index(after: dot)...]).trimmingWhitespace()
            }
            if !found.isEmpty {
                addresses = found
                end = at
                numbered = true
            }
        }
        // Without the list, `[12]` is lynx's only where it stands as lynx
        // sets it, before a word; `parts[1][:-2]` in a w3m capture's code is
        // the code's own.
        let numbers = numbered || raw[..<end].contains { Self.startsLinkNumber($0.text) }
        for line in raw[..<end] {
            lines.append(PageLines.clean(line, numbers: numbers))
        }
        if !numbered { numbered = lines.contains { !$0.links.isEmpty } }
    }

    /// Whether a line holds `[12]` at its start or after a blank.
    static func startsLinkNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "[")) {
            var close = open + 1
            while close < bytes.count, close - open <= 6, (0x30...0x39).contains(bytes[close]) { close += 1 }
            if close > open + 1, close < bytes.count, bytes[close] == UInt8(ascii: "]"),
               open == 0 || bytes[open - 1] == UInt8(ascii: " ") { return true }
            i = open + 1
        }
        return false
    }

    static func clean(_ line: CaptureText.Line, numbers: Bool) -> Line {
        let raw = line.text
        var out = Line(number: line.number, indent: line.indent, width: line.indent + columns(raw),
                       firstWordWidth: columns(Substring(raw.utf8.prefix { $0 != 0x20 })), text: "", links: [])
        if isFurniture(raw) { return out }
        var text = ""
        var fields = ""
        var links: [(Int, String)] = []
        var rest = Substring(raw)
        while numbers, let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            fields += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "]"), let n = Int(after[..<close]), after[..<close].count <= 5 {
                rest = after[after.index(after: close)...]
                let words = rest.prefix { $0 != "[" }
                links.append((n, String(words).trimmingWhitespace()))
                let before = fields.trimmingWhitespace()
                if let last = before.split(separator: " ").last?.lowercased(), !",:|•/".contains(before.last!),
                   !linkJoiners.contains(last) {
                    fields += " | "
                }
            } else {
                fields.append("[")
                text.append("[")
                rest = after
            }
        }
        text += rest
        fields += rest
        let words = readable(text)
        // A line of only bracketed names is images and embeds: `[logo.png]`,
        // `[svg][31de74]`, `[INS: :INS]`.
        if words.allSatisfy({ $0.first == "[" && $0.last == "]" || $0 == "[INS:" || $0 == ":INS]" }) { return out }
        out.text = words.joined(separator: " ")
        if !links.isEmpty { out.fields = readable(fields).joined(separator: " ") }
        out.links = links
        return out
    }

    /// Words before a link that lead into it rather than end a field.
    static let linkJoiners: Set<String> = ["by", "by:", "von", "par", "por", "oleh", "door", "av", "af", "di", "and",
                                           "et", "und", "y", "e", "&", "in", "on", "posted", "filed", "under"]

    /// The words of a line without placeholders, links that say nothing,
    /// and a side column.
    static func readable(_ line: String) -> [Substring] {
        var text = line
        // Most lines hold no bracket at all: not searched seven times.
        for noise in line.utf8.contains(UInt8(ascii: "[")) ? ["[Read More]", "[Read more]", "[image]", "[IMG]", "[INLINE]", "[BUTTON]", "[LINK]"] : [] {
            text = text.replacing(noise, with: "")
        }
        return withoutSideColumn(text).split(whereSeparator: isBlank)
    }

    /// A space, a tab or a no-break space: ASCII told by its byte, since a
    /// Character compared with a literal goes by way of String comparison.
    static func isBlank(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii == 0x20 || ascii == 0x09 }
        return c == "\u{A0}"
    }

    /// What a line is judged by: the whole of it, or the start of a very
    /// long one. A title, a byline, a menu is never thousands of characters,
    /// and a line of ten megabytes is judged as fast as a paragraph.
    static func judged(_ text: String) -> String {
        text.utf8.count > judgedLength ? String(text.prefix(judgedLength / 2)) : text
    }

    static let judgedLength = 4096

    /// A page laid out in a table puts its sidebar beside the text, and
    /// w3m prints both on one line: `the end of a sentence.      Recent Posts`.
    /// What stands past a gap of six blanks, short, is the other column's.
    /// The gap is looked for on the UTF-8 and each side's length counted
    /// only as far as the rule needs: Foundation's search took about a
    /// second of a 10 MB line's four.
    static func withoutSideColumn(_ text: String) -> String {
        var text = text
        guard let at = text.withUTF8(firstGap) else { return text }
        let gap = text.utf8.index(text.utf8.startIndex, offsetBy: at)..<text.utf8.index(text.utf8.startIndex, offsetBy: at + 6)
        let right = text[gap.upperBound...].trimmingWhitespace()
        guard !right.isEmpty, right.prefix(41).count <= 40 else { return text }
        let left = text[..<gap.lowerBound].trimmingWhitespace()
        guard left.prefix(20).count == 20 else { return text }
        return left
    }

    /// Where the first six spaces in a row start: from space to space by
    /// memchr, which a debug build runs as fast as a release one.
    static func firstGap(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var at = 0
        while at < bytes.count, let found = memchr(base + at, 0x20, bytes.count - at) {
            let start = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            var end = start
            while end < bytes.count, end - start < 6, base[end] == 0x20 { end += 1 }
            if end - start == 6 { return start }
            at = end
        }
        return nil
    }

    /// Columns of `text`, wide (CJK) characters counted as two: enough to
    /// tell a full line from a short one (the model has no `wcwidth`).
    static func columns<S: StringProtocol>(_ text: S) -> Int {
        // ASCII, most of what pages hold, is a column a byte: a line of
        // 10 MB was measured a scalar at a time, twice.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isHangul(_ s: Unicode.Scalar) -> Bool {
        (0x1100...0x115F).contains(s.value) || (0x3130...0x318F).contains(s.value) || (0xAC00...0xD7A3).contains(s.value)
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: return true
        default: return false
        }
    }

    /// The width the browser wrapped text at: what most long lines reach.
    var wrapWidth: Int {
        // lynx cannot wrap CJK text without spaces, whose lines run past the
        // width: the width is what the other lines wrap at.
        let latin = lines.filter { !$0.text.unicodeScalars.contains(where: Self.isWide) }
        let widths = (latin.count * 4 >= lines.count ? latin : lines).map(\.width).filter { $0 >= 40 && $0 <= 120 }.sorted()
        return widths.isEmpty ? 80 : widths[widths.count * 9 / 10]
    }

    /// Whether the browser broke the line before `next` because the page
    /// did (a new block, a `<br>`), not because the line was full.
    func breaksHard(_ line: Line, before next: Line, width: Int) -> Bool {
        line.width + 1 + next.firstWordWidth < width - 2
    }

    /// Lines that are only the browser's: feed links, frames, form fields
    /// (`____________ Search`), rules (`━━━`, `____` of `<hr>`).
    static func isFurniture(_ text: String) -> Bool {
        let text = judged(text)
        if text.hasPrefix("#[") || text.hasPrefix("IFRAME:") || text.hasPrefix("[ ]") || text.hasPrefix("( )") { return true }
        // w3m's text box: `Search for: [          ] [Search]`.
        if text.contains("[ ") || text.contains("[_"), text.contains(#/\[[ _]+\]/#) { return true }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        let rule = text.unicodeScalars.filter { "_-━─=*~·•".unicodeScalars.contains($0) }.count
        return rule >= 5 && rule * 2 >= letters
    }
}
