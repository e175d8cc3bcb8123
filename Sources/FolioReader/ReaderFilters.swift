import FolioModel

/// Author picker, search and sort: what changes which posts are shown and
/// in what order, always keeping the selected post where it can.
extension ReaderState {
    /// Shows the posts `newFilter` lets through; the selected post stays
    /// selected if it is among them.
    public mutating func setFilter(_ newFilter: PostFilter, select wanted: PostIdentity? = nil) {
        // Enter on a search being scanned must not start it again.
        if newFilter == query.filter && wanted == nil { return }
        let keep = wanted ?? current?.identity
        query.filter = newFilter
        reshow(keeping: keep)
    }

    mutating func reshow(keeping identity: PostIdentity?) {
        let candidates = sortedCandidates()
        let needle = searchNeedle
        if needle.isEmpty {
            query.scan = nil
            query.shown = candidates
        } else {
            // Matches are found a slice at a time between frames, the first
            // screenful first, as less shows its first match before the last.
            query.shown = []
            cursor.selected = 0
            query.scan = SearchScan(candidates: candidates, needle: needle, keep: identity)
            advanceScan(budget: SearchScan.slice)
            return
        }
        select(keeping: identity)
    }

    private mutating func select(keeping identity: PostIdentity?) {
        let found = identity.flatMap { id in query.shown.firstIndex { $0.identity == id } }
        let changed = found == nil || current?.identity != identity
        cursor.selected = found ?? 0
        if changed {
            query.matchIndex = nil
            openAtRememberedPart()
        }
        keepSelectionVisible()
    }

    /// The posts of the author filter in the order in force, kept until
    /// either changes: a search re-filters them at every key.
    /// While loading, the archive's end is among them once `G` asked for it.
    func sortedCandidates() -> [Post] {
        let head = candidates.value(for: candidateKey) { sortedPassing(library.all) }
        guard library.showsTail else { return head }
        // The end comes after all the rest in the pages: merged, not sorted again.
        return candidatesWithTail.value(for: TailKey(head: candidateKey, tail: library.tail.count)) {
            query.order.merged(head, sortedPassing(library.tail), reversed: query.reversed).posts
        }
    }

    private var candidateKey: CandidateKey {
        CandidateKey(author: query.filter.with(text: nil), unreadOnly: query.unreadOnly, loadedMarks: marking.loadedMarks,
                     limit: query.limit, order: query.order,
                     reversed: query.reversed, count: library.all.count, first: library.all.first?.stableID)
    }

    /// `posts` as the index shows them before its search: by the author
    /// chosen, unread only, under the limit, in the order in force.
    private func sortedPassing(_ posts: [Post]) -> [Post] {
        var posts = query.filter.with(text: nil).apply(posts)
        if query.unreadOnly {
            posts = posts.filter { !marking.marks.isRead($0.stableID) || query.readSinceUnreadOnly.contains($0.stableID) }
        }
        if let limit = query.limit { posts = posts.filter { limit.matches($0, isRead: isRead) } }
        return query.order.sorted(posts, reversed: query.reversed)
    }

    /// `t`: only the unread posts, or all again; the selected post stays
    /// selected where it is shown.
    mutating func toggleUnreadOnly() {
        query.unreadOnly.toggle()
        query.readSinceUnreadOnly = []
        reshow(keeping: current?.identity)
        status.message = query.unreadOnly ? (query.shown.isEmpty && query.scan == nil ? "No unread posts" : "Only unread posts")
            : "All posts"
    }

    /// Scans the next `budget` posts of a search under way.
    mutating func advanceScan(budget: Int) {
        guard var pending = query.scan else { return }
        let end = min(pending.candidates.count, pending.next + budget)
        let hadSelection = !query.shown.isEmpty
        for post in pending.candidates[pending.next..<end] where PostFilter.matches(post, pending.needle) {
            query.shown.append(post)
        }
        pending.next = end
        query.scan = end < pending.candidates.count ? pending : nil
        // The post that was selected stays selected once it is found (unless the
        // person has moved meanwhile); until then the first match is.
        if let keep = pending.keep, cursor.selected == 0, current?.identity != keep,
           let at = query.shown.firstIndex(where: { $0.identity == keep }) {
            cursor.selected = at
            openAtRememberedPart()
        } else if !hadSelection && !query.shown.isEmpty {
            cursor.selected = 0
            query.matchIndex = nil
            openAtRememberedPart()
        }
        keepSelectionVisible()
    }

    /// `G` in the index: the last post, and those after it as they come.
    /// While loading, that is the archive's end once it is read.
    mutating func goToEnd() {
        if library.loading && !library.tail.isEmpty && !library.showsTail {
            library.showsTail = true
            reshow(keeping: current?.identity)
        }
        select(query.shown.count - 1)
        cursor.followsEnd = true
    }

    /// The archive's end, read while its start is shown: kept for `G`,
    /// and shown at once if `G` was pressed before it came.
    mutating func takeTail(_ posts: [Post]) {
        guard library.loading, library.tail.isEmpty, !posts.isEmpty else { return }
        library.tail = posts
        let atEnd = cursor.followsEnd && !query.shown.isEmpty && cursor.selected == query.shown.count - 1
        if atEnd { goToEnd() }
    }

