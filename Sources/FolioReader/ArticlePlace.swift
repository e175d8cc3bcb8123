/// Where the article is scrolled to, as far as it is laid out: a long post
/// is laid out from the part at the top (`scroll.articleFrom`), and starts
/// earlier only when the person scrolls above it.
extension ReaderState {
    /// Whether the article's last row is on screen.
    public var articleAtEnd: Bool {
        guard let article else { return true }
        return !article.hasRow(scroll.articleTop + geometry.article.height)
    }

    /// The top of the last screenful, the article laid out to its end.
    public var articleBottom: Int {
        max(0, (article?.rowCount ?? 0) - geometry.article.height)
    }

    /// Scrolls to `target`, a row of the layout as it is: above its first
    /// row, the layout starts earlier; past its end, the last screenful shows.
    mutating func placeArticle(_ target: Int) {
        var target = target
        while target < 0, layoutStart > 0 { target += startEarlier(by: -target) }
        target = max(0, target)
        guard let article else { return scroll.articleTop = 0 }
        let height = geometry.article.height
        if !article.hasRow(target + height) {
            // The end is in sight: the last screenful, full if the post has enough before it.
            var bottom = (self.article?.rowCount ?? 0) - height
            while bottom < 0, layoutStart > 0 {
                let added = startEarlier(by: -bottom)
                bottom += added
                target += added
            }
            target = min(target, max(0, bottom))
        }
        scroll.articleTop = target
    }

    /// Starts the layout at least `rows` rows earlier (fewer at the title);
    /// returns how many rows it starts earlier by.
    private mutating func startEarlier(by rows: Int) -> Int {
        let from = layoutStart
        // Every part before a block's is at least a row and a blank.
        scroll.articleFrom = max(0, from - max(16, rows))
        return article?.firstRow(of: from) ?? 0
    }

    /// Keeps `part` at the top of the article, laid out afresh: from there,
    /// for a long post.
    mutating func showArticle(atPart part: Int) {
        guard part > 0, let article else {
            scroll.articleFrom = 0
            scroll.articleTop = 0
            return
        }
        scroll.articleFrom = article.anchor(for: part)
        placeArticle(self.article?.firstRow(of: part) ?? 0)
    }

    /// The part the layout starts at (a long post's may be past the title).
    var layoutStart: Int { article?.from ?? 0 }

    /// The same place, in a layout from the title: what a find numbers its
    /// matches in. A long post is laid out up to here.
    mutating func layOutArticleFromTheTitle() {
        guard layoutStart > 0, let article else { return }
        let part = article.part(ofRow: scroll.articleTop) ?? 0
        let into = scroll.articleTop - article.firstRow(of: part)
        scroll.articleFrom = 0
        placeArticle((self.article?.firstRow(of: part) ?? 0) + into)
    }

    /// The last screenful of the article; a long post laid out from its end.
    mutating func showArticleEnd() {
        if let article, article.isLong { scroll.articleFrom = article.anchor(for: article.lastPart) }
        placeArticle(Int.max / 2)
    }

    /// `42%` of the way through the article: of its rows, or of a long
    /// post's parts, as less tells a file's place by its bytes.
    var articlePercent: Int {
        guard let article else { return 100 }
        let height = geometry.article.height
        if article.from == 0, article.isComplete || !article.isLong {
            let rows = article.rowCount
            return rows == 0 ? 100 : min(rows, scroll.articleTop + height) * 100 / rows
        }
        let shown = article.part(ofRow: scroll.articleTop + height - 1) ?? article.lastPart
        return min(100, shown * 100 / max(1, article.lastPart))
    }

    /// Line `n` of the article (`15G`), counted from its title.
    mutating func showArticle(line n: Int) {
        scroll.articleFrom = 0
        placeArticle(n - 1)
    }

    /// `50%` of an article: of its rows, or of a long post's parts.
    mutating func showArticle(percent: Int) {
        guard let article, article.isLong else {
            return placeArticle((article?.rowCount ?? 0) * percent / 100)
        }
        showArticle(atPart: article.lastPart * percent / 100)
    }

    /// The rows of the matches marked in the article, numbered from its title.
    mutating func articleMatches() -> [Int]? {
        layOutArticleFromTheTitle()
        return article?.matchRows
    }
}
