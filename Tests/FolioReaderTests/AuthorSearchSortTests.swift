import Testing
@testable import FolioModel
@testable import FolioReader

@Suite struct AuthorPicking {
    let start = ReaderFixtures.state(width: 100, height: 30)

    func picker(_ state: ReaderState) -> AuthorPicker? {
        if case .authors(let picker) = state.overlay { return picker }
        return nil
    }

    @Test func listsEveryAuthorMostPostsFirstAndNarrowsAsYouType() {
        let open = ReaderFixtures.press(start, .character("a"))
        let all = picker(open)!.matches(open.library.authors)
        #expect(all.count == 8)
        #expect(all.first == AuthorCount(name: "Judy Dempsey", count: 10))
        #expect(open.screen.text.split(separator: "\n").contains { $0.contains("Judy Dempsey") && $0.contains(" 10 ") })
        let dem = ReaderFixtures.type(open, "dem")
        #expect(picker(dem)!.matches(dem.library.authors).map(\.name) == ["Judy Dempsey"])
        let pier = ReaderFixtures.type(open, "PIER")
        #expect(picker(pier)!.matches(pier.library.authors).map(\.name) == ["Marc Pierini"])
    }

    @Test func narrowingIgnoresDiacritics() {
        let corpus = ReaderFixtures.corpus("• T\n\n  Posted by: Zeynep Kobanê October 20, 2014\n\n  S.\n\n• U\n\n  Posted by: Ann October 19, 2014\n\n  S.\n")
        let state = ReaderFixtures.type(ReaderFixtures.press(ReaderFixtures.state(corpus: corpus), .character("a")), "kobane")
        #expect(picker(state)!.matches(state.library.authors).map(\.name) == ["Zeynep Kobanê"])
    }

    @Test func enterFiltersTheIndexToThatAuthorAndTheHeaderSaysSo() {
        let picked = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(start, .character("a")), "dempsey"), .enter)
        #expect(picked.overlay == .none)
        #expect(picked.query.shown.count == 10)
        #expect(picked.query.shown.allSatisfy { $0.author == "Judy Dempsey" })
        #expect(picked.screen.line(0).contains("Judy Dempsey · 10 posts"))
        // Moves never leave the filter.
        let bottom = ReaderFixtures.press(picked, .character("G"), .character("j"), .enter, .character("J"))
        #expect(bottom.current?.author == "Judy Dempsey")
        #expect(bottom.status.message == "Last post")
        let cleared = ReaderFixtures.press(picked, .character("A"))
        #expect(cleared.query.shown.count == 20)
    }

    @Test func arrowsChooseAndEscLeavesTheFilterAsItWas() {
        let chosen = ReaderFixtures.press(start, .character("a"), .down, .enter)
        #expect(chosen.query.filter.author == "Jan Techau")
        let escaped = ReaderFixtures.press(chosen, .character("a"), .down, .down, .escape)
        #expect(escaped.overlay == .none)
        #expect(escaped.query.filter.author == "Jan Techau")
        #expect(escaped.query.shown.count == 3)
    }

    @Test func bracketsWalkThePostsOfTheCurrentAuthorInIndexOrder() {
        var state = ReaderFixtures.press(start, .character("j"), .character("j"))
        #expect(state.current?.author == "Judy Dempsey")
        var seen: [String] = [state.current!.title]
        for _ in 0..<9 {
            state = ReaderFixtures.press(state, .character("]"))
            seen.append(state.current!.title)
        }
        let expected = PostOrder.date.sorted(ReaderFixtures.sample.posts).filter { $0.author == "Judy Dempsey" }.map(\.title)
        #expect(seen == expected)
        let end = ReaderFixtures.press(state, .character("]"))
        #expect(end.current?.title == expected.last)
        #expect(end.status.message == "No later post by Judy Dempsey")
        let back = ReaderFixtures.press(end, .enter, .character("["))
        #expect(back.current?.title == expected[8])
        #expect(back.viewport.mode == .reading)
        let first = ReaderFixtures.press(ReaderFixtures.press(start, .character("j"), .character("j")), .character("["))
        #expect(first.status.message == "No earlier post by Judy Dempsey")
    }

    @Test func fOrAClickOnTheBylineShowsThatAuthorsPosts() {
        let reading = ReaderFixtures.press(start, .character("j"), .character("j"), .enter, .character("f"))
        #expect(reading.query.shown.count == 10)
        #expect(reading.current?.title == "Judy Asks: Will Elections Help or Hinder Ukraine?")
        let browse = ReaderFixtures.press(start, .character("j"), .character("j"), .character("j"))
        let byline = browse.geometry.article.y + (browse.article!.parts.firstIndex(of: 1)! - browse.scroll.articleTop)
        let clicked = ReaderFixtures.press(browse, .mouse(MouseEvent(.press, x: 5, y: byline)))
        #expect(clicked.query.filter.author == "Jan Techau")
        #expect(clicked.query.shown.count == 3)
        #expect(clicked.current?.title == "Four Reasons Why European Foreign Policy Sleeps")
    }

    @Test func startsWithTheAuthorGivenOnTheCommandLine() {
        let state = ReaderState(corpus: ReaderFixtures.sample, filter: PostFilter(author: "pierini"), width: 100, height: 30)
        #expect(state.query.shown.count == 2)
    }
}