    /// More of the archive, or all of it, in place of what was in: the
    /// selected post stays selected on its row of the screen, a move that
    /// went past the end goes on to the row it asked for, and a selection
    /// at the end (after `G`) stays there. Posts that come after those
    /// shown are merged in and searched alone, not sorted and searched again.
    mutating func grow(_ soFar: CorpusSoFar) {
        let atEnd = cursor.followsEnd && !query.shown.isEmpty && cursor.selected == query.shown.count - 1
        // Untouched since the start: the remembered place may be past the first part.
        let untouched = cursor.selected == 0 && marking.marks.places[marking.corpusKey].map { $0.post != current?.stableID } ?? false
        let row = cursor.selected - cursor.indexTop
        let wanted = cursor.wanted
        let before = (head: candidates.value(for: candidateKey) { sortedPassing(library.all) }, shown: sortedCandidates())
        let added = soFar.merges == library.merges && soFar.posts.count >= library.all.count
            && !(soFar.complete && library.showsTail) ? soFar.posts[library.all.count...] : nil
        library.all = soFar.posts
        library.site = soFar.site
        library.authors = soFar.authors
        library.merges = soFar.merges
        library.loading = !soFar.complete
        if soFar.complete { (library.tail, library.showsTail) = ([], false) }
        let extended = added.map { extend(before, with: Array($0)) } ?? false
        if !extended { reshow(keeping: current?.identity) }
        if let wanted { goOn(to: wanted) }
        if atEnd {
            select(query.shown.count - 1)
            cursor.followsEnd = true
        }
        if untouched { goToRememberedPlace() }
        // The selected post keeps its row on the screen: nothing moves under the person's eyes.
        if !extended && !atEnd && !untouched && wanted == nil {
            cursor.indexTop = max(0, cursor.selected - row)
            keepSelectionVisible()
        }
    }

    /// New posts, all after those in, merged into the index without
    /// moving what is shown; false where the search must start again.
    private mutating func extend(_ before: (head: [Post], shown: [Post]), with added: [Post]) -> Bool {
        let passing = sortedPassing(added)
        let (head, firstAdded) = query.order.merged(before.head, passing, reversed: query.reversed)
        candidates.set(candidateKey, head)
        let all = sortedCandidates()
        let needle = searchNeedle
        if needle.isEmpty {
            let keep = current?.identity
            let unreadBefore = unreadKey
            query.shown = all
            countOn(from: unreadBefore, adding: passing)
            if firstAdded <= cursor.selected || library.showsTail, let keep,
               let at = query.shown.firstIndex(where: { $0.identity == keep }) {
                cursor.indexTop += at - cursor.selected
                cursor.selected = at
            }
            keepSelectionVisible()
            return true
        }
        // Matches are in the candidates' order: the new ones must all come after.
        guard firstAdded >= before.head.count, !library.showsTail else { return false }
        if var scan = query.scan {
            scan.candidates = all
            query.scan = scan
        } else {
            query.scan = SearchScan(candidates: all, needle: needle, next: before.shown.count, keep: nil)
            advanceScan(budget: SearchScan.slice)
        }
        return true
    }

    /// A move that asked for `row` before it was in: there once it is, and
    /// still asked for while it is not.
    private mutating func goOn(to row: Int) {
        select(row)
        if row >= query.shown.count && loading { cursor.wanted = row }
    }

    static let orders: [PostOrder] = [.date, .author, .title, .comments]

    /// `s`: by date, author, title, comments, each the way round `S` (or
    /// `--reverse`) has set, as mutt's `o` and `O`.
    mutating func cycleOrder(reversing: Bool = false) {
        if reversing {
            query.reversed.toggle()
        } else {
            let at = Self.orders.firstIndex(of: query.order) ?? -1
            query.order = Self.orders[(at + 1) % Self.orders.count]
        }
        reshow(keeping: current?.identity)
        status.message = "Sorted: " + orderName
    }

    /// `]` and `[`: the next or previous shown post by the current post's author.
    mutating func stepByAuthor(forward: Bool) {
        guard let post = current else { return }
        let author = post.author
        guard let target = nearestShown(forward: forward, where: { $0.author == author }) else {
            status.message = "No \(forward ? "later" : "earlier") post " + (author.map { "by \($0)" } ?? "without an author")
            return
        }
        select(target)
    }

    mutating func pick(_ key: Key, _ picker: AuthorPicker) {
        var picker = picker
        let matches = picker.matches(library.authors)
        switch key {
        case .escape:
            overlay = .none
            return
        case .enter:
            overlay = .none
            if matches.indices.contains(picker.selected) {
                setFilter(PostFilter.by(matches[picker.selected].name, text: query.filter.text))
            }
            return
        case .up, .control("p"): picker.selected = max(0, picker.selected - 1)
        case .down, .control("n"): picker.selected = min(max(0, matches.count - 1), picker.selected + 1)
        default:
            if picker.query.handle(key) { picker.selected = 0 }
        }
        overlay = .authors(picker)
    }

