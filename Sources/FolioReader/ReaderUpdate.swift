import FolioModel

extension ReaderState {
    /// The state after `key`: pure, no I/O.
    public static func update(_ state: ReaderState, _ key: Key) -> ReaderState {
        var next = state
        next.handle(key)
        return next
    }

    public mutating func handle(_ key: Key) {
        if case .tick(let time) = key {
            tick(time)
            return
        }
        handleKey(key)
        afterKey()
    }

    private mutating func handleKey(_ key: Key) {
        if case .resize(let w, let h) = key {
            resize(width: w, height: h)
            return
        }
        message = nil
        if key == .control("c") { quit = true; return }
        if key == .control("l") { redrawAll = true; return }
        switch overlay {
        case .help:
            overlay = .none
            return
        case .authors(let picker):
            pick(key, picker)
            return
        case .search(let prompt):
            search(key, prompt)
            return
        case .none:
            break
        }
        if case .mouse(let event) = key { mouse(event); return }
        switch key {
        case .character("?"): overlay = .help
        case .character("a"): overlay = .authors(AuthorPicker())
        case .character("A"):
            setFilter(PostFilter(text: filter.text))
            message = "All authors"
        case .character("f"):
            if let post = current { setFilter(PostFilter.by(post.author, text: filter.text)) }
        case .character("]"): stepByAuthor(forward: true)
        case .character("["): stepByAuthor(forward: false)
        case .character("/"):
            overlay = .search(SearchPrompt(query: LineEditor(filter.text ?? ""), previousText: filter.text,
                                           previousPost: current?.identity, previousIndexTop: indexTop,
                                           previousArticleTop: articleTop))
        case .character("n"): nextMatch(forward: true)
        case .character("N"): nextMatch(forward: false)
        case .character("s"): cycleOrder()
        case .character("r"): toggleRead()
        case .character("R"): markAllShownRead()
        default:
            switch mode {
            case .browse: browse(key)
            case .reading: read(key)
            }
        }
    }

    private mutating func browse(_ key: Key) {
        switch key {
        case .character("q"): quit = true
        case .escape:
            if !(filter.text ?? "").isEmpty {
                setFilter(filter.with(text: nil))
                message = "Search cleared"
            }
        case .tab: focus = focus == .index ? .article : .index
        case .enter, .character("l"), .right:
            if current != nil { mode = .reading; openAtRememberedPart() }
        case .character("v"):
            // Back to automatic when the toggle lands on what the width would pick,
            // so that a later resize chooses again.
            let side = !geometry.sideBySide
            if side == (width >= Geometry.sideBySideWidth) {
                arrangement = .automatic
            } else {
                arrangement = side ? .sideBySide : .stacked
            }
            keepSelectionVisible()
        default:
            if focus == .index { moveInIndex(key) } else { scrollArticle(key) }
        }
    }

    private mutating func read(_ key: Key) {
        switch key {
        case .character("q"), .escape, .character("h"), .left:
            mode = .browse
            keepSelectionVisible()
        case .character("J"): step(by: 1)
        case .character("K"): step(by: -1)
        default: scrollArticle(key)
        }
    }

    /// `>` and `<`: the article's code, too wide for the pane, sideways.
    private mutating func shiftCode(_ key: Key) -> Bool {
        switch key {
        case .character(">"): codeShift += 8
        case .character("<"): codeShift = max(0, codeShift - 8)
        default: return false
        }
        return true
    }

    /// j/k and the paging keys on the index.
    private mutating func moveInIndex(_ key: Key) {
        let page = max(1, geometry.index.height - 1)
        switch key {
        case .character("j"), .down: select(selected + 1)
        case .character("k"), .up: select(selected - 1)
        case .character(" "), .pageDown, .control("d"), .control("f"): select(selected + page)
        case .character("b"), .pageUp, .control("u"): select(selected - page)
        case .character("g"), .home: select(0)
        case .character("G"), .end: select(shown.count - 1)
        case .character("J"): select(selected + 1)
        case .character("K"): select(selected - 1)
        default: break
        }
    }

    private mutating func scrollArticle(_ key: Key) {
        if shiftCode(key) { return }
        let page = max(1, geometry.article.height - 1)
        switch key {
        case .character("j"), .down: scroll(by: 1)
        case .character("k"), .up: scroll(by: -1)
        case .character(" "), .pageDown, .control("d"), .control("f"): scroll(by: page)
        case .character("b"), .pageUp, .control("u"): scroll(by: -page)
        case .character("g"), .home: articleTop = 0
        case .character("G"), .end: scroll(by: Int.max / 2)
        case .character("J"): step(by: 1)
        case .character("K"): step(by: -1)
        default: break
        }
    }

    /// The next or previous post of those shown, saying so at either end.
    private mutating func step(by delta: Int) {
        let target = selected + delta
        guard shown.indices.contains(target) else {
            message = delta > 0 ? "Last post" : "First post"
            return
        }
        select(target)
    }

    public mutating func select(_ index: Int) {
        guard !shown.isEmpty else { return }
        let clamped = min(max(0, index), shown.count - 1)
        let changed = clamped != selected
        selected = clamped
        if changed {
            matchIndex = nil
            codeShift = 0
            openAtRememberedPart()
        }
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let rows = max(1, geometry.index.height)
        if selected < indexTop { indexTop = selected }
        if selected >= indexTop + rows { indexTop = selected - rows + 1 }
        indexTop = max(0, min(indexTop, max(0, shown.count - rows)))
    }

    public var articleBottom: Int {
        max(0, (article?.rows.count ?? 0) - geometry.article.height)
    }

    mutating func scroll(by delta: Int) {
        articleTop = max(0, min(articleBottom, articleTop + delta))
    }

    /// Reflows at the new size and keeps the paragraph at the top of the article there.
    mutating func resize(width newWidth: Int, height newHeight: Int) {
        let part = article.map { $0.parts.indices.contains(articleTop) ? $0.parts[articleTop] : 0 } ?? 0
        width = max(0, newWidth)
        height = max(0, newHeight)
        if let article, articleTop > 0 {
            articleTop = min(article.firstRow(of: part), articleBottom)
        }
        keepSelectionVisible()
    }

    private mutating func mouse(_ event: MouseEvent) {
        let g = geometry
        let inIndex = mode == .browse && g.index.contains(x: event.x, y: event.y)
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if inIndex {
                let rows = max(1, g.index.height)
                indexTop = max(0, min(max(0, shown.count - rows), indexTop + delta))
            } else if g.article.contains(x: event.x, y: event.y) {
                scroll(by: delta)
            }
        case .press:
            if inIndex {
                focus = .index
                let row = indexTop + event.y - g.index.y
                if shown.indices.contains(row) { select(row) }
            } else if g.article.contains(x: event.x, y: event.y) {
                focus = .article
                let row = articleTop + event.y - g.article.y
                // A click on the byline shows that author's posts.
                if let article, article.parts.indices.contains(row), article.parts[row] == 1, let post = current {
                    setFilter(PostFilter.by(post.author, text: filter.text))
                }
            }
        }
    }
}
