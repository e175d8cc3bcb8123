import FolioModel

/// The posts the reader has: the archive as read so far.
public struct Library: Equatable, Sendable {
    public internal(set) var all: [Post]
    public internal(set) var site: Site?
    /// Every author of the corpus with their number of posts, most first.
    public internal(set) var authors: [AuthorCount]
    /// True while only the start of the archive is in; the rest is being read.
    public internal(set) var loading = false
    /// While loading: the posts at the archive's end, read first so that
    /// `G` shows them at once. In the index only once `G` asks for the end.
    public internal(set) var tail: [Post] = []
    public internal(set) var showsTail = false
    /// The corpus's merges when `all` was given: more, and the posts given
    /// before may have changed.
    var merges = 0
}

/// What is asked of the library, and what it shows.
public struct Query: Equatable, Sendable {
    public internal(set) var filter: PostFilter
    public internal(set) var order: PostOrder
    public internal(set) var reversed: Bool
    /// The posts in the index, filtered and sorted.
    public internal(set) var shown: [Post]
    /// A search under way: the loop sends `idle` while there is one and no key waits.
    public internal(set) var scan: SearchScan?
    /// Typed into the search prompt and not yet applied (a burst of keys).
    var searchPending = false
    /// Which match of the search the article is at, after `n` or `N`.
    public internal(set) var matchIndex: Int?
    /// `/` in an article: less's find, in force until the index's search is changed.
    public internal(set) var find: ArticleFind?
    /// `t` or `--unread`: only the unread posts, and those read since, so
    /// that a post does not vanish from under the person reading it.
    public internal(set) var unreadOnly = false
    /// `L`: mutt's limit, applied when Enter is pressed, under the search.
    public internal(set) var limit: LimitPattern?
    var readSinceUnreadOnly: Set<String> = []
}

/// Where the index is: the selected post and the first row shown.
public struct IndexCursor: Equatable, Sendable {
    public internal(set) var selected = 0
    public internal(set) var indexTop = 0
    /// After `G`: the last post, wherever the end is once the rest arrives.
    var followsEnd = false
    /// While loading: the row that moves asked for beyond the posts in so
    /// far (1,000 `j` at once), gone to as the rest arrives.
    var wanted: Int?
}

/// How far the article is scrolled, down and sideways.
public struct ArticleScroll: Equatable, Sendable {
    /// The row at the top, of the layout from `articleFrom`.
    public internal(set) var articleTop = 0
    /// The part a long post is laid out from: 0, its title, unless the
    /// person went straight to a place further in.
    public internal(set) var articleFrom = 0
    /// Columns the article's code is scrolled sideways by (`>`, `<`).
    public internal(set) var codeShift = 0
}

/// The terminal's size and how the reader uses it.
public struct Viewport: Equatable, Sendable {
    public enum Focus: Sendable, Equatable { case index, article }
    public enum Mode: Sendable, Equatable { case browse, reading }
    /// `v` switches between the layout chosen for the width and the other one.
    public enum Arrangement: Sendable, Equatable { case automatic, stacked, sideBySide }

    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var focus = Focus.index
    public internal(set) var mode = Mode.browse
    public internal(set) var arrangement = Arrangement.automatic
}

/// Read marks and the clock that sets them: what has been read, where the
/// person was, and when each was last saved.
public struct Marking: Equatable, Sendable {
    /// What has been read, and where the person was; saved by the loop.
    public internal(set) var marks = ReadMarks()
    /// Names this corpus in `marks.places`.
    public internal(set) var corpusKey = ""
    /// Counts changes to `marks`: saved when it moves on from `savedRevision`.
    public internal(set) var marksRevision = 0
    var savedRevision = 0
    /// When marks were last saved, by the ticks' clock.
    var lastSave = 0.0
    /// Counts changes to read flags alone: the unread count depends on nothing else.
    var readRevision = 0
    /// The time of the last tick.
    public internal(set) var now: Double = 0
    /// The post whose article is on screen, and since when.
    var shownPost: String?
    var shownSince: Double?
    /// Set by `r`: the person said what this post is; time must not override it.
    var autoMarkOff = false
    /// False until the person presses a key or clicks: a post on screen at
    /// start-up, while nobody looks, is not read.
    var engaged = false
    /// Counts the times marks came from disk: what was shown by them is worked out again.
    var loadedMarks = 0
    /// The last change the person made to read marks (`r`, `R`), which `z` undoes.
    var lastChange: MarkChange?
}

/// Posts whose read flag the person changed at once, and what each was before.
struct MarkChange: Equatable, Sendable {
    var before: [(id: String, read: Bool)]

    static func == (a: MarkChange, b: MarkChange) -> Bool {
        a.before.map(\.id) == b.before.map(\.id) && a.before.map(\.read) == b.before.map(\.read)
    }
}

/// The status line: its message until the next key, and a count being
/// typed before a key (`5` of `5j`), as in less and vi.
public struct StatusLine: Equatable, Sendable {
    public internal(set) var message: String?
    public internal(set) var count: Int?
}
