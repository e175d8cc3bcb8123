import FolioModel

/// Read marks in the reader: a post shown for a second (`read_after`), or
/// scrolled to its end, is read; holding `j` past posts marks none of them,
/// unless the config says that passing over a post reads it.
extension ReaderState {
    public func isRead(_ post: Post) -> Bool { marks.isRead(post.stableID) }

    /// Counted again only when the marks or the posts shown change, not on
    /// every frame: a hundred thousand lookups would be felt at each key.
    public var unreadCount: Int {
        let key = UnreadKey(revision: readRevision, count: shown.count, first: shown.first?.stableID,
                            filter: filter, order: order, reversed: reversed)
        return unreadCache.value(for: key) { shown.reduce(0) { $0 + (marks.isRead($1.stableID) ? 0 : 1) } }
    }

    mutating func tick(_ time: Double) {
        now = time
        noteShown()
        if shownSince == nil { shownSince = time }
        if let post = current, let since = shownSince, !autoMarkOff, time - since >= settings.readAfter,
           !marks.isRead(post.stableID) {
            setMark(post.stableID, read: true)
        }
    }

    /// After every key: note which post is on screen, and where in it.
    mutating func afterKey() {
        noteShown()
        guard let post = current else { return }
        let id = post.stableID
        if articleTop > 0, articleTop >= articleBottom, !autoMarkOff, !marks.isRead(id) {
            setMark(id, read: true)
        }
        let part = partAtTop
        if marks.part(id) != part { setMark(id, part: part) }
        let place = marks.places[corpusKey]
        if place?.post != id || place?.part != part {
            marks.places[corpusKey] = ReadMarks.Place(post: id, part: part, at: now)
            marksRevision += 1
        }
    }

    var partAtTop: Int {
        // Row 0 is the title: no layout needed, which keeps a burst of j cheap.
        guard articleTop > 0, let article, article.parts.indices.contains(articleTop) else { return 0 }
        return article.parts[articleTop]
    }

    private mutating func noteShown() {
        let id = current?.stableID
        guard id != shownPost else { return }
        if settings.markPassed, let passed = shownPost, !autoMarkOff, !marks.isRead(passed) { setMark(passed, read: true) }
        shownPost = id
        shownSince = now > 0 ? now : nil
        autoMarkOff = false
    }

    mutating func setMark(_ id: String, read: Bool? = nil, part: Int? = nil) {
        marks.set(id, read: read, part: part, at: now)
        marksRevision += 1
        if read != nil { readRevision += 1 }
    }

    /// Scrolls the selected post's article to where it was last read.
    mutating func openAtRememberedPart() {
        let part = current.map { marks.part($0.stableID) } ?? 0
        guard part > 0, let article else { articleTop = 0; return }
        articleTop = min(article.firstRow(of: part), articleBottom)
    }

    /// `r`: read becomes unread and unread read, and stays so while shown.
    mutating func toggleRead() {
        guard let post = current else { return }
        let read = !marks.isRead(post.stableID)
        setMark(post.stableID, read: read)
        autoMarkOff = true
        message = read ? "Marked read" : "Marked unread"
    }

    /// `R`: every post shown is read.
    mutating func markAllShownRead() {
        let unread = shown.filter { !marks.isRead($0.stableID) }
        for post in unread { marks.set(post.stableID, read: true, at: now) }
        if !unread.isEmpty {
            marksRevision += 1
            readRevision += 1
        }
        message = "Marked \(unread.count) post\(unread.count == 1 ? "" : "s") read"
    }
}

/// What the unread count depends on.
struct UnreadKey: Equatable {
    var revision: Int
    var count: Int
    var first: String?
    var filter: PostFilter
    var order: PostOrder
    var reversed: Bool
}
