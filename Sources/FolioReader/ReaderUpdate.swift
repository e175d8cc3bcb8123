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
            state.status.message = nil
            switch state.overlay {
            case .help: state.overlay = .none
            case .none: state.mouse(event)
            case .authors, .search, .confirmMarkAll, .links, .confirmOverwrite: break
            }
            state.afterKey()
        // Not noted as a place the person went to: a resize at the start
        // would take the place of the one remembered, before the rest of
        // the archive (where it may be) arrives.
        case .resize(let w, let h): state.resize(width: w, height: h)
        case .tick(let time): state.tick(time)
        case .arrived(let soFar): state.grow(soFar)
        case .tailArrived(let posts): state.takeTail(posts)
        case .idle: state.advanceScan(budget: SearchScan.slice)
        case .warning(let why): state.status.message = why
        case .signal(let signal): effects.append(.quit(status: 128 + signal))
        case .terminalGone: effects.append(.quit(status: 1))
        case .marksArrived(let marks): state.take(marks)
        case .saved(let path): state.status.message = "Saved to " + VisibleText.clean(path)
        case .exists(let path): state.overlay = .confirmOverwrite(path: path)
        }
        // Marks are saved at most twice a second, and always on the way out.
        let leaving = effects.contains(where: \.isQuit)
        if state.marking.marksRevision != state.marking.savedRevision, leaving || state.marking.now - state.marking.lastSave >= 0.5 {
            state.marking.savedRevision = state.marking.marksRevision
            state.marking.lastSave = state.marking.now
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
        status.message = nil
        // Quitting and redrawing work over an overlay too: no typing makes a control key.
        if let action = keymap.action(for: key, in: .anywhere), action == .forceQuit || action == .redraw {
            perform(action, &effects)
            return
        }
        switch overlay {
        case .help(let top):
            scrollHelp(key, from: top)
            return
        case .authors(let picker):
            pick(key, picker)
            return
        case .search(let prompt):
            search(key, prompt, &effects)
            return
        case .links(let picker):
            chooseLink(key, picker, &effects)
            return
        case .confirmOverwrite(let path):
            overlay = .none
            if key.isYes {
                save(to: path, overwrite: true, &effects)
            } else {
                status.message = "Not saved"
            }
            return
        case .confirmMarkAll:
            confirmMarkAll(key)
            return
        case .none:
            break
        }
        let mode: KeyMode = viewport.mode == .reading ? .reading : .index
        if let action = keymap.action(for: key, in: mode) {
            perform(action, &effects)
            status.count = nil
            return
        }
        // A count before a key, as less and vi take it: `5j`, `15G`, `50%`.
        if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII, digit > 0 || status.count != nil {
            status.count = min(999_999, (status.count ?? 0) * 10 + digit)
            return
        }
        if key == .character("%"), let percent = status.count {
            status.count = nil
            goTo(percent: min(100, percent))
            return
        }
        status.count = nil
        if key != .escape { status.message = "\(key.name) does nothing here (? for help)" }
    }

    /// The help scrolls with the moving keys when it does not fit; any
    /// other key closes it, as it always has.
    private mutating func scrollHelp(_ key: Key, from top: Int) {
        let bottom = max(0, helpRows.count - helpPage)
        let moves: [Action: Int] = [.down: 1, .up: -1, .pageDown: helpPage - 1, .pageUp: -(helpPage - 1),
                                    .halfPageDown: helpPage / 2, .halfPageUp: -helpPage / 2, .first: -Int.max / 2, .last: Int.max / 2]
        guard bottom > 0, let action = keymap.action(for: key, in: .index), let delta = moves[action] else {
            overlay = .none
            return
        }
        overlay = .help(top: max(0, min(bottom, top + delta)))
    }

    /// `50%`: half way through the index, or through the article.
    private mutating func goTo(percent: Int) {
        if viewport.mode == .browse && viewport.focus == .index {
            select(max(0, (query.shown.count - 1) * percent / 100))
        } else {
            showArticle(percent: percent)
        }
    }

    private mutating func perform(_ action: Action, _ effects: inout [Effect]) {
        // The moving keys move the selection in the index, and the text elsewhere.
        let inIndex = viewport.mode == .browse && viewport.focus == .index
        let page = max(1, (inIndex ? geometry.index.height : geometry.article.height) - 1)
        // A count repeats a move, or for `g`/`G` names the post (or line) to go to.
        let count = status.count
        let times = count ?? 1
        func move(_ rows: Int) {
            guard inIndex else { return scroll(by: rows) }
            // From the row asked for while it is not in yet: 1,000 j are 1,000 rows down.
            let target = (cursor.wanted ?? cursor.selected) + rows
            if target >= query.shown.count, cursor.selected == query.shown.count - 1 {
                status.message = loading ? "The rest is still being read: j goes on when it is in" : "Last post"
            }
            if target < 0, cursor.selected == 0 { status.message = "First post" }
            select(target)
            if target >= query.shown.count && loading { cursor.wanted = target }
        }
        switch action {
        case .down: move(times)
        case .up: move(-times)
        // Space at the article's end goes on to the next post, as in mutt
        // and newsboat, unless the config says to stop there.
        case .pageDown where !inIndex && articleAtEnd && settings.spaceGoesOn && count == nil:
            step(by: 1)
        case .pageDown: move(page * times)
        case .pageUp: move(-page * times)
        case .halfPageDown: move(max(1, page / 2) * times)
        case .halfPageUp: move(-max(1, page / 2) * times)
        case .first, .last:
            if let count {
                if inIndex { select(count - 1) } else { showArticle(line: count) }
            } else if action == .first {
                if inIndex { select(0) } else { showArticle(atPart: 0) }
            } else if inIndex {
                goToEnd()
            } else {
                showArticleEnd()
            }
        case .nextUnread: stepToUnread(forward: true)
        case .previousUnread: stepToUnread(forward: false)
        case .nextPost: step(by: times)
        case .previousPost: step(by: -times)
        // The article's code, too wide for the pane, sideways.
        case .codeRight: if !inIndex { scroll.codeShift += 8 }
        case .codeLeft: if !inIndex { scroll.codeShift = max(0, scroll.codeShift - 8) }
        case .switchPane: viewport.focus = viewport.focus == .index ? .article : .index
        case .read where count != nil: openLink(number: count, &effects)
        case .read:
            if current != nil {
                viewport.mode = .reading
                openAtRememberedPart()
                startReading()
            }
        case .toggleLayout: toggleLayout()
        case .clearSearch:
            query.find = nil
            if !(query.filter.text ?? "").isEmpty {
                setFilter(query.filter.with(text: nil))
                status.message = "Search cleared"
            }
        case .back:
            viewport.mode = .browse
            keepSelectionVisible()
        // q goes back a level, and quits at the top: from the article pane
        // to the index, from the index out.
        case .quit where viewport.focus == .article: viewport.focus = .index
        case .quit, .forceQuit: effects.append(.quit(status: 0))
        case .redraw: effects.append(.redrawAll)
        case .openLink: openLink(number: count, &effects)
        case .pickLink: pickLink()
        case .copyLink: copy(current?.link, &effects)
        case .pipePost: if current != nil { openPrompt(.pipe(link: false), "") }
        case .savePost: if current != nil { openPrompt(.save, defaultSavePath) }
        case .editSource: editSource(&effects)
        case .help: overlay = .help(top: 0)
        case .pickAuthor: overlay = .authors(AuthorPicker())
        case .allAuthors:
            setFilter(PostFilter(text: query.filter.text))
            status.message = "All authors"
        case .onlyAuthor: if let post = current { setFilter(PostFilter.by(post.author, text: query.filter.text)) }
        case .nextByAuthor: stepByAuthor(forward: true)
        case .previousByAuthor: stepByAuthor(forward: false)
        case .search where findsInArticle: startFind(forward: true)
        case .find: startFind(forward: true)
        case .findBackward: startFind(forward: false)
        case .limit:
            openPrompt(.limit, query.limit?.typed ?? "")
        case .nextMatch where query.find != nil: findNext(reverse: false)
        case .previousMatch where query.find != nil: findNext(reverse: true)
        case .search:
            query.find = nil
            openPrompt(.filter, query.filter.text ?? "")
        case .nextMatch: nextMatch(forward: true)
        case .previousMatch: nextMatch(forward: false)
        case .cycleOrder: cycleOrder()
        case .reverseOrder: cycleOrder(reversing: true)
        case .toggleRead: toggleRead()
        case .markAllRead: markAllShownRead()
        case .undoMark: undoMarkChange()
        case .unreadOnly: toggleUnreadOnly()
        }
    }

    /// Back to automatic when the toggle lands on what the width would
    /// pick, so that a later resize chooses again.
    private mutating func toggleLayout() {
        let side = !geometry.sideBySide
        if side == (viewport.width >= settings.sideBySideWidth) {
            viewport.arrangement = .automatic
        } else {
            viewport.arrangement = side ? .sideBySide : .stacked
        }
        keepSelectionVisible()
    }

    /// The next or previous post of those shown, saying so at either end.
    /// `u` and `U`: the next or previous unread post of those shown.
    private mutating func stepToUnread(forward: Bool) {
        guard let target = nearestShown(forward: forward, where: { !isRead($0) }) else {
            status.message = query.shown.contains(where: { !isRead($0) }) ? "No \(forward ? "later" : "earlier") unread post"
                : "No unread posts"
            return
        }
        select(target)
    }

    /// The nearest shown post after the selected one (before it, going
    /// back) that `test` accepts: looked at one by one, no list of indices made.
    func nearestShown(forward: Bool, where test: (Post) -> Bool) -> Int? {
        if forward { return query.shown.indices.dropFirst(cursor.selected + 1).first { test(query.shown[$0]) } }
        return query.shown.indices.prefix(cursor.selected).reversed().first { test(query.shown[$0]) }
    }

    private mutating func step(by delta: Int) {
        let target = cursor.selected + delta
        guard query.shown.indices.contains(target) else {
            status.message = delta > 0 ? "Last post" : "First post"
            return
        }
        select(target)
    }

    public mutating func select(_ index: Int) {
        cursor.followsEnd = false
        cursor.wanted = nil
        guard !query.shown.isEmpty else { return }
        let clamped = min(max(0, index), query.shown.count - 1)
        let changed = clamped != cursor.selected
        cursor.selected = clamped
        if changed {
            query.matchIndex = nil
            query.find?.wrapped = false
            scroll.codeShift = 0
            openAtRememberedPart()
        }
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let rows = max(1, geometry.index.height)
        if cursor.selected < cursor.indexTop { cursor.indexTop = cursor.selected }
        if cursor.selected >= cursor.indexTop + rows { cursor.indexTop = cursor.selected - rows + 1 }
        cursor.indexTop = max(0, min(cursor.indexTop, max(0, query.shown.count - rows)))
    }

    mutating func scroll(by delta: Int) {
        placeArticle(scroll.articleTop + delta)
    }

    /// Reflows at the new size and keeps the paragraph at the top of the article there.
    mutating func resize(width newWidth: Int, height newHeight: Int) {
        let part = partAtTop
        // A frame costs memory by its cells: a terminal past the largest
        // folio draws is drawn in its top left corner, and the person told.
        viewport.width = min(Self.maximumWidth, max(0, newWidth))
        viewport.height = min(Self.maximumHeight, max(0, newHeight))
        if newWidth > Self.maximumWidth || newHeight > Self.maximumHeight {
            status.message = "The terminal is \(newWidth)x\(newHeight): folio draws \(viewport.width)x\(viewport.height) of it"
        }
        if scroll.articleTop > 0 || layoutStart > 0 { showArticle(atPart: part) }
        keepSelectionVisible()
    }

    private mutating func mouse(_ event: MouseEvent) {
        let g = geometry
        let inIndex = viewport.mode == .browse && g.index.contains(x: event.x, y: event.y)
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if inIndex {
                let rows = max(1, g.index.height)
                cursor.indexTop = max(0, min(max(0, query.shown.count - rows), cursor.indexTop + delta))
            } else if g.article.contains(x: event.x, y: event.y) {
                scroll(by: delta)
            }
        case .press:
            if inIndex {
                viewport.focus = .index
                let row = cursor.indexTop + event.y - g.index.y
                if query.shown.indices.contains(row) { select(row) }
            } else if g.article.contains(x: event.x, y: event.y) {
                viewport.focus = .article
                let row = scroll.articleTop + event.y - g.article.y
                // A click on the byline shows that author's posts.
                if article?.part(ofRow: row) == 1, let post = current {
                    setFilter(PostFilter.by(post.author, text: query.filter.text))
                }
            }
        }
    }
}
