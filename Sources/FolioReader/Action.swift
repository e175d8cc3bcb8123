/// What a key can do in the reader. Keys are bound to actions in a
/// `Keymap`; the help, the README's table and the config file all come from
/// the actions' names and help texts here.
public enum Action: String, CaseIterable, Sendable {
    case down, up, pageDown, pageUp, halfPageDown, halfPageUp, first, last
    case switchPane, read, toggleLayout, clearSearch, quit
    case nextPost, previousPost, codeRight, codeLeft, back
    case toggleRead, markAllRead, undoMark, nextUnread, previousUnread, unreadOnly
    case pickAuthor, onlyAuthor, allAuthors, nextByAuthor, previousByAuthor
    case search, limit, find, findBackward, nextMatch, previousMatch, cycleOrder, reverseOrder
    case openLink, pickLink, copyLink, pipePost, savePost, editSource
    case help, redraw, forceQuit

    /// What the help says it does, short enough for a column of 80x24.
    public var help: String {
        switch self {
        case .down: "next post / line down"
        case .up: "previous / line up"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .first: "first (5g: the 5th)"
        case .last: "last (5G: the 5th)"
        case .switchPane: "index or article keys"
        case .read: "read full screen"
        case .toggleLayout: "side by side/stacked"
        case .clearSearch: "clear the search"
        case .quit: "quit (article pane: index)"
        case .nextPost: "next post"
        case .previousPost: "previous post"
        case .codeRight: "code to the right"
        case .codeLeft: "code to the left"
        case .back: "back to the index"
        case .toggleRead: "read / unread"
        case .markAllRead: "mark all shown read"
        case .undoMark: "undo the last r or R"
        case .unreadOnly: "only unread / all"
        case .nextUnread: "next unread post"
        case .previousUnread: "previous unread post"
        case .pickAuthor: "pick an author"
        case .onlyAuthor: "this author only"
        case .allAuthors: "all authors"
        case .nextByAuthor: "next by author"
        case .previousByAuthor: "previous by author"
        case .search: "search (article: find)"
        case .find: "find in the article"
        case .limit: "limit (~a ~t ~b ~d ~U)"
        case .findBackward: "find backwards"
        case .nextMatch: "next match"
        case .previousMatch: "previous match"
        case .cycleOrder: "change the order"
        case .reverseOrder: "reverse the order"
        case .openLink: "open the post (3o: link [3])"
        case .pickLink: "the post's links"
        case .copyLink: "copy the post's address"
        case .pipePost: "pipe the post to a command"
        case .savePost: "save the post to a file"
        case .editSource: "edit the file it came from"
        case .help: "this help"
        case .redraw: "redraw"
        case .forceQuit: "quit from anywhere"
        }
    }

    /// The name a config file gives it: `page_down`.
    public var configName: String { ConfigName.of(rawValue) }

    public init?(configName: String) {
        guard let action = Action.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = action
    }
}

/// The names a config file gives what the code names in camel case.
public enum ConfigName {
    /// `page_down` for `pageDown`.
    public static func of(_ camel: String) -> String {
        camel.reduce(into: "") { name, c in
            if c.isUppercase { name += "_" + c.lowercased() } else { name.append(c) }
        }
    }
}

extension Role {
    /// `quote_mark` for `quoteMark`.
    public var configName: String { ConfigName.of(rawValue) }
}
