import Foundation
import Testing
@testable import FolioModel
@testable import FolioReader

/// less's `/` in an article: it finds, it does not filter.
@Suite struct FindInTheArticle {
    let start = ReaderFixtures.state(width: 100, height: 30)

    /// The posts of the sample with "putin", by their place in the index.
    var withPutin: [Int] { start.query.shown.indices.filter { PostFilter.matches(start.query.shown[$0], SearchNeedle("putin")) } }

    /// Reading the first post with "putin" full screen.
    var reading: ReaderState {
        ReaderFixtures.run(start, String(withPutin[0] + 1).map { .character($0) } + [.character("g"), .enter]).state
    }

    func find(_ state: ReaderState, _ text: String, backwards: Bool = false) -> ReaderState {
        let prompt = ReaderFixtures.press(state, backwards ? .control("r") : .character("/"))
        return ReaderFixtures.press(ReaderFixtures.type(prompt, text), .enter)
    }

    @Test func slashFindsMarksEveryMatchAndFiltersNothing() {
        let found = find(reading, "putin")
        #expect(found.query.shown.count == 20)
        #expect(found.query.filter.text == nil)
        #expect(found.matchStatus == "match 1/9")
        let rows = found.article!.matchRows
        #expect(rows.count == 9)
        #expect(rows[0] >= found.scroll.articleTop && rows[0] < found.scroll.articleTop + found.geometry.article.height)
        // Every match is marked in the article, none in the index's sense.
        let marked = found.article!.rows.joined().filter { $0.style.role == .match }.map(\.text).joined()
        #expect(marked.lowercased() == String(repeating: "putin", count: 9))
    }

    @Test func theFindStartsAtTheTopOfWhatIsShown() {
        let rows = find(reading, "putin").article!.matchRows
        // Scrolled past the first three matches: the first found is the fourth.
        var scrolled = reading
        while scrolled.scroll.articleTop <= rows[2] { scrolled = ReaderFixtures.press(scrolled, .character("j")) }
        let found = find(scrolled, "putin")
        let expected = rows.firstIndex { $0 >= scrolled.scroll.articleTop }! + 1
        #expect(found.matchStatus == "match \(expected)/9")
    }

    @Test func nWrapsOnceWithLessesMessageThenGoesOnToTheNextPost() {
        var state = find(reading, "putin")
        for _ in 0..<8 { state = ReaderFixtures.press(state, .character("n")) }
        #expect(state.matchStatus == "match 9/9")
        state = ReaderFixtures.press(state, .character("n"))
        #expect(state.matchStatus == "match 1/9")
        #expect(state.status.message == "Search hit bottom, continuing at top")
        #expect(state.screen.line(29).contains("Search hit bottom, continuing at top"))
        #expect(state.cursor.selected == withPutin[0])
        for _ in 0..<8 { state = ReaderFixtures.press(state, .character("n")) }
        // The last match a second time: n goes on to the next post with one.
        state = ReaderFixtures.press(state, .character("n"))
        #expect(state.cursor.selected == withPutin[1])
        #expect(state.viewport.mode == .reading)
        #expect(state.matchStatus == "match 1/2")
        #expect(state.status.message == "Next post with “putin”")
        // N goes back the other way: wrapping at the top first.
        state = ReaderFixtures.press(state, .character("N"))
        #expect(state.matchStatus == "match 2/2")
        #expect(state.status.message == "Search hit top, continuing at bottom")
    }

    @Test func ctrlRFindsBackwardsFromTheBottomOfWhatIsShown() {
        // At the article's end, the last match is the first found backwards.
        let found = find(ReaderFixtures.press(reading, .character("G")), "putin", backwards: true)
        #expect(found.matchStatus == "match 9/9")
        #expect(found.screen.line(29).contains("match 9/9"))
        // n goes on backwards, as less's n after ?; N forwards, wrapping at the bottom.
        #expect(ReaderFixtures.press(found, .character("n")).matchStatus == "match 8/9")
        let wrapped = ReaderFixtures.press(found, .character("N"))
        #expect(wrapped.matchStatus == "match 1/9")
        #expect(wrapped.status.message == "Search hit bottom, continuing at top")
    }

    @Test func aPatternNowhereSaysSo() {
        let found = find(reading, "zzyzx")
        #expect(found.status.message == "Pattern not found: “zzyzx” (n: the next post with it)")
        #expect(found.cursor.selected == withPutin[0])
        #expect(ReaderFixtures.press(found, .character("n")).status.message == "No later post has “zzyzx”")
        // Not in this post but in a later one: found there only when n asks.
        let between = withPutin[0] + 1
        #expect(between < withPutin[1])
        let elsewhere = find(ReaderFixtures.run(start, String(between + 1).map { .character($0) } + [.character("g"), .enter]).state, "putin")
        #expect(elsewhere.cursor.selected == between)
        #expect(elsewhere.status.message == "Pattern not found: “putin” (n: the next post with it)")
        let on = ReaderFixtures.press(elsewhere, .character("n"))
        #expect(on.cursor.selected == withPutin[1])
        #expect(on.status.message == "Next post with “putin”")
    }

    @Test func inTheArticlePaneSlashFindsAndInTheIndexItFilters() {
        let pane = ReaderFixtures.press(start, .tab, .character("/"))
        guard case .search(let prompt) = pane.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.kind == .find(forward: true))
        #expect(pane.screen.line(29).contains("Find: /"))
        let index = ReaderFixtures.press(start, .character("/"))
        guard case .search(let filter) = index.overlay else { Issue.record("no prompt"); return }
        #expect(filter.kind == .filter)
    }

    @Test func upInThePromptRecallsEarlierSearchesWhichAreSavedWithTheMarks() throws {
        var state = find(find(reading, "putin"), "Merkel")
        state = ReaderFixtures.press(state, .escape, .character("/"))
        state = ReaderFixtures.press(state, .up)
        guard case .search(let prompt) = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.query.text == "Merkel")
        state = ReaderFixtures.press(state, .up, .up)
        guard case .search(let older) = state.overlay else { Issue.record("no prompt"); return }
        #expect(older.query.text == "putin")
        // Down past the newest comes back to what was being typed.
        state = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(state, .escape, .character("/")), "ukr"), .up, .down)
        guard case .search(let typed) = state.overlay else { Issue.record("no prompt"); return }
        #expect(typed.query.text == "ukr")
        // Saved as the marks are, and read back from a file written before searches were kept.
        let saved = try JSONDecoder().decode(ReadMarks.self, from: JSONEncoder().encode(state.marking.marks))
        #expect(saved.searchHistory == ["putin", "Merkel"])
        let old = try JSONDecoder().decode(ReadMarks.self, from: Data(#"{"version":1,"posts":{},"places":{}}"#.utf8))
        #expect(old.searchHistory.isEmpty)
    }
}
