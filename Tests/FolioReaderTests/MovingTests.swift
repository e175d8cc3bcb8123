import Testing
@testable import FolioModel
@testable import FolioReader

/// Moving as less and vi users move: counts, half pages, the ends said.
@Suite struct Moving {
    let start = ReaderFixtures.state()

    @Test func aCountRepeatsAMoveOrNamesThePost() {
        let typed = ReaderFixtures.press(start, .character("5"))
        #expect(typed.status.count == 5)
        #expect(typed.screen.line(23).contains(" 1/20  index  5…"))
        #expect(ReaderFixtures.press(typed, .character("j")).cursor.selected == 5)
        #expect(ReaderFixtures.press(start, .character("1"), .character("5"), .character("G")).cursor.selected == 14)
        #expect(ReaderFixtures.press(start, .character("3"), .character("g")).cursor.selected == 2)
        #expect(ReaderFixtures.press(start, .character("5"), .character("0"), .character("%")).cursor.selected == 9)
        // Esc forgets a count; a count is used once.
        let forgotten = ReaderFixtures.press(start, .character("5"), .escape, .character("j"))
        #expect(forgotten.cursor.selected == 1 && forgotten.status.count == nil)
        let once = ReaderFixtures.press(start, .character("2"), .character("j"), .character("j"))
        #expect(once.cursor.selected == 3)
        // In an article, a count before G is a line.
        let reading = ReaderFixtures.press(start, .enter, .character("4"), .character("G"))
        #expect(reading.scroll.articleTop == min(3, reading.articleBottom))
    }

    @Test func halfAPageAndAPageAsLessHasThem() {
        let page = start.geometry.index.height - 1
        #expect(ReaderFixtures.press(start, .control("d")).cursor.selected == page / 2)
        #expect(ReaderFixtures.press(start, .control("f")).cursor.selected == page)
        let down = ReaderFixtures.press(start, .control("f"), .control("f"))
        #expect(ReaderFixtures.press(down, .control("b")).cursor.selected == down.cursor.selected - page)
        #expect(ReaderFixtures.press(down, .control("u")).cursor.selected == down.cursor.selected - page / 2)
    }

    @Test func theEndsOfTheIndexAreSaid() {
        #expect(ReaderFixtures.press(start, .character("k")).status.message == "First post")
        let last = ReaderFixtures.press(start, .character("G"), .character("j"))
        #expect(last.status.message == "Last post" && last.cursor.selected == 19)
        #expect(ReaderFixtures.press(start, .character("j")).status.message == nil)
    }

    @Test func aKeyThatDoesNothingSaysSo() {
        let state = ReaderFixtures.press(start, .character("x"))
        #expect(state.status.message == "x does nothing here (? for help)")
        #expect(state.screen.line(23).contains("x does nothing here"))
    }

    @Test func theEndOfAnArticleIsEND() {
        let reading = ReaderFixtures.press(ReaderFixtures.state(width: 80, height: 12), .enter)
        #expect(reading.screen.line(11).contains("reading ") && !reading.screen.line(11).contains("END"))
        #expect(ReaderFixtures.press(reading, .character("G")).screen.line(11).contains("reading END"))
    }
}

@Suite struct Levels {
    @Test func qGoesBackALevelAndQuitsAtTheTop() {
        let article = ReaderFixtures.press(ReaderFixtures.state(), .tab)
        #expect(ReaderFixtures.effects(article, .character("q")).isEmpty)
        #expect(ReaderFixtures.press(article, .character("q")).viewport.focus == .index)
        #expect(ReaderFixtures.effects(article, .character("q"), .character("q")).last == .quit(status: 0))
    }
}
