/// The keys as the help overlay and the README list them, made from a
/// keymap: what the person has bound is what the help shows. Two columns
/// of sections, so that every key fits on an 80x24 terminal.
public enum KeyHelp {
    public struct Row: Equatable, Sendable {
        public var keys: String
        public var action: String
    }

    public struct Section: Equatable, Sendable {
        public var title: String
        public var rows: [Row]
    }

    /// Which actions each section lists, and the mode whose keys it shows.
    static let layout: [[(title: String, entries: [(KeyMode, Action)])]] = [
        [
            ("Index and article", [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .first, .last, .switchPane, .read,
                                   .toggleLayout]
                .map { (.index, $0) }),
            ("Reading full screen", [.nextPost, .previousPost, .codeRight, .codeLeft, .find, .back].map { (.reading, $0) }),
            ("Order", [(.anywhere, .cycleOrder), (.anywhere, .reverseOrder)]),
        ],
        [
            ("Read marks", [.toggleRead, .markAllRead, .undoMark, .nextUnread, .previousUnread, .unreadOnly].map { (.anywhere, $0) }),
            ("Authors, search, order", [.pickAuthor, .onlyAuthor, .allAuthors, .nextByAuthor, .previousByAuthor, .search,
                                        .limit, .findBackward, .nextMatch, .previousMatch].map { (.anywhere, $0) }
                + [(.index, .clearSearch)]),
            ("Links and handing on", [.openLink, .pickLink, .copyLink, .pipePost, .savePost, .editSource].map { (.anywhere, $0) }),
            ("Anywhere", [(.anywhere, .help), (.anywhere, .redraw), (.index, .quit), (.anywhere, .forceQuit)]),
        ],
    ]


    public static func columns(_ keymap: Keymap) -> [[Section]] {
        var shown: [(Action, [Key])] = []
        var columns = layout.map { column in
            column.map { section in
                Section(title: section.title, rows: section.entries.compactMap { mode, action in
                    let keys = keymap.keys(for: action, in: mode)
                    guard !keys.isEmpty else { return nil }
                    shown.append((action, keys))
                    return Row(keys: keys.map(\.name).joined(separator: " "), action: action.help)
                })
            }.filter { !$0.rows.isEmpty }
        }
        // A binding the sections do not show as it is (an action bound in
        // another mode, or to other keys there) is listed after them.
        var more: [Row] = []
        for mode in KeyMode.allCases {
            for (action, keys) in keymap.bindings[mode] ?? [] where !shown.contains(where: { $0.0 == action && $0.1 == keys }) {
                let place = mode == .anywhere ? "" : " (\(mode.rawValue))"
                more.append(Row(keys: keys.map(\.name).joined(separator: " "), action: action.help + place))
            }
        }
        if !more.isEmpty { columns[1].append(Section(title: "Your keys", rows: more)) }
        return columns
    }

    public static func sections(_ keymap: Keymap) -> [Section] { columns(keymap).flatMap { $0 } }

    public static let legend = "N unread ● full text ○ summary · ^D Ctrl-D · wheel scrolls, a click selects"

    /// `folio --keys`: each section, its keys aligned, as plain text.
    public static func text(_ keymap: Keymap) -> String {
        let sections = sections(keymap)
        let width = sections.flatMap { $0.rows.map { TextWidth.of($0.keys) } }.max() ?? 0
        return sections.map { section in
            section.title + "\n" + section.rows.map { row in
                "  " + row.keys + String(repeating: " ", count: width - TextWidth.of(row.keys) + 2) + row.action + "\n"
            }.joined()
        }.joined(separator: "\n")
    }

    /// The README's table of keys.
    public static func markdown(_ keymap: Keymap) -> String {
        var out = "| keys | what they do |\n|---|---|\n"
        for section in sections(keymap) {
            out += "| **\(section.title)** | |\n"
            for row in section.rows {
                let keys = row.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                out += "| \(keys) | \(row.action) |\n"
            }
        }
        return out
    }
}