    mutating func search(_ key: Key, _ prompt: SearchPrompt, _ effects: inout [Effect]) {
        var prompt = prompt
        switch (key, prompt.kind) {
        case (.escape, .find), (.escape, .limit), (.escape, .pipe), (.escape, .save):
            overlay = .none
        case (.tab, .pipe(let link)):
            prompt.kind = .pipe(link: !link)
            overlay = .search(prompt)
        case (.enter, .pipe(let link)):
            overlay = .none
            pipe(prompt.query.text, link: link, &effects)
        case (.enter, .save):
            overlay = .none
            save(to: prompt.query.text, overwrite: false, &effects)
        case (.enter, .limit):
            overlay = .none
            let text = prompt.query.text
            noteSearch(text)
            setLimit(text)
        case (.escape, .filter):
            overlay = .none
            setFilter(query.filter.with(text: prompt.previousText), select: prompt.previousPost)
            cursor.indexTop = prompt.previousIndexTop
            keepSelectionVisible()
            if current?.identity == prompt.previousPost { scroll = prompt.previousScroll }
        case (.enter, .find(let forward)):
            overlay = .none
            let text = prompt.query.text
            noteSearch(text)
            find(text, forward: forward)
        case (.enter, .filter):
            overlay = .none
            let text = prompt.query.text
            noteSearch(text)
            setFilter(query.filter.with(text: text.isEmpty ? nil : text))
            if !text.isEmpty { status.message = query.shown.isEmpty ? stillSearching ?? "No post matches “\(text)”" : "n/N next/previous match" }
        default:
            let recalled = prompt.kind.isSearch && prompt.recall.handle(key, &prompt.query, history: marking.marks.searchHistory)
            guard recalled || prompt.query.handle(key) else { return }
            if !recalled { prompt.recall = PromptRecall() }
            overlay = .search(prompt)
            guard prompt.kind == .filter else { return }
            query.searchPending = true
            if !deferWork { settle() }
        }
    }

    /// `L` then Enter: the index limited to what the pattern lets through;
    /// nothing typed shows everything again.
    mutating func setLimit(_ text: String) {
        do throws(LimitPattern.Problem) {
            let limit = text.allSatisfy(\.isWhitespace) ? nil : try LimitPattern(text)
            guard limit != query.limit else { return }
            query.limit = limit
            reshow(keeping: current?.identity)
            let n = query.shown.count
            status.message = limit == nil ? "No limit" : "Limited to \(n) post\(n == 1 ? "" : "s")"
        } catch {
            status.message = error.description
        }
    }

    /// While the archive or the scan is not through, no match yet is not "no match".
    var stillSearching: String? {
        query.scan != nil || loading ? "Still searching…" + (loading ? " (the rest is being read)" : "") : nil
    }

    /// Kept with the read marks, so that Up in a prompt finds it next time too.
    private mutating func noteSearch(_ text: String) {
        guard !text.isEmpty else { return }
        marking.marks.noteSearch(text, at: marking.now)
        marking.marksRevision += 1
    }

    /// Applies what was typed into the search prompt. Keys that arrive
    /// together (a paste, a fast typist) filter the archive once, not once each.
    mutating func settle() {
        guard query.searchPending, case .search(let prompt) = overlay, prompt.kind == .filter else { return }
        query.searchPending = false
        let text = prompt.query.text
        // While typing, the post selected before the search stays selected if it matches.
        setFilter(query.filter.with(text: text.isEmpty ? nil : text), select: prompt.previousPost)
    }

    /// `n` and `N`: the next match in the article, then on to the next post.
    mutating func nextMatch(forward: Bool) {
        guard !searchNeedle.isEmpty else {
            status.message = "No search: / to search"
            return
        }
        guard let rows = articleMatches() else { return }
        let next = nextMatchIndex(rows, forward: forward)
        if rows.indices.contains(next) {
            show(match: next, rows: rows)
            return
        }
        let target = cursor.selected + (forward ? 1 : -1)
        guard query.shown.indices.contains(target) else {
            status.message = forward ? "No more matches" : "No earlier match"
            return
        }
        select(target)
        if let later = articleMatches(), !later.isEmpty {
            show(match: forward ? 0 : later.count - 1, rows: later)
        }
    }

    /// The match after the one `n` last went to, or the first at or after
    /// the top of the article (before its bottom, going backwards); past
    /// either end when there is none.
    func nextMatchIndex(_ rows: [Int], forward: Bool) -> Int {
        if let at = query.matchIndex { return at + (forward ? 1 : -1) }
        if forward { return rows.firstIndex { $0 >= scroll.articleTop } ?? rows.count }
        return rows.lastIndex { $0 < scroll.articleTop + geometry.article.height } ?? -1
    }

    mutating func show(match: Int, rows: [Int]) {
        query.matchIndex = match
        // The match a couple of lines below the top, so what leads to it shows.
        placeArticle(rows[match] - 2)
    }

    /// `match 3/14` while moving through matches.
    public var matchStatus: String? {
        guard let at = query.matchIndex, let rows = article?.matchRows, !rows.isEmpty else { return nil }
        return "match \(at + 1)/\(rows.count)"
    }
}
