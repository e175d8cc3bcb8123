import FolioModel

/// Read marks in the reader: a post shown for a second (`read_after`), or
/// scrolled to its end, is read; holding `j` past posts marks none of them,
/// unless the config says that passing over a post reads it.
extension ReaderState {
    public func isRead(_ post: Post) -> Bool { marking.marks.isRead(post.stableID) }

    /// Counted again only when the marks or the posts shown change, not on
    /// every frame: a hundred thousand lookups would be felt at each key.
    public var unreadCount: Int {
        // No marks (a first look, --no-state): nothing to look up, however many posts arrive.
        if marking.marks.posts.isEmpty { return query.shown.count }
        return unreadCache.value(for: unreadKey) { unread(among: query.shown) }
    }

    var unreadKey: UnreadKey {
        UnreadKey(revision: marking.readRevision, count: query.shown.count, first: query.shown.first?.stableID,
                  filter: query.filter, limit: query.limit, unreadOnly: query.unreadOnly, order: query.order,
                  reversed: query.reversed)
    }

    private func unread(among posts: [Post]) -> Int {
        posts.reduce(0) { $0 + (marking.marks.isRead($1.stableID) ? 0 : 1) }
    }

    /// `added` joined the posts shown when the count was `key`'s: counted
    /// on from there, not again over a million posts at each piece.
    func countOn(from key: UnreadKey, adding added: [Post]) {
        guard let before = unreadCache.cached(for: key) else { return }
        unreadCache.set(unreadKey, before + unread(among: added))
    }

    mutating func tick(_ time: Double) {
        marking.now = time
        noteShown()
        if marking.shownSince == nil { marking.shownSince = time }
        if marking.engaged, let post = current, let since = marking.shownSince, !marking.autoMarkOff, time - since >= settings.readAfter,
           !marking.marks.isRead(post.stableID) {
            setMark(post.stableID, read: true)
        }
    }

    /// After every key: note which post is on screen, and where in it.
    mutating func afterKey() {
        noteShown()
        // The time a post counts as looked at starts with the first key.
        if !marking.engaged {
            marking.engaged = true
            marking.shownSince = marking.now > 0 ? marking.now : nil
        }
        guard let post = current else { return }
        let id = post.stableID
        // The article is not laid out for a post only passed over: a burst of j stays cheap.
        if scroll.articleTop > 0 || scroll.articleFrom > 0, articleAtEnd, !marking.autoMarkOff, !marking.marks.isRead(id) {
            setMark(id, read: true)
        }
        let part = partAtTop
        if marking.marks.part(id) != part { setMark(id, part: part) }
        let place = marking.marks.places[marking.corpusKey]
        if place?.post != id || place?.part != part {
            marking.marks.places[marking.corpusKey] = ReadMarks.Place(post: id, part: part, at: marking.now)
            marking.marksRevision += 1
        }
    }

    var partAtTop: Int {
        // Row 0 is the title: no layout needed, which keeps a burst of j cheap.
        guard scroll.articleTop > 0 || scroll.articleFrom > 0, let article else { return 0 }
        return article.part(ofRow: scroll.articleTop) ?? 0
    }

    private mutating func noteShown() {
        let id = current?.stableID
        guard id != marking.shownPost else { return }
        if settings.markPassed, let passed = marking.shownPost, !marking.autoMarkOff, !marking.marks.isRead(passed) { setMark(passed, read: true) }
        marking.shownPost = id
        marking.shownSince = marking.now > 0 ? marking.now : nil
        marking.autoMarkOff = false
    }

    mutating func setMark(_ id: String, read: Bool? = nil, part: Int? = nil) {
        marking.marks.set(id, read: read, part: part, at: marking.now)
        marking.marksRevision += 1
        if let read {
            marking.readRevision += 1
            if read, query.unreadOnly { query.readSinceUnreadOnly.insert(id) }
        }
    }

    /// The marks from disk, under what was marked since the start (newer);
    /// the remembered place is gone to if the person has not moved yet.
    mutating func take(_ loaded: ReadMarks) {
        var merged = loaded
        merged.merge(marking.marks)
        marking.marks = merged
        marking.readRevision += 1
        marking.loadedMarks += 1
        if query.unreadOnly { reshow(keeping: current?.identity) }
        if !marking.engaged { goToRememberedPlace() }
    }

    /// Scrolls the selected post's article to where it was last read.
    mutating func openAtRememberedPart() {
        let part = current.map { marking.marks.part($0.stableID) } ?? 0
        showArticle(atPart: part)
    }

    /// Enter: reading a post full screen is looking at it, even after `r`
    /// made it unread; the delay counts from now.
    mutating func startReading() {
        marking.autoMarkOff = false
        marking.shownSince = marking.now > 0 ? marking.now : nil
    }

    /// `r`: read becomes unread and unread read, and stays so while shown.
    mutating func toggleRead() {
        guard let post = current else { return }
        let read = !marking.marks.isRead(post.stableID)
        marking.lastChange = MarkChange(before: [(post.stableID, !read)])
        setMark(post.stableID, read: read)
        marking.autoMarkOff = true
        status.message = read ? "Marked read" : "Marked unread"
    }

    /// `R`: every post shown is read; more than a screen of them is asked first.
    mutating func markAllShownRead(confirmed: Bool = false) {
        let unread = query.shown.filter { !marking.marks.isRead($0.stableID) }
        if !confirmed, unread.count > max(1, geometry.index.height) {
            overlay = .confirmMarkAll(count: unread.count)
            return
        }
        setRead(unread.map(\.stableID), true)
        marking.lastChange = MarkChange(before: unread.map { ($0.stableID, false) })
        let z = keymap.keys(for: .undoMark, in: .anywhere).first.map { " (\($0.name) undoes)" } ?? ""
        status.message = "Marked \(unread.count) post\(unread.count == 1 ? "" : "s") read" + (unread.isEmpty ? "" : z)
    }

    /// `y` or anything else, after `R` asked.
    mutating func confirmMarkAll(_ key: Key) {
        overlay = .none
        if key.isYes {
            markAllShownRead(confirmed: true)
        } else {
            status.message = "Nothing marked"
        }
    }

    /// `z`: the last change by `r` or `R` undone; once, as mutt's undelete.
    mutating func undoMarkChange() {
        guard let change = marking.lastChange else {
            status.message = "No mark change to undo"
            return
        }
        marking.lastChange = nil
        for read in [true, false] { setRead(change.before.filter { $0.read == read }.map(\.id), read) }
        marking.autoMarkOff = true
        let n = change.before.count
        status.message = "Undone: \(n) post\(n == 1 ? "" : "s") as before"
    }

    /// Many posts' flags at once, counted as one change.
    private mutating func setRead(_ ids: [String], _ read: Bool) {
        guard !ids.isEmpty else { return }
        for id in ids { marking.marks.set(id, read: read, at: marking.now) }
        if read, query.unreadOnly { query.readSinceUnreadOnly.formUnion(ids) }
        marking.marksRevision += 1
        marking.readRevision += 1
    }
}

/// What the unread count depends on.
struct UnreadKey: Equatable {
    var revision: Int
    var count: Int
    var first: String?
    var filter: PostFilter
    var limit: LimitPattern?
    var unreadOnly: Bool
    var order: PostOrder
    var reversed: Bool
}
