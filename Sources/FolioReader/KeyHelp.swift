/// The keys, as the help overlay and the README list them.
public enum KeyHelp {
    public static let sections: [(title: String, keys: [(keys: String, action: String)])] = [
        ("Index and article", [
            ("j  Down", "next post, or scroll the article a line"),
            ("k  Up", "previous post, or scroll back a line"),
            ("Space  PgDn  Ctrl-D", "page down"),
            ("b  PgUp  Ctrl-U", "page up"),
            ("g  Home / G  End", "first / last"),
            ("Tab", "switch between index and article"),
            ("Enter", "read the post full screen"),
            ("v", "index beside or above the article"),
        ]),
        ("Reading full screen", [
            ("J / K", "next / previous post"),
            ("q  Esc  h  Left", "back to the index"),
        ]),
        ("Anywhere", [
            ("?", "this help; any key closes it"),
            ("Ctrl-L", "redraw the screen"),
            ("q", "quit (from the index)"),
            ("Ctrl-C", "quit"),
            ("mouse", "wheel scrolls the pane under it; click selects"),
        ]),
    ]

    public static let legend = "● full text   ○ summary only"
}
