import FolioModel
import FoundationEssentials

/// Everything the reader shows, as a value made of parts with one job
/// each, so that a test can compare whole states. The caches are shared by
/// copies (and locked); they hold only what the parts determine.
public struct ReaderState: Sendable, Equatable {
    public typealias Focus = Viewport.Focus
    public typealias Mode = Viewport.Mode
    public typealias Arrangement = Viewport.Arrangement

    public internal(set) var library: Library
    public internal(set) var query: Query
    public internal(set) var cursor = IndexCursor()
    public internal(set) var scroll = ArticleScroll()
    public internal(set) var viewport: Viewport
    public internal(set) var overlay = Overlay.none
    public internal(set) var marking = Marking()
    public internal(set) var status = StatusLine()
    /// The keys, colours, layout and reading marks: folio's own, or the config file's.
    public var settings = ReaderSettings()
    public var keymap: Keymap {
        get { settings.keymap }
        set { settings.keymap = newValue }
    }
    /// While true (a burst of keys), work that only the next frame needs waits
    /// for `settle()`.
    var deferWork = false
    let candidates = OneEntryCache<CandidateKey, [Post]>()
    let candidatesWithTail = OneEntryCache<TailKey, [Post]>()
    let articles = ArticleCache()
    let unreadCache = OneEntryCache<UnreadKey, Int>()
    let indexMeasures = OneEntryCache<IndexRows.Measured, IndexRows.Measures>()

    public static func == (a: ReaderState, b: ReaderState) -> Bool {
        (a.library, a.query, a.cursor, a.scroll, a.viewport) == (b.library, b.query, b.cursor, b.scroll, b.viewport)
            && (a.overlay, a.marking, a.status, a.settings, a.deferWork) == (b.overlay, b.marking, b.status, b.settings, b.deferWork)
    }

    public init(corpus: Corpus, filter: PostFilter = PostFilter(), order: PostOrder = .date,
                reversed: Bool = false, unreadOnly: Bool = false, width: Int = 80, height: Int = 24,
                marks: ReadMarks = ReadMarks(), corpusKey: String = "", settings: ReaderSettings = ReaderSettings(),
                loading: Bool = false) {
        library = Library(all: corpus.posts, site: corpus.site, authors: corpus.authors, loading: loading, merges: corpus.merges)
        self.settings = settings
        query = Query(filter: filter, order: order, reversed: reversed, shown: [], unreadOnly: unreadOnly)
        viewport = Viewport(width: width, height: height)
        marking = Marking(marks: marks, corpusKey: corpusKey)
        query.shown = PostFilter(text: filter.text).apply(sortedCandidates())
        // Open where the person left off with this corpus.
        goToRememberedPlace()
    }

    /// Whether `other` draws the same screen: the same but for the clock,
    /// which moves at every turn of the loop and shows only as the year.
    public func drawsTheSame(as other: ReaderState) -> Bool {
        var clocked = other
        clocked.marking.now = marking.now
        clocked.marking.shownSince = marking.shownSince
        return clocked == self
    }

    /// While only the start of the archive is in: the rest is being read.
    public var loading: Bool { library.loading }

    public var showingHelp: Bool {
        if case .help = overlay { return true }
        return false
    }

    /// Selects the post the person had open with this corpus, if it is shown.
    mutating func goToRememberedPlace() {
        // Hashes compared, not their hex: the place may be far into 100,000 posts.
        guard let place = marking.marks.places[marking.corpusKey], let hash = UInt64(place.post, radix: 16),
              let at = query.shown.firstIndex(where: { $0.stableHash == hash }) else { return }
        cursor.selected = at
        openAtRememberedPart()
        keepSelectionVisible()
    }

    /// What the index's search looks for; empty when there is none.
    public var searchNeedle: SearchNeedle { SearchNeedle(query.filter.text ?? "") }

    public var current: Post? { query.shown.indices.contains(cursor.selected) ? query.shown[cursor.selected] : nil }

    public static let minimumWidth = 40
    /// The largest frame: 1,000 by 500 cells is some 40 MB a frame.
    public static let maximumWidth = 1000
    public static let maximumHeight = 500
    public static let minimumHeight = 10

    public var isTooSmall: Bool { viewport.width < Self.minimumWidth || viewport.height < Self.minimumHeight }

