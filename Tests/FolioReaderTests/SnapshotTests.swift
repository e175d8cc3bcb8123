import Testing
@testable import FolioReader

/// Reviewed screens of the sample at several sizes, in Snapshots/.
@Suite struct Screens {
    @Test func index40x10() {
        assertScreen(ReaderFixtures.state(width: 40, height: 10), "index-40x10")
    }

    @Test func index80x24AfterMovingDown() {
        assertScreen(ReaderFixtures.press(ReaderFixtures.state(), .character("j"), .character("j")), "index-80x24")
    }

    @Test func articleFocused100x30() {
        assertScreen(ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .tab, .character("j")),
                     "article-focus-100x30")
    }

    @Test func sideBySide120x30() {
        assertScreen(ReaderFixtures.state(width: 120, height: 30), "side-by-side-120x30")
    }

    @Test func sideBySide200x50() {
        assertScreen(ReaderFixtures.press(ReaderFixtures.state(width: 200, height: 50), .character("j")), "index-200x50")
    }

    @Test func readingFullScreen200x50() {
        assertScreen(ReaderFixtures.press(ReaderFixtures.state(width: 200, height: 50), .enter, .character(" ")),
                     "reading-200x50")
    }

    @Test func readingATeaser40x10() {
        assertScreen(ReaderFixtures.press(ReaderFixtures.state(width: 40, height: 10), .character("j"), .enter),
                     "reading-teaser-40x10")
    }

    @Test func help80x24() {
        assertScreen(ReaderFixtures.press(ReaderFixtures.state(), .character("?")), "help-80x24")
    }

    @Test func tooSmall30x8() {
        assertScreen(ReaderFixtures.state(width: 30, height: 8), "too-small-30x8")
    }
}
