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
    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        if !text.unicodeScalars.contains(where: { $0 == "\t" || standIn(for: $0) != nil }) { return text }
        return pieces(text).map(\.text).joined()
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
