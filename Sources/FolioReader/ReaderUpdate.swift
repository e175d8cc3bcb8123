import FolioModel

extension ReaderState {
    /// The one way anything changes the reader: pure, no I/O, no clock. A
    /// key press goes from the terminal loop through here to the screen
    /// (`screen`), and what the loop must do comes back.
    public static func update(_ state: inout ReaderState, _ event: ReaderEvent) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .key(let key): state.handle([key], &effects)
        case .keys(let keys): state.handle(keys, &effects)
        case .pressed(let key):
            state.deferWork = true
            state.press(key, &effects)
        case .settled:
            state.deferWork = false
            state.settle()
        case .mouse(let event):
            state.message = nil
            switch state.overlay {
            case .help: state.overlay = .none
            case .none: state.mouse(event)
            case .authors, .search: break
            }
            state.afterKey()
        // Not noted as a place the person went to: a resize at the start
        // would take the place of the one remembered, before the rest of
        // the archive (where it may be) arrives.
        case .resize(let width, let height): state.resize(width: width, height: height)
        case .tick(let time): state.tick(time)
        case .arrived(let corpus): state.replace(corpus: corpus)
        case .idle: state.advanceScan(budget: SearchScan.slice)
        case .warning(let why): state.message = why
        case .signal(let signal): effects.append(.quit(status: 128 + signal))
        case .terminalGone: effects.append(.quit(status: 1))
        }
        // Marks are saved at most twice a second, and always on the way out.
        let leaving = effects.contains(where: \.isQuit)
        if state.marksRevision != state.savedRevision, leaving || state.now - state.lastSave >= 0.5 {
            state.savedRevision = state.marksRevision
            state.lastSave = state.now
            effects.insert(.saveMarks, at: 0)
        }
        return effects
    }

    /// Keys in a burst: each handled, what only the frame needs done once.
    private mutating func handle(_ keys: [Key], _ effects: inout [Effect]) {
        deferWork = keys.count > 1
        for key in keys where !effects.contains(where: \.isQuit) { press(key, &effects) }
        deferWork = false
        settle()
    }

    private mutating func press(_ key: Key, _ effects: inout [Effect]) {
        handleKey(key, &effects)
        // Quitting at once is no visit to the first post.
        if !effects.contains(where: \.isQuit) { afterKey() }
    }

    private mutating func handleKey(_ key: Key, _ effects: inout [Effect]) {
        message = nil
        // Quitting and redrawing work over an overlay too: no typing makes a control key.
        if let action = keymap.action(for: key, in: .anywhere), action == .forceQuit || action == .redraw {
            perform(action, &effects)
            return
        }
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
        if let action = keymap.action(for: key, in: mode == .reading ? .reading : .index) { perform(action, &effects) }
    }

    private mutating func perform(_ action: Action, _ effects: inout [Effect]) {
        // The moving keys move the selection in the index, and the text elsewhere.
        let inIndex = mode == .browse && focus == .index
        let page = max(1, (inIndex ? geometry.index.height : geometry.article.height) - 1)
        switch action {
        case .down: inIndex ? select(selected + 1) : scroll(by: 1)
        case .up: inIndex ? select(selected - 1) : scroll(by: -1)
        case .pageDown: inIndex ? select(selected + page) : scroll(by: page)
        case .pageUp: inIndex ? select(selected - page) : scroll(by: -page)
        case .first: if inIndex { select(0) } else { articleTop = 0 }
        case .last: inIndex ? select(shown.count - 1) : scroll(by: Int.max / 2)
        case .nextPost: step(by: 1)
        case .previousPost: step(by: -1)
        // The article's code, too wide for the pane, sideways.
        case .codeRight: if !inIndex { codeShift += 8 }
        case .codeLeft: if !inIndex { codeShift = max(0, codeShift - 8) }
        case .switchPane: focus = focus == .index ? .article : .index
        case .read: if current != nil { mode = .reading; openAtRememberedPart() }
        case .toggleLayout: toggleLayout()
        case .clearSearch:
            if !(filter.text ?? "").isEmpty {
                setFilter(filter.with(text: nil))
                message = "Search cleared"
            }
        case .back:
            mode = .browse
            keepSelectionVisible()
        case .quit, .forceQuit: effects.append(.quit(status: 0))
        case .redraw: effects.append(.redrawAll)
        case .help: overlay = .help
        case .pickAuthor: overlay = .authors(AuthorPicker())
        case .allAuthors:
            setFilter(PostFilter(text: filter.text))
            message = "All authors"
        case .onlyAuthor: if let post = current { setFilter(PostFilter.by(post.author, text: filter.text)) }
        case .nextByAuthor: stepByAuthor(forward: true)
        case .previousByAuthor: stepByAuthor(forward: false)
        case .search:
            overlay = .search(SearchPrompt(query: LineEditor(filter.text ?? ""), previousText: filter.text,
                                           previousPost: current?.identity, previousIndexTop: indexTop,
                                           previousArticleTop: articleTop))
        case .nextMatch: nextMatch(forward: true)
        case .previousMatch: nextMatch(forward: false)
        case .cycleOrder: cycleOrder()
        case .toggleRead: toggleRead()
        case .markAllRead: markAllShownRead()
        }
    }

    /// Back to automatic when the toggle lands on what the width would
    /// pick, so that a later resize chooses again.
    private mutating func toggleLayout() {
        let side = !geometry.sideBySide
        if side == (width >= settings.sideBySideWidth) {
            arrangement = .automatic
        } else {
            arrangement = side ? .sideBySide : .stacked
        }
        keepSelectionVisible()
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
