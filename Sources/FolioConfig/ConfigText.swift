import FolioReader

/// `folio --print-config`: every setting with its default and what it
/// does, ready to be saved as the file and changed.
extension Config {
    public static func text(_ settings: ReaderSettings = ReaderSettings()) -> String {
        var out = """
            # folio's config: every setting with its default. Saved as
            # $XDG_CONFIG_HOME/folio/config.toml (~/.config/folio/config.toml), or given
            # with --config FILE; what is left out keeps its default.

            # Keys, by where they work: in the index (either pane), reading full screen,
            # or anywhere (a key of the mode's own comes first). Each action takes a key
            # or a list of keys; [] unbinds it. Names: a character, Space, Up, Down,
            # Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Tab, Backspace, ^X (Ctrl-X).

            """
        for mode in [KeyMode.index, .reading, .anywhere] {
            out += "[keys.\(mode.rawValue)]\n"
            let bound = settings.keymap.bindings[mode] ?? []
            for (action, keys) in bound {
                out += entry(action.configName, "[" + keys.map { quote($0.name) }.joined(separator: ", ") + "]", action.help)
            }
            // What else could be bound here.
            let others = Action.allCases.filter { action in !bound.contains { $0.action == action } }
            out += "# also: " + others.map(\.configName).joined(separator: ", ") + "\n\n"
        }
        out += """
            # How each part of the screen looks: fg and bg are default (the terminal's
            # own), \(Color.Name.allCases.map(\.rawValue).joined(separator: ", ")),
            # 0-255 or #rrggbb (the nearest the terminal has); attrs any of
            # \(Attribute.allCases.map(\.rawValue).joined(separator: ", ")).
            [colors]

            """
        for role in Role.allCases {
            let look = settings.colors.look(role)
            let attrs = Attribute.allCases.filter(look.attributes.contains).map { quote($0.rawValue) }.joined(separator: ", ")
            out += "\(role.configName) = { fg = \(quote(look.foreground.name)), bg = \(quote(look.background.name)), attrs = [\(attrs)] }\n"
        }
        out += "\n[layout]\n"
        out += entry("side_by_side_width", "\(settings.sideBySideWidth)", "columns from which the index is beside the article")
        out += entry("index_share", "\(settings.indexShare)", "percent of the rows the index takes when stacked")
        out += entry("measure", "\(settings.measure)", "the widest line of article text")
        out += entry("center", "\(settings.centered)", "centre the text read full screen")
        out += entry("date_format", quote(settings.dateFormat.rawValue),
                     "the index's dates: " + ReaderSettings.DateFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        out += "\n[reading]\n"
        out += entry("read_after", "\(settings.readAfter)", "seconds a post is shown before it counts as read")
        out += entry("mark_passed", "\(settings.markPassed)", "a post passed over in the index counts as read")
        out += entry("space_goes_on", "\(settings.spaceGoesOn)", "Space at an article's end goes on to the next post")
        out += "\n[mouse]\n"
        out += entry("enabled", "\(settings.mouse)", "the wheel scrolls, a click selects (false: the terminal's own)")
        out += "\n[links]\n"
        out += entry("hyperlinks", "\(settings.hyperlinks)", "links as OSC 8 hyperlinks, where the terminal knows them")
        out += entry("osc52", "\(settings.copyWithOSC52)", "y copies the post's address with OSC 52 (terminals differ)")
        return out
    }

    static func entry(_ name: String, _ value: String, _ comment: String) -> String {
        let line = name + " = " + value
        return line + String(repeating: " ", count: max(1, 36 - line.count)) + "# " + comment + "\n"
    }

    /// A TOML basic string.
    static func quote(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
