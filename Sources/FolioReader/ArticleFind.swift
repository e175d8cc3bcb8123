import FolioModel

/// less's `/` in an article: the pattern, which way it goes, and whether
/// it has already wrapped round this article once.
public struct ArticleFind: Equatable, Sendable {
    public let typed: String
    public let needle: SearchNeedle
    public let forward: Bool
    /// Set when `n` has gone past the last match and round to the first:
    /// past the last again, `n` goes on to the next post with a match.
    var wrapped = false

    init(_ typed: String, forward: Bool) {
        self.typed = typed
        needle = SearchNeedle(typed)
        self.forward = forward
    }
}

extension ReaderState {
    /// Whether `/` finds in the article rather than filtering the index.
    var findsInArticle: Bool { viewport.mode == .reading || viewport.focus == .article }

    mutating func startFind(forward: Bool) {
        if viewport.mode == .browse { viewport.focus = .article }
        openPrompt(.find(forward: forward), "")
    }

    /// Enter in the find prompt: the first match at or after the top of the
    /// article (before it, going backwards), every match marked.
    mutating func find(_ text: String, forward: Bool) {
        guard !text.isEmpty else {
            query.find = nil
            return
        }
        query.find = ArticleFind(text, forward: forward)
        query.matchIndex = nil
        // Another post only when the person asks for it, with n.
        if articleMatches()?.isEmpty ?? true {
            let n = keymap.keys(for: .nextMatch, in: .anywhere).first.map { " (\($0.name): the next post with it)" } ?? ""
            status.message = "Pattern not found: “\(text)”" + n
            return
        }
        findNext(reverse: false)
    }

    /// `n` (`reverse` false) and `N` after a find. Past the last match it
    /// wraps round once, saying so as less does; past it again it goes on to
    /// the next post with a match.
    mutating func findNext(reverse: Bool) {
        guard let find = query.find, let rows = articleMatches() else { return }
        let forward = find.forward != reverse
        guard !rows.isEmpty else { return findInNextPost(forward: forward, find) }
        let next = nextMatchIndex(rows, forward: forward)
        if rows.indices.contains(next) { return show(match: next, rows: rows) }
        guard find.wrapped else {
            query.find?.wrapped = true
            show(match: forward ? 0 : rows.count - 1, rows: rows)
            let n = keymap.keys(for: .nextMatch, in: .anywhere).first?.name ?? "n"
            status.message = (forward ? "Search hit bottom, continuing at top" : "Search hit top, continuing at bottom")
                + (rows.count == 1 ? "; \(n) again: next post" : "")
            return
        }
        findInNextPost(forward: forward, find)
    }

    private mutating func findInNextPost(forward: Bool, _ find: ArticleFind) {
        guard let target = nearestShown(forward: forward, where: { PostFilter.matches($0, find.needle) }) else {
            status.message = "No \(forward ? "later" : "earlier") post has “\(find.typed)”"
            return
        }
        select(target)
        status.message = "Next post with “\(find.typed)”"
        if let rows = articleMatches(), !rows.isEmpty { show(match: forward ? 0 : rows.count - 1, rows: rows) }
    }

    /// What the article marks: the find in force, else the index's search.
    var articleNeedle: SearchNeedle { query.find?.needle ?? searchNeedle }
}
