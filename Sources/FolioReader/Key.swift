/// A key as the terminal reads it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl and a letter: `.control("d")` for Ctrl-D.
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backspace

    /// The answer to a "y/n" question: only `y` says yes.
    public var isYes: Bool { self == .character("y") || self == .character("Y") }

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

extension Key {
    /// The key as the help and the config file name it: `j`, `Space`,
    /// `PgDn`, `^D`.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "^" + c.uppercased()
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backspace: "Backspace"
        }
    }

    static let named: [String: Key] = [
        "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "backspace": .backspace,
    ]

    /// A key from its name: one character as itself, `^D` or `Ctrl-D` for
    /// Ctrl and a letter, and the names `name` gives (in any case).
    public init?(name: String) {
        if name.count == 1, let c = name.first, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
            self = .character(c)
            return
        }
        let lower = name.lowercased()
        for prefix in ["^", "ctrl-", "c-"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            guard let c = lower.last, ("a"..."z").contains(c) else { return nil }
            self = .control(c)
            return
        }
        guard let key = Key.named[lower] else { return nil }
        self = key
    }
}
