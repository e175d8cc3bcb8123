/// Input to the reader, whatever produced it: a key, a mouse event, a resize.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl and a letter: `.control("d")` for Ctrl-D.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backspace
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Time passing: seconds since 1970, a few times a second. Read marks
    /// that depend on how long a post was shown are set on ticks.
    case tick(Double)

    /// Characters as a terminal sends them: Enter, Tab, Esc, DEL and
    /// control characters become their keys.
    public static func typed(_ c: Character) -> Key {
        switch c {
        case "\n", "\r": return .enter
        case "\t": return .tab
        case "\u{1B}": return .escape
        case "\u{7F}", "\u{08}": return .backspace
        default:
            if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, v >= 1, v <= 26 {
                return .control(Character(UnicodeScalar(v + 0x60)!))
            }
            return .character(c)
        }
    }
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
