import FolioModel
import Foundation

/// Everything the reader shows, as a value: which posts, which one is
/// selected, how far each pane is scrolled, what has the focus.
public struct ReaderState: Sendable {
    public enum Focus: Sendable, Equatable { case index, article }
    public enum Mode: Sendable, Equatable { case browse, reading }
    /// `v` switches between the layout chosen for the width and the other one.
    public enum Arrangement: Sendable, Equatable { case automatic, stacked, sideBySide }

    public internal(set) var all: [Post]
    public internal(set) var site: Site?
    public internal(set) var filter: PostFilter
    public internal(set) var order: PostOrder
    public internal(set) var reversed: Bool
    /// The posts in the index, filtered and sorted.
    public internal(set) var shown: [Post]
    /// Every author of the corpus with their number of posts, most first.
    public internal(set) var authors: [AuthorCount]
    /// True while only the start of the archive is in; the rest is being read.
    public var loading = false

    public var selected = 0
    public var indexTop = 0
    public var articleTop = 0
    /// Columns the article's code is scrolled sideways by (`>`, `<`).
    public var codeShift = 0
    public var focus = Focus.index
    public var mode = Mode.browse
    public var arrangement = Arrangement.automatic
    public var overlay = Overlay.none
    /// The keys, colours, layout and reading marks: folio's own, or the config file's.
    public var settings = ReaderSettings()
    public var keymap: Keymap {
        get { settings.keymap }
        set { settings.keymap = newValue }
    }
    /// Which match of the search the article is at, after `n` or `N`.
    public var matchIndex: Int?
    public var width: Int
    public var height: Int
    public internal(set) var message: String?
    /// What has been read, and where the person was; saved by the caller.
    public internal(set) var marks = ReadMarks()
    /// Counts changes to `marks`: saved when it moves on from `savedRevision`.
    public internal(set) var marksRevision = 0
    var savedRevision = 0
    /// When marks were last saved, by the ticks' clock.
    var lastSave = 0.0
    /// Counts changes to read flags alone: the unread count depends on nothing else.
    var readRevision = 0
    /// Names this corpus in `marks.places`.
    public var corpusKey = ""
    /// The time of the last tick.
    public internal(set) var now: Double = 0
    /// The post whose article is on screen, and since when.
    var shownPost: String?
    var shownSince: Double?
    /// Set by `r`: the person said what this post is; time must not override it.
    var autoMarkOff = false
    /// While true (a burst of keys), work that only the next frame needs waits
    /// for `settle()`.
    var deferWork = false
    var searchPending = false
    /// A search under way: the loop sends `idle` while there is one and no key waits.
    public internal(set) var scan: SearchScan?
    let candidates = OneEntryCache<CandidateKey, [Post]>()

    let articles = ArticleCache()
    let unreadCache = OneEntryCache<UnreadKey, Int>()

    public init(corpus: Corpus, filter: PostFilter = PostFilter(), order: PostOrder = .date,
                reversed: Bool = false, width: Int = 80, height: Int = 24,
                marks: ReadMarks = ReadMarks(), corpusKey: String = "") {
        all = corpus.posts
        site = corpus.site
        self.filter = filter
        self.order = order
        self.reversed = reversed
        self.width = width
        self.height = height
        shown = order.sorted(filter.apply(all), reversed: reversed)
        authors = corpus.authors
        self.marks = marks
        self.corpusKey = corpusKey
        // Open where the person left off with this corpus.
        goToRememberedPlace()
    }

    public var showingHelp: Bool { overlay == .help }

    /// Selects the post the person had open with this corpus, if it is shown.
    mutating func goToRememberedPlace() {
        guard let place = marks.places[corpusKey],
              let at = shown.firstIndex(where: { $0.stableID == place.post }) else { return }
        selected = at
        openAtRememberedPart()
        keepSelectionVisible()
    }

    /// The search text folded for matching, empty when there is no search.
    public var searchKey: String { SearchKey.fold(filter.text ?? "") }

    public var current: Post? { shown.indices.contains(selected) ? shown[selected] : nil }

    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The article of the selected post laid out for the pane it is in now.
    public var article: ArticleText? {
        guard let post = current else { return nil }
        return articles.layout(post, width: geometry.articleTextWidth, highlight: searchKey, codeShift: codeShift)
    }
}

/// The last few articles laid out, so keys that only scroll never reflow.
/// Shared by the copies of a state, under a lock.
final class ArticleCache: @unchecked Sendable {
    private let lock = NSLock()
    private struct Entry {
        var identity: PostIdentity
        var width: Int
        var highlight: String
        var codeShift: Int
        var text: ArticleText
    }
    private var entries: [Entry] = []

    func layout(_ post: Post, width: Int, highlight: String, codeShift: Int) -> ArticleText {
        lock.lock()
        defer { lock.unlock() }
        let identity = post.identity
        if let hit = entries.first(where: { $0.identity == identity && $0.width == width && $0.highlight == highlight
            && $0.codeShift == codeShift }) {
            return hit.text
        }
        let text = ArticleText(post: post, width: width, highlight: highlight, codeShift: codeShift)
        entries.insert(Entry(identity: identity, width: width, highlight: highlight, codeShift: codeShift, text: text), at: 0)
        if entries.count > 4 { entries.removeLast() }
        return text
    }
}

/// What covers part of the screen and takes the keys first.
public enum Overlay: Equatable, Sendable {
    case none
    case help
    case authors(AuthorPicker)
    case search(SearchPrompt)
}

/// `a`: every author, narrowed as the person types.
public struct AuthorPicker: Equatable, Sendable {
    public var query = LineEditor()
    public var selected = 0

    public func matches(_ authors: [AuthorCount]) -> [AuthorCount] {
        let needle = SearchKey.fold(query.text)
        return needle.isEmpty ? authors : authors.filter { SearchKey.fold($0.label).contains(needle) }
    }
}

/// `/`: the search being typed, and the view to go back to on Esc.
public struct SearchPrompt: Equatable, Sendable {
    public var query: LineEditor
    let previousText: String?
    let previousPost: PostIdentity?
    let previousIndexTop: Int
    let previousArticleTop: Int
}

/// A search through the archive, a slice at a time.
public struct SearchScan: Sendable {
    /// How many posts one slice tests: a few milliseconds of work.
    public static let slice = 4000
    let candidates: [Post]
    let needle: String
    var next = 0
    let keep: PostIdentity?
}

/// What the candidates of a search depend on.
struct CandidateKey: Equatable {
    /// The filter without its text: the author choice.
    var author: PostFilter
    var order: PostOrder
    var reversed: Bool
    var count: Int
    var first: String?
}

/// One value kept for the key it was worked out for: state is copied on every
/// key, and what is costly to derive again is shared by the copies, under a lock.
final class OneEntryCache<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (key: Key, value: Value)?

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let entry, entry.key == key { return entry.value }
        let value = make()
        entry = (key, value)
        return value
    }
}
