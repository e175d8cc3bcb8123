import FolioModel

/// Author picker, search and sort: what changes which posts are shown and
/// in what order, always keeping the selected post where it can.
extension ReaderState {
    /// Shows the posts `newFilter` lets through; the selected post stays
    /// selected if it is among them.
    public mutating func setFilter(_ newFilter: PostFilter, select wanted: PostIdentity? = nil) {
        // Enter on a search being scanned must not start it again.
        if newFilter == filter && wanted == nil { return }
        let keep = wanted ?? current?.identity
        filter = newFilter
        reshow(keeping: keep)
    }

    mutating func reshow(keeping identity: PostIdentity?) {
        let candidates = sortedCandidates()
        let needle = searchKey
        if needle.isEmpty {
            scan = nil
            shown = candidates
        } else {
            // Matches are found a slice at a time between frames, the first
            // screenful first, as less shows its first match before the last.
            shown = []
            selected = 0
            scan = SearchScan(candidates: candidates, needle: needle, keep: identity)
            advanceScan(budget: SearchScan.slice)
            return
        }
        select(keeping: identity)
    }

    private mutating func select(keeping identity: PostIdentity?) {
        let found = identity.flatMap { id in shown.firstIndex { $0.identity == id } }
        let changed = found == nil || current?.identity != identity
        selected = found ?? 0
        if changed {
            matchIndex = nil
            openAtRememberedPart()
        }
        keepSelectionVisible()
    }

    /// The posts of the author filter in the order in force, kept until
    /// either changes: a search re-filters them at every key.
    func sortedCandidates() -> [Post] {
        let key = CandidateKey(author: filter.with(text: nil), order: order, reversed: reversed, count: all.count,
                               first: all.first?.stableID)
        return candidates.value(for: key) { order.sorted(filter.with(text: nil).apply(all), reversed: reversed) }
    }

    /// Scans the next `budget` posts of a search under way.
    mutating func advanceScan(budget: Int) {
        guard var scan else { return }
        let end = min(scan.candidates.count, scan.next + budget)
        let hadSelection = !shown.isEmpty
        for post in scan.candidates[scan.next..<end] where PostFilter.matches(post, folded: scan.needle) {
            shown.append(post)
        }
        scan.next = end
        self.scan = end < scan.candidates.count ? scan : nil
        // The post that was selected stays selected once it is found (unless the
        // person has moved meanwhile); until then the first match is.
        if let keep = scan.keep, selected == 0, current?.identity != keep,
           let at = shown.firstIndex(where: { $0.identity == keep }) {
            selected = at
            openAtRememberedPart()
        } else if !hadSelection && !shown.isEmpty {
            selected = 0
            matchIndex = nil
            openAtRememberedPart()
        }
        keepSelectionVisible()
    }

    /// The whole archive, once read, in place of the first part: the selected
    /// post stays selected, and a selection at the end (after `G`) stays there.
    mutating func replace(corpus: Corpus) {
        let atEnd = !shown.isEmpty && selected == shown.count - 1 && selected > 0
        // Untouched since the start: the remembered place may be past the first part.
        let untouched = selected == 0 && marks.places[corpusKey].map { $0.post != current?.stableID } ?? false
        all = corpus.posts
        site = corpus.site
        authors = corpus.authors
        loading = false
        reshow(keeping: current?.identity)
        if atEnd { select(shown.count - 1) }
        if untouched { goToRememberedPlace() }
    }

    static let orders: [(PostOrder, Bool)] = [(.date, false), (.date, true), (.author, false),
                                               (.title, false), (.comments, false)]

    /// `s`: newest first, oldest first, author, title, most comments.
    mutating func cycleOrder() {
        let now = Self.orders.firstIndex { $0 == (order, reversed) } ?? -1
        (order, reversed) = Self.orders[(now + 1) % Self.orders.count]
        reshow(keeping: current?.identity)
        message = "Sorted: " + orderName
    }

