import FolioModel

/// Content made safe to show: every control or invisible format character
/// becomes a visible stand-in (`^[` for ESC, `<9B>` for a C1 control,
/// `<U+202E>` for a bidi override), so nothing from a capture can move the
/// cursor, recolour, retitle or reorder the terminal. The one place where
/// content is cleaned for display: the reader, `--list` and `--show` use it.
public enum VisibleText {
    /// A run of text, and whether it stands in for a control character.
    public struct Piece: Equatable {
        public var text: String
        public var isStandIn: Bool
    }

    public static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var plain = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                plain += " "
            } else if let standIn = standIn(for: scalar) {
                if !plain.isEmpty { pieces.append(Piece(text: plain, isStandIn: false)); plain = "" }
                pieces.append(Piece(text: standIn, isStandIn: true))
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        if !plain.isEmpty { pieces.append(Piece(text: plain, isStandIn: false)) }
        return pieces
    }

    /// The text with stand-ins, for output that has no styles.
    public static func clean(_ text: String) -> String { clean(text, changes: changes) }

    static func clean(_ text: String, changes: (Unicode.Scalar) -> Bool) -> String {
        let kept = text.utf8.withContiguousStorageIfAvailable { keeps($0, changes: changes) }
            ?? !text.unicodeScalars.contains(where: changes)
        return kept ? text : pieces(text).map(\.text).joined()
    }

    /// Whether cleaning keeps every scalar of this UTF-8 (a String's, so
    /// valid): decoded here, as the scalar view decodes them five times slower.
    private static func keeps(_ bytes: UnsafeBufferPointer<UInt8>, changes: (Unicode.Scalar) -> Bool) -> Bool {
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i < bytes.count {
            // Eight printable ASCII bytes at a time: no high bit, none below
            // a space, none DEL (the tests for a byte in a word, exact as a whole).
            if i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let (ones, highs) = (0x0101_0101_0101_0101 as UInt64, 0x8080_8080_8080_8080 as UInt64)
                let below = (w &- ones &* 0x20) & ~w & highs
                let del = ((w ^ (ones &* 0x7F)) &- ones) & ~(w ^ (ones &* 0x7F)) & highs
                if (w & highs) | below | del == 0 {
                    i += 8
                    continue
                }
            }
            let lead = UInt32(bytes[i])
            if lead < 0x80 {
                if lead < 0x20 || lead == 0x7F { return false }
                i += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = lead & (0x7F >> length)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            if let scalar = Unicode.Scalar(value), changes(scalar) { return false }
            i += length
        }
        return true
    }

    /// Whether cleaning changes `scalar`.
    static func changes(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || standIn(for: scalar) != nil }

    /// `clean` for many texts, each character of the first 65,536 asked
    /// about once: 100,000 titles in one script ask the C library (and
    /// Unicode's tables) about the same few hundred characters.
    public struct Cleaner {
        /// 0 not asked yet, 1 kept, 2 changed.
        private var answers = [UInt8](repeating: 0, count: 1 << 16)

        public init() {}

        public mutating func clean(_ text: String) -> String {
            VisibleText.clean(text) { scalar in
                guard scalar.value < 1 << 16 else { return VisibleText.changes(scalar) }
                let at = Int(scalar.value)
                if answers[at] == 0 { answers[at] = VisibleText.changes(scalar) ? 2 : 1 }
                return answers[at] == 2
            }
        }
    }

    static func standIn(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x20 { return "^" + String(UnicodeScalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        if v <= 0x9F && v >= 0x80 { return "<" + String(v, radix: 16, uppercase: true) + ">" }
        if v < 0x7F { return nil }
        if Invisible.isControlOrFormat(scalar) {
            return "<U+" + String(String(v, radix: 16, uppercase: true).paddedLeft(to: 4)) + ">"
        }
        // Unassigned code points and others the C library cannot print.
        if TextWidth.of(scalar) < 0 { return "\u{FFFD}" }
        return nil
    }
}

extension String {
    func paddedLeft(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
