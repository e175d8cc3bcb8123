/// The keys, as the help overlay and the README list them. Two columns of
/// sections, so that every key fits on an 80x24 terminal.
public enum KeyHelp {
    public typealias Section = (title: String, keys: [(keys: String, action: String)])

    public static let columns: [[Section]] = [
        [
            ("Index and article", [
                ("j Down", "next post / line down"),
                ("k Up", "previous / line up"),
                ("Space PgDn ^D", "page down"),
                ("b PgUp ^U", "page up"),
                ("g Home", "first"),
                ("G End", "last"),
                ("Tab", "index or article keys"),
                ("Enter", "read full screen"),
                ("v", "side by side/stacked"),
            ]),
            ("Reading full screen", [
                ("J / K", "next / previous post"),
                ("< / >", "code left / right"),
                ("q Esc h Left", "back to the index"),
            ]),
            ("Read marks", [
                ("r", "read / unread"),
                ("R", "mark all shown read"),
            ]),
        ],
        [
            ("Authors, search, order", [
                ("a", "pick an author"),
                ("f", "this author only"),
                ("A", "all authors"),
                ("] / [", "next / prev by author"),
                ("/", "search as you type"),
                ("n / N", "next / previous match"),
                ("Esc", "clear the search"),
                ("s", "change the order"),
            ]),
            ("Anywhere", [
                ("?", "this help"),
                ("^L", "redraw"),
                ("q", "quit"),
                ("^C", "quit from anywhere"),
                ("wheel, click", "scroll, select"),
            ]),
        ],
    ]

    public static var sections: [Section] { columns.flatMap { $0 } }

    public static let legend = "N unread · ● full text ○ summary · ^D = Ctrl-D · click a byline: its author"
}