    /// `]` and `[`: the next or previous shown post by the current post's author.
    mutating func stepByAuthor(forward: Bool) {
        guard let post = current else { return }
        let author = post.author
        let candidates = forward ? Array(shown.indices.dropFirst(selected + 1))
                                 : Array(shown.indices.prefix(selected).reversed())
        guard let target = candidates.first(where: { shown[$0].author == author }) else {
            message = "No \(forward ? "later" : "earlier") post " + (author.map { "by \($0)" } ?? "without an author")
            return
        }
        select(target)
    }

    mutating func pick(_ key: Key, _ picker: AuthorPicker) {
        var picker = picker
        let matches = picker.matches(authors)
        switch key {
        case .escape:
            overlay = .none
            return
        case .enter:
            overlay = .none
            if matches.indices.contains(picker.selected) {
                setFilter(PostFilter.by(matches[picker.selected].name, text: filter.text))
            }
            return
        case .up, .control("p"): picker.selected = max(0, picker.selected - 1)
        case .down, .control("n"): picker.selected = min(max(0, matches.count - 1), picker.selected + 1)
        default:
            if picker.query.handle(key) { picker.selected = 0 }
        }
        overlay = .authors(picker)
    }

    mutating func search(_ key: Key, _ prompt: SearchPrompt) {
        var prompt = prompt
        switch key {
        case .escape:
            overlay = .none
            setFilter(filter.with(text: prompt.previousText), select: prompt.previousPost)
            indexTop = prompt.previousIndexTop
            keepSelectionVisible()
            if current?.identity == prompt.previousPost { articleTop = prompt.previousArticleTop }
        case .enter:
            overlay = .none
            let text = prompt.query.text
            setFilter(filter.with(text: text.isEmpty ? nil : text))
            if !text.isEmpty { message = shown.isEmpty ? "No post matches “\(text)”" : "n/N next/previous match" }
        default:
            guard prompt.query.handle(key) else { return }
            overlay = .search(prompt)
            searchPending = true
            if !deferWork { settle() }
        }
    }

    /// Applies what was typed into the search prompt. Keys that arrive
    /// together (a paste, a fast typist) filter the archive once, not once each.
    mutating func settle() {
        guard searchPending, case .search(let prompt) = overlay else { return }
        searchPending = false
        let text = prompt.query.text
        // While typing, the post selected before the search stays selected if it matches.
        setFilter(filter.with(text: text.isEmpty ? nil : text), select: prompt.previousPost)
    }

    /// `n` and `N`: the next match in the article, then on to the next post.
    mutating func nextMatch(forward: Bool) {
        guard !searchKey.isEmpty else {
            message = "No search: / to search"
            return
        }
        guard let rows = article?.matchRows else { return }
        let next: Int
        if let at = matchIndex {
            next = at + (forward ? 1 : -1)
        } else if forward {
            next = rows.firstIndex { $0 >= articleTop } ?? rows.count
        } else {
            next = (rows.lastIndex { $0 < articleTop + geometry.article.height } ?? -1)
        }
        if rows.indices.contains(next) {
            show(match: next, rows: rows)
            return
        }
        let target = selected + (forward ? 1 : -1)
        guard shown.indices.contains(target) else {
            message = forward ? "No more matches" : "No earlier match"
            return
        }
        select(target)
        if let later = article?.matchRows, !later.isEmpty {
            show(match: forward ? 0 : later.count - 1, rows: later)
        }
    }

    private mutating func show(match: Int, rows: [Int]) {
        matchIndex = match
        // The match a couple of lines below the top, so what leads to it shows.
        articleTop = max(0, min(articleBottom, rows[match] - 2))
    }

    /// `match 3/14` while moving through matches.
    public var matchStatus: String? {
        guard let at = matchIndex, let rows = article?.matchRows, !rows.isEmpty else { return nil }
        return "match \(at + 1)/\(rows.count)"
    }
}