    /// The article of the selected post laid out for the pane it is in now.
    public var article: ArticleText? {
        guard let post = current else { return nil }
        return articles.layout(post, width: geometry.articleTextWidth, highlight: articleNeedle, codeShift: scroll.codeShift,
                               from: scroll.articleFrom)
    }
}

/// The last few articles laid out, so keys that only scroll never reflow.
/// Shared by the copies of a state, under a lock.
final class ArticleCache: @unchecked Sendable {
    private let lock = Lock()
    private struct Entry {
        var identity: PostIdentity
        var width: Int
        var highlight: SearchNeedle
        var codeShift: Int
        var from: Int
        var text: ArticleText
    }
    private var entries: [Entry] = []
    /// The last post's blocks, shared by its layouts.
    private var source: (identity: PostIdentity, read: ArticleSource)?

    func layout(_ post: Post, width: Int, highlight: SearchNeedle, codeShift: Int, from: Int) -> ArticleText {
        lock.lock()
        defer { lock.unlock() }
        let identity = post.identity
        if let hit = entries.first(where: { $0.identity == identity && $0.width == width && $0.highlight == highlight
            && $0.codeShift == codeShift && $0.from == from }) {
            return hit.text
        }
        if source?.identity != identity { source = (identity, ArticleSource(post)) }
        let text = ArticleText(post: post, read: source!.read, width: width, highlight: highlight, codeShift: codeShift, from: from)
        entries.insert(Entry(identity: identity, width: width, highlight: highlight, codeShift: codeShift, from: from, text: text), at: 0)
        if entries.count > 4 { entries.removeLast() }
        return text
    }
}

/// What covers part of the screen and takes the keys first.
public enum Overlay: Equatable, Sendable {
    case none
    /// The keys, scrolled down by `top` rows when they do not fit.
    case help(top: Int)
    case authors(AuthorPicker)
    case search(SearchPrompt)
    /// `R` on more than a screen of posts: "y" marks them, any other key does not.
    case confirmMarkAll(count: Int)
    /// `O`: the post's links.
    case links(LinkPicker)
    /// `w` named a file that is there: "y" replaces it.
    case confirmOverwrite(path: String)
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
    /// The index's search filters as it is typed; a find in the article
    /// (less's `/`) looks when Enter is pressed.
    /// `|` hands on the post's text, or its address when `link` (Tab switches).
    public enum Kind: Equatable, Sendable {
        case filter, find(forward: Bool), limit, pipe(link: Bool), save

        /// What Up recalls: searches, not commands or file names.
        var isSearch: Bool {
            switch self {
            case .filter, .find, .limit: true
            case .pipe, .save: false
            }
        }
    }

    public var query: LineEditor
    let previousText: String?
    let previousPost: PostIdentity?
    let previousIndexTop: Int
    let previousScroll: ArticleScroll
    public var kind = Kind.filter
    var recall = PromptRecall()
}

/// A search through the archive, a slice at a time.
public struct SearchScan: Sendable, Equatable {
    /// How many posts one slice tests: a few milliseconds of work.
    public static let slice = 4000
    /// Grows as the archive does, while the posts come after those scanned.
    var candidates: [Post]
    let needle: SearchNeedle
    var next = 0
    let keep: PostIdentity?
}

/// What the candidates of a search depend on.
struct CandidateKey: Equatable {
    /// The filter without its text: the author choice.
    var author: PostFilter
    var unreadOnly: Bool
    var loadedMarks: Int
    var limit: LimitPattern?
    var order: PostOrder
    var reversed: Bool
    var count: Int
    var first: String?
}

/// The candidates with the archive's end, after `G` while loading.
struct TailKey: Equatable {
    var head: CandidateKey
    var tail: Int
}

/// One value kept for the key it was worked out for: state is copied on every
/// key, and what is costly to derive again is shared by the copies, under a lock.
final class OneEntryCache<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = Lock()
    private var entry: (key: Key, value: Value)?

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let entry, entry.key == key { return entry.value }
        let value = make()
        entry = (key, value)
        return value
    }

    /// The value, if it was worked out for `key`.
    func cached(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return entry.flatMap { $0.key == key ? $0.value : nil }
    }

    /// What an archive that grew is known to give, worked out from before.
    func set(_ key: Key, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        entry = (key, value)
    }
}
