/// Where a key binding holds: in the index (with the index or the article
/// pane focused), while reading full screen, or in both. A key of the
/// pane's own mode comes before one of `anywhere`.
public enum KeyMode: String, CaseIterable, Sendable {
    case anywhere, index, reading
}

/// Which action each key does, mode by mode: the one table the reader,
/// its help, the README's key table and the config file are made from.
public struct Keymap: Equatable, Sendable {
    /// In each mode, each action's keys in the order the help shows them.
    public private(set) var bindings: [KeyMode: [(action: Action, keys: [Key])]]

    public static func == (a: Keymap, b: Keymap) -> Bool {
        KeyMode.allCases.allSatisfy { mode in
            let (x, y) = (a.bindings[mode] ?? [], b.bindings[mode] ?? [])
            return x.count == y.count && zip(x, y).allSatisfy { $0.action == $1.action && $0.keys == $1.keys }
        }
    }

    /// Moving through the index or an article: the same in both.
    static let moving: [(action: Action, keys: [Key])] = [
        (.down, [.character("j"), .down]), (.up, [.character("k"), .up]),
        (.pageDown, [.character(" "), .pageDown, .control("f")]), (.pageUp, [.character("b"), .pageUp, .control("b")]),
        (.halfPageDown, [.control("d")]), (.halfPageUp, [.control("u")]),
        (.first, [.character("g"), .home]), (.last, [.character("G"), .end]),
        (.nextPost, [.character("J")]), (.previousPost, [.character("K")]),
        (.codeRight, [.character(">")]), (.codeLeft, [.character("<")]),
    ]

    /// folio's own keys: less's and vi's for moving, mutt's for the rest.
    public static let standard = Keymap(bindings: [
        .index: moving + [
            (.switchPane, [.tab]), (.read, [.enter, .character("l"), .right]), (.toggleLayout, [.character("v")]),
            (.clearSearch, [.escape]), (.quit, [.character("q")]),
        ],
        .reading: moving + [(.back, [.character("q"), .escape, .character("h"), .left]), (.find, [.character("/")])],
        .anywhere: [
            (.toggleRead, [.character("r")]), (.markAllRead, [.character("R")]), (.undoMark, [.character("z")]),
            (.nextUnread, [.character("u")]), (.previousUnread, [.character("U")]), (.unreadOnly, [.character("t")]),
            (.pickAuthor, [.character("a")]), (.onlyAuthor, [.character("f")]), (.allAuthors, [.character("A")]),
            (.nextByAuthor, [.character("]")]), (.previousByAuthor, [.character("[")]),
            (.search, [.character("/")]), (.limit, [.character("L")]), (.findBackward, [.control("r")]), (.nextMatch, [.character("n")]), (.previousMatch, [.character("N")]),
            (.cycleOrder, [.character("s")]), (.reverseOrder, [.character("S")]),
            (.openLink, [.character("o")]), (.pickLink, [.character("O")]), (.copyLink, [.character("y")]),
            (.pipePost, [.character("|")]), (.savePost, [.character("w")]), (.editSource, [.character("e")]),
            (.help, [.character("?")]), (.redraw, [.control("l")]), (.forceQuit, [.control("c")]),
        ],
    ])

    /// The action `key` does in `mode`: the mode's own, else `anywhere`'s.
    public func action(for key: Key, in mode: KeyMode) -> Action? {
        for table in [mode, .anywhere] {
            if let found = bindings[table]?.first(where: { $0.keys.contains(key) }) { return found.action }
        }
        return nil
    }

    public func keys(for action: Action, in mode: KeyMode) -> [Key] {
        bindings[mode]?.first { $0.action == action }?.keys ?? []
    }

    /// `action` on `keys` in `mode`, in place of its keys there; the keys
    /// leave whatever else they did in that mode. No keys unbinds it.
    public mutating func bind(_ action: Action, to keys: [Key], in mode: KeyMode) {
        var table = bindings[mode] ?? []
        for n in table.indices { table[n].keys.removeAll { keys.contains($0) } }
        if let at = table.firstIndex(where: { $0.action == action }) {
            table[at].keys = keys
        } else {
            table.append((action, keys))
        }
        bindings[mode] = table.filter { !$0.keys.isEmpty }
    }
}