@Suite struct Searching {
    let start = ReaderFixtures.state(width: 100, height: 30)

    @Test func typingNarrowsTheIndexAndHighlightsTheWord() {
        let typing = ReaderFixtures.type(ReaderFixtures.press(start, .character("/")), "Merkel")
        #expect(typing.query.shown.map(\.title) == ["Can Merkel Deal With Putin’s Myths?"])
        #expect(typing.screen.line(typing.viewport.height - 1).hasPrefix(" /Merkel"))
        let marked = typing.screen.rows[1].filter { $0.style.role == .match }.map(\.text).joined()
        #expect(marked == "Merkel")
        let inArticle = typing.screen.rows[typing.geometry.article.y...].flatMap { $0 }.filter { $0.style.role == .match }
        #expect(inArticle.map(\.text).joined() == "Merkel")
    }

    @Test func enterKeepsTheFilterAndEscRestoresTheViewFromBefore() {
        let before = ReaderFixtures.press(start, .character("j"), .character("j"), .character("j"), .character("j"), .character("j"))
        let kept = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(before, .character("/")), "merkel"), .enter)
        #expect(kept.overlay == .none)
        #expect(kept.query.shown.count == 1)
        #expect(kept.screen.line(0).contains("“merkel”"))
        let cancelled = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(before, .character("/")), "merkel"), .escape)
        #expect(cancelled.query.shown.count == 20)
        #expect(cancelled.current?.title == before.current?.title)
        #expect(cancelled.cursor.selected == 5)
        // Esc in the index clears a kept search, with the post still selected.
        let cleared = ReaderFixtures.press(kept, .escape)
        #expect(cleared.query.shown.count == 20)
        #expect(cleared.current?.title == "Can Merkel Deal With Putin’s Myths?")
    }

    @Test func matchesIgnoreDiacriticsAndCaseUnlessACapitalIsTyped() {
        let state = ReaderFixtures.type(ReaderFixtures.press(start, .character("/")), "Milosevic")
        #expect(state.query.shown.count == 1)
        #expect(ReaderFixtures.type(ReaderFixtures.press(start, .character("/")), "MILOSEVIC").query.shown.isEmpty)
        #expect(ReaderFixtures.type(ReaderFixtures.press(start, .character("/")), "milosevic").query.shown.count == 1)
        let article = state.article!
        #expect(article.matchRows.count == 1)
        let marked = article.rows[article.matchRows[0]].filter { $0.style.role == .match }.map(\.text).joined()
        #expect(marked == "Milošević")
    }

    @Test func nAndNWalkTheMatchesThenGoOnToTheNextPost() {
        var state = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(start, .character("/")), "putin"), .enter)
        #expect(state.query.shown.count == 2)
        let total = state.article!.matchRows.count
        #expect(total == 9)
        state = ReaderFixtures.press(state, .character("n"))
        #expect(state.matchStatus == "match 1/9")
        state = ReaderFixtures.press(state, .character("n"), .character("n"))
        #expect(state.matchStatus == "match 3/9")
        #expect(state.screen.line(state.viewport.height - 1).contains("match 3/9"))
        let row = state.article!.matchRows[2]
        #expect(row >= state.scroll.articleTop && row < state.scroll.articleTop + state.geometry.article.height)
        state = ReaderFixtures.press(state, .character("N"))
        #expect(state.matchStatus == "match 2/9")
        for _ in 0..<8 { state = ReaderFixtures.press(state, .character("n")) }
        #expect(state.cursor.selected == 1)
        #expect(state.matchStatus == "match 1/2")
        state = ReaderFixtures.press(state, .character("n"), .character("n"))
        #expect(state.status.message == "No more matches")
        state = ReaderFixtures.press(state, .character("N"), .character("N"))
        #expect(state.cursor.selected == 0)
        #expect(state.matchStatus == "match 9/9")
    }

    @Test func thePromptEditsAsPeopleExpect() {
        var editor = LineEditor()
        for c in "new cold war" { _ = editor.handle(.character(c)) }
        _ = editor.handle(.control("w"))
        #expect(editor.text == "new cold ")
        _ = editor.handle(.backspace)
        _ = editor.handle(.backspace)
        #expect(editor.text == "new col")
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.character("X"))
        #expect(editor.text == "new cXol")
        _ = editor.handle(.right)
        _ = editor.handle(.character("您"))
        #expect(editor.text == "new cXo您l")
        // Ten cells: the wide character counts two, the cursor sits on the "l".
        #expect(Layout.width(editor.cells(.normal)) == 10)
        _ = editor.handle(.control("u"))
        #expect(editor.text == "l")
        #expect(editor.cursor == 0)
    }

    @Test func startsWithTheSearchGivenOnTheCommandLine() {
        let state = ReaderState(corpus: ReaderFixtures.sample, filter: PostFilter(text: "merkel"), width: 100, height: 30)
        #expect(state.query.shown.count == 1)
        #expect(state.screen.rows[1].contains { $0.style.role == .match })
    }
}

