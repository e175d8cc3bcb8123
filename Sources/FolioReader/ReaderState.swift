import FolioModel

/// Everything the reader shows, as a value: which posts, which one is
/// selected, how far each pane is scrolled, what has the focus.
public struct ReaderState: Sendable {
    public enum Focus: Sendable, Equatable { case index, article }
    public enum Mode: Sendable, Equatable { case browse, reading }
    /// `v` switches between the layout chosen for the width and the other one.
    public enum Arrangement: Sendable, Equatable { case automatic, stacked, sideBySide }

    public let all: [Post]
    public let site: Site?
    public private(set) var filter: PostFilter
    public private(set) var order: PostOrder
    public private(set) var reversed: Bool
    /// The posts in the index, filtered and sorted.
    public private(set) var shown: [Post]

    public var selected = 0
    public var indexTop = 0
    public var articleTop = 0
    public var focus = Focus.index
    public var mode = Mode.browse
    public var arrangement = Arrangement.automatic
    public var showingHelp = false
    public var width: Int
    public var height: Int
    public var message: String?
    public var quit = false
    /// Set by Ctrl-L; the terminal repaints every cell and clears it.
    public var redrawAll = false
    public var colors = true

    let articles = ArticleCache()

    public init(corpus: Corpus, filter: PostFilter = PostFilter(), order: PostOrder = .date,
                reversed: Bool = false, width: Int = 80, height: Int = 24) {
        all = corpus.posts
        site = corpus.site
        self.filter = filter
        self.order = order
        self.reversed = reversed
        self.width = width
        self.height = height
        shown = order.sorted(filter.apply(all), reversed: reversed)
    }

    public var current: Post? { shown.indices.contains(selected) ? shown[selected] : nil }

    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The article of the selected post laid out for the pane it is in now.
    public var article: ArticleText? {
        guard let post = current else { return nil }
        return articles.layout(post, width: geometry.articleTextWidth)
    }
}

/// The last few articles laid out, so keys that only scroll never reflow.
final class ArticleCache: @unchecked Sendable {
    private struct Entry {
        var identity: PostIdentity
        var width: Int
        var text: ArticleText
    }
    private var entries: [Entry] = []

    func layout(_ post: Post, width: Int) -> ArticleText {
        let identity = post.identity
        if let hit = entries.first(where: { $0.identity == identity && $0.width == width }) { return hit.text }
        let text = ArticleText(post: post, width: width)
        entries.insert(Entry(identity: identity, width: width, text: text), at: 0)
        if entries.count > 4 { entries.removeLast() }
        return text
    }
}