@Suite struct Sorting {
    @Test func sCyclesTheOrdersAndKeepsTheSelectedPost() {
        var state = ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .character("j"), .character("j"), .character("j"))
        let post = state.current!.title
        let names = ["by author", "by title", "most comments", "newest first"]
        for name in names {
            state = ReaderFixtures.press(state, .character("s"))
            #expect(state.current?.title == post)
            #expect(state.screen.line(0).hasSuffix(name + String(repeating: " ", count: 100 - Layout.width(Layout.cells(state.screen.line(0).trimmingCharacters(in: .whitespaces))) - 1)) || state.screen.line(0).contains(name))
            #expect(state.status.message == "Sorted: " + name)
        }
        let oldest = ReaderFixtures.press(ReaderFixtures.state(), .character("S"))
        #expect(oldest.query.shown.first?.date?.iso == "2014-09-29")
        #expect(oldest.status.message == "Sorted: oldest first")
        let byTitle = ReaderFixtures.press(ReaderFixtures.state(), .character("s"), .character("s"))
        #expect(byTitle.query.shown.first?.title == "A Battle Plan for NATO’s New Secretary General")
        // A reversal (here from --reverse) holds through s.
        let reversed = ReaderState(corpus: ReaderFixtures.sample, reversed: true)
        let zFirst = ReaderFixtures.press(reversed, .character("s"), .character("s"))
        #expect(zFirst.query.reversed && zFirst.query.shown.last?.title == "A Battle Plan for NATO’s New Secretary General")
        #expect(ReaderFixtures.press(reversed, .character("s")).screen.line(0).contains("by author, reversed"))
    }
}

import Foundation

@Suite struct SearchSliceBySlice {
    /// In the terminal a search runs a slice at a time: the first matches show
    /// before the archive has been searched to its end, and the selected post
    /// stays selected once it is found.
    @Test func matchesArriveInSlicesAndTheSelectionIsKept() {
        var corpus = Corpus()
        let base = ReaderFixtures.sample.posts
        for n in 0..<(SearchScan.slice * 2 + 10) {
            let post = base[n % base.count]
            corpus.add(Post(title: "\(post.title) \(n)", author: post.author, date: post.date,
                            comments: post.comments, summary: post.summary, body: post.body, source: post.source))
        }
        var state = ReaderState(corpus: corpus, width: 100, height: 30)
        // The oldest post is Judy Dempsey's: the last slice finds it.
        state = ReaderFixtures.press(state, .character("G"))
        let selected = state.current!.title
        let all = PostFilter(text: "judy").apply(corpus.posts).count
        // Typed as one burst, with no idle turn yet.
        _ = ReaderState.update(&state, .keys([.character("/")] + "judy".map(Key.character)))
        #expect(state.query.scan != nil)
        #expect(!state.query.shown.isEmpty && state.query.shown.count < all)
        #expect(state.screen.line(0).contains("searching…"))
        while state.query.scan != nil { _ = ReaderState.update(&state, .idle) }
        #expect(state.query.shown.count == all)
        #expect(state.current?.title == selected)
        #expect(!state.screen.line(0).contains("searching…"))
        state = ReaderFixtures.press(state, .enter)
        #expect(state.query.scan == nil)
        #expect(state.query.shown.count == all)
    }
}
