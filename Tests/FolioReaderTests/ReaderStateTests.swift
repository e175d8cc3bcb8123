import Testing
@testable import FolioModel
@testable import FolioReader

@Suite struct IndexNavigation {
    let start = ReaderFixtures.state()

    @Test func jAndKMoveTheSelectionAndStopAtTheEnds() {
        #expect(ReaderFixtures.press(start, .character("j"), .character("j"), .down).cursor.selected == 3)
        #expect(ReaderFixtures.press(start, .character("j"), .up, .character("k"), .character("k")).cursor.selected == 0)
        let last = ReaderFixtures.press(start, .character("G"), .character("j"))
        #expect(last.cursor.selected == 19)
        #expect(last.current?.title == "NATO Stays Far Away From the Islamic State")
    }

    @Test func pagingMovesByAPaneAndHomeEndGoToTheEnds() {
        let paneRows = start.geometry.index.height
        for key in [ReaderEvent.character(" "), .pageDown, .control("f")] {
            #expect(ReaderFixtures.press(start, key).cursor.selected == paneRows - 1)
        }
        let bottom = ReaderFixtures.press(start, .end)
        #expect(bottom.cursor.selected == 19)
        for key in [ReaderEvent.character("b"), .pageUp, .control("b")] {
            #expect(ReaderFixtures.press(bottom, key).cursor.selected == 19 - (paneRows - 1))
        }
        #expect(ReaderFixtures.press(bottom, .home).cursor.selected == 0)
        #expect(ReaderFixtures.press(bottom, .character("g")).cursor.selected == 0)
    }

    @Test func theSelectedRowStaysInView() {
        let state = ReaderFixtures.press(start, .end)
        let rows = state.geometry.index.height
        #expect(state.cursor.indexTop == 20 - rows)
        let back = ReaderFixtures.press(state, .home)
        #expect(back.cursor.indexTop == 0)
    }

    @Test func tabMovesTheKeysToTheArticle() {
        let state = ReaderFixtures.press(start, .tab, .character("j"), .character("j"))
        #expect(state.viewport.focus == .article)
        #expect(state.cursor.selected == 0)
        #expect(state.scroll.articleTop == 2)
        let bottom = ReaderFixtures.press(state, .character("G"))
        #expect(bottom.scroll.articleTop == bottom.articleBottom)
        #expect(ReaderFixtures.press(bottom, .character("j")).scroll.articleTop == bottom.articleBottom)
        #expect(ReaderFixtures.press(bottom, .character("g")).scroll.articleTop == 0)
        #expect(ReaderFixtures.press(state, .tab).viewport.focus == .index)
    }

    @Test func aNewSelectionShowsItsArticleFromTheTop() {
        let scrolled = ReaderFixtures.press(start, .tab, .character(" "), .tab, .character("j"))
        #expect(scrolled.cursor.selected == 1)
        #expect(scrolled.scroll.articleTop == 0)
    }

    @Test func qQuitsAndCtrlCQuitsFromAnywhere() {
        #expect(ReaderFixtures.effects(start, .character("q")) == [.quit(status: 0)])
        // Having opened a post, the place is saved on the way out.
        #expect(ReaderFixtures.effects(start, .enter, .character("?"), .control("c")) == [.saveMarks, .quit(status: 0)])
        #expect(ReaderFixtures.effects(start, .enter, .character("q")).isEmpty)
    }

    @Test func ctrlLAsksForAFullRedraw() {
        #expect(ReaderFixtures.effects(start, .control("l")) == [.redrawAll])
        #expect(ReaderFixtures.effects(start, .character("j")).isEmpty)
    }
}

@Suite struct FullScreenReading {
    let start = ReaderFixtures.state(width: 200, height: 50)

    @Test func enterReadsAndEveryWayBackKeepsTheSelection() {
        for back in [ReaderEvent.character("q"), .escape, .character("h"), .left] {
            let reading = ReaderFixtures.press(start, .character("j"), .character("j"), .enter)
            #expect(reading.viewport.mode == .reading)
            #expect(ReaderFixtures.effects(reading, back).isEmpty)
            let index = ReaderFixtures.press(reading, back)
            #expect(index.viewport.mode == .browse)
            #expect(index.cursor.selected == 2)
        }
    }

    @Test func aWideScreenKeepsAReadableMeasure() {
        let reading = ReaderFixtures.press(start, .enter)
        let g = reading.geometry
        #expect(g.articleTextWidth == 80)
        #expect(g.articleTextX == 60)
        let rows = reading.screen.rows[1...].map { Layout.string($0) }
        #expect(rows.allSatisfy { !$0.hasPrefix(" ") || $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.hasPrefix(String(repeating: " ", count: 60)) || $0.hasPrefix(" 1/20") })
    }

    @Test func capitalJAndKGoToTheNextAndPreviousPostAndSayWhenThereIsNone() {
        var reading = ReaderFixtures.press(start, .enter, .character("j"), .character("J"))
        #expect(reading.cursor.selected == 1)
        #expect(reading.scroll.articleTop == 0)
        #expect(reading.viewport.mode == .reading)
        reading = ReaderFixtures.press(reading, .character("K"), .character("K"))
        #expect(reading.cursor.selected == 0)
        #expect(reading.status.message == "First post")
        let end = ReaderFixtures.press(start, .end, .enter, .character("J"))
        #expect(end.cursor.selected == 19)
        #expect(end.status.message == "Last post")
        #expect(Layout.string(end.screen.rows[end.viewport.height - 1]).contains("Last post"))
    }

    @Test func spaceAndBPageThroughTheArticle() {
        let small = ReaderFixtures.press(ReaderFixtures.state(width: 80, height: 24), .enter)
        let page = small.geometry.article.height - 1
        let down = ReaderFixtures.press(small, .character(" "))
        #expect(down.scroll.articleTop == page)
        #expect(ReaderFixtures.press(down, .pageDown, .control("f")).scroll.articleTop == 3 * page)
        #expect(ReaderFixtures.press(down, .character("b")).scroll.articleTop == 0)
        #expect(ReaderFixtures.press(down, .end).scroll.articleTop == down.articleBottom)
    }
}

@Suite struct LayoutAndSize {
    @Test func sideBySideFrom120ColumnsAndVToggles() {
        #expect(!ReaderFixtures.state(width: 119, height: 30).geometry.sideBySide)
        let wide = ReaderFixtures.state(width: 120, height: 30)
        #expect(wide.geometry.sideBySide)
        #expect(!ReaderFixtures.press(wide, .character("v")).geometry.sideBySide)
        let narrow = ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .character("v"))
        #expect(narrow.geometry.sideBySide)
        #expect(!ReaderFixtures.press(narrow, .character("v")).geometry.sideBySide)
    }

    @Test func aResizeKeepsThePostAndTheParagraphAtTheTop() {
        var state = ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .enter)
        state = ReaderFixtures.press(state, .character(" "), .character(" "))
        let article = state.article!
        let part = article.parts[state.scroll.articleTop]
        // Scroll to the first row of that paragraph so that "at the top" is exact.
        state.scroll.articleTop = article.firstRow(of: part)
        for (w, h) in [(60, 20), (200, 50), (41, 12), (100, 30)] {
            let resized = ReaderFixtures.press(state, .resize(width: w, height: h))
            #expect(resized.cursor.selected == state.cursor.selected)
            let top = resized.article!.parts[resized.scroll.articleTop]
            #expect(top == part, "\(w)x\(h)")
            #expect(resized.article!.parts[max(0, resized.scroll.articleTop - 1)] != part || resized.scroll.articleTop == 0)
        }
    }

    @Test func belowFortyByTenItSaysSoUntilItGrows() {
        let small = ReaderFixtures.press(ReaderFixtures.state(), .resize(width: 39, height: 10))
        #expect(small.isTooSmall)
        #expect(small.screen.text.contains("Terminal too small"))
        let short = ReaderFixtures.press(small, .resize(width: 80, height: 9))
        #expect(short.screen.text.contains("Terminal too small"))
        let grown = ReaderFixtures.press(short, .character("j"), .resize(width: 40, height: 10))
        #expect(!grown.screen.text.contains("Terminal too small"))
        #expect(grown.cursor.selected == 1)
    }

    @Test(arguments: [(1, 1), (10, 3), (40, 10), (0, 0), (2, 80), (80, 1)])
    func tinySizesNeverTrap(width: Int, height: Int) {
        let state = ReaderFixtures.press(ReaderFixtures.state(), .resize(width: width, height: height),
                                         .character("j"), .enter, .character("G"), .character("?"))
        let screen = state.screen
        #expect(screen.rows.count == max(0, height))
        #expect(screen.rows.allSatisfy { Layout.width($0) == width })
    }
}

@Suite struct Mouse {
    @Test func wheelScrollsThePaneUnderThePointer() {
        let state = ReaderFixtures.state(width: 100, height: 30)
        let g = state.geometry
        let overArticle = ReaderFixtures.press(state, .mouse(MouseEvent(.wheelDown, x: 10, y: g.article.y + 2)))
        #expect(overArticle.scroll.articleTop == 3)
        #expect(overArticle.cursor.indexTop == 0)
        let overIndex = ReaderFixtures.press(state, .mouse(MouseEvent(.wheelDown, x: 10, y: g.index.y + 1)))
        #expect(overIndex.cursor.indexTop == 3)
        #expect(overIndex.scroll.articleTop == 0)
    }

    @Test func aClickSelectsARowAndFocusesItsPane() {
        let state = ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .tab)
        let g = state.geometry
        let clicked = ReaderFixtures.press(state, .mouse(MouseEvent(.press, x: 20, y: g.index.y + 4)))
        #expect(clicked.cursor.selected == 4)
        #expect(clicked.viewport.focus == .index)
        let inArticle = ReaderFixtures.press(clicked, .mouse(MouseEvent(.press, x: 20, y: g.article.y + 4)))
        #expect(inArticle.viewport.focus == .article)
        #expect(inArticle.cursor.selected == 4)
    }
}

@Suite struct HelpOverlay {
    /// Each row of the help on an 80x24 screen: its keys and what they do.
    static func rows(_ state: ReaderState) -> [String] {
        let help = ReaderFixtures.press(state, .character("?"))
        #expect(help.showingHelp)
        return (0..<help.screen.height).map { help.screen.line($0).replacingOccurrences(of: "  +", with: " ", options: .regularExpression) }
    }

    @Test func questionMarkShowsEveryKeyAndAnyKeyClosesIt() {
        let rows = Self.scrolledThrough(ReaderFixtures.state()).map { $0.replacingOccurrences(of: "  +", with: " ", options: .regularExpression) }
        for expected in ["j Down next post / line down", "Space PgDn ^F page down", "^D half a page down", "q Esc h Left back to the index",
                         "J next post", "^C quit from anywhere", "? this help", "Esc clear the search", "u next unread post", "wheel scrolls, a click selects"] {
            #expect(rows.contains { $0.contains(expected) }, "\(expected)")
        }
        // Every key bound, in every mode, is on the screen.
        let text = rows.joined(separator: "\n")
        for mode in KeyMode.allCases {
            for (action, keys) in Keymap.standard.bindings[mode]! {
                #expect(text.contains(keys.map(\.name).joined(separator: " ") + " " + action.help), "\(mode) \(action)")
            }
        }
        let closed = ReaderFixtures.press(ReaderFixtures.press(ReaderFixtures.state(), .character("?")), .character("x"))
        #expect(!closed.showingHelp)
        #expect(closed.cursor.selected == 0)
    }

    /// Every line the help shows, page after page, with `j` to the end.
    static func scrolledThrough(_ state: ReaderState) -> [String] {
        var help = ReaderFixtures.press(state, .character("?"))
        var seen: [String] = []
        for _ in 0..<200 {
            for y in 0..<help.screen.height where !seen.contains(help.screen.line(y)) { seen.append(help.screen.line(y)) }
            let next = ReaderFixtures.press(help, .character("j"))
            if next.overlay == help.overlay { break }
            help = next
        }
        #expect(help.showingHelp)
        return seen
    }

    @Test(arguments: [(80, 18), (40, 10)])
    func onAShortScreenTheHelpScrollsAndSaysHow(width: Int, height: Int) {
        let state = ReaderFixtures.state(width: width, height: height)
        let help = ReaderFixtures.press(state, .character("?"))
        let bottom = (0..<height).map { help.screen.line($0) }.last { $0.contains("└") } ?? ""
        #expect(bottom.contains("scroll"), "\(bottom)")
        #expect(bottom.contains("close"), "\(bottom)")
        // Scrolled to its end, every key bound has been on the screen.
        let text = Self.scrolledThrough(state).joined(separator: "\n").replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        for mode in KeyMode.allCases {
            for (action, _) in Keymap.standard.bindings[mode]! {
                #expect(text.contains(action.help), "\(mode) \(action) at \(width)x\(height)")
            }
        }
        #expect(text.contains("wheel scrolls"))
        // Moved down, k comes back up, and q closes it without quitting.
        let down = ReaderFixtures.press(help, .character("j"), .character("j"))
        #expect(down.overlay == .help(top: 2))
        #expect(ReaderFixtures.press(down, .character("k")).overlay == .help(top: 1))
        let closed = ReaderFixtures.run(down, [.character("q")])
        #expect(!closed.state.showingHelp)
        #expect(closed.effects.isEmpty)
    }

    @Test func theHelpShowsTheKeysAsBound() {
        // Tall enough for the section of the keys bound anew.
        var state = ReaderFixtures.state(width: 100, height: 40)
        state.keymap.bind(.nextPost, to: [.character("x")], in: .reading)
        state.keymap.bind(.quit, to: [.character("Q")], in: .index)
        state.keymap.bind(.nextPost, to: [.character("+")], in: .anywhere)
        let rows = Self.rows(state)
        #expect(rows.contains { $0.contains("x next post") })
        // J still goes to the next post in the index: said with its mode.
        #expect(rows.contains { $0.contains("J next post (index)") })
        #expect(rows.contains { $0.contains("Q quit") })
        // Bound where no section shows it: listed at the end.
        #expect(rows.contains { $0.contains("+ next post") })
    }

    @Test func theREADMEsKeyTableIsTheKeymaps() throws {
        let readme = try String(contentsOf: ReaderFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(KeyHelp.markdown(.standard)), "the README's key table: \n\(KeyHelp.markdown(.standard))")
    }
}

@Suite struct ContentOnScreen {
    static let hostile = """
        • Evil \u{1B}]0;pwned\u{7}Title \u{1B}[2J

            Posted by: M\u{202E}allory October 20, 2014

            Body \u{9B}31m with\rcarriage\u{8}back and a bell\u{7}.

            Second paragraph.
        """

    @Test func controlCharactersAreShownAsStandInsNeverRaw() {
        let state = ReaderFixtures.press(ReaderFixtures.state(corpus: ReaderFixtures.corpus(Self.hostile)), .enter)
        let screen = state.screen
        let scalars = screen.rows.flatMap { $0.flatMap { $0.text.unicodeScalars } }
        #expect(!scalars.contains { Invisible.isControlOrFormat($0) })
        let text = screen.text
        #expect(text.contains("Evil ^[]0;pwned^GTitle ^[[2J"))
        #expect(text.contains("M<U+202E>allory"))
        // A lone CR ends a line, as in files with CR line endings; the line after it
        // continues the paragraph.
        #expect(text.contains("Body <9B>31m with carriage^Hback and a bell^G."))
        #expect(text.contains("Second paragraph."))
        let standIn = screen.rows.flatMap { $0 }.first { $0.text == "^" }
        #expect(standIn?.style.role == .standIn)
    }

    @Test(arguments: [40, 41, 57, 80, 121, 200])
    func wideAndCombiningCharactersNeverOverflowARow(width: Int) {
        let text = """
            • 清华全球政策中心网站的一篇很长很长的文章标题，用来测试宽字符的截断是否正确

                Posted by: 王小明 October 20, 2014 3

                您离开卡内基 - 清华全球政策中心网站，进入另一个卡内基全球网站。Cafe\u{301} 👨‍👩‍👧 e\u{301}\u{301} 日本語のテキストがここに続きます。

                A last paragraph.
            """
        for mode in [ReaderEvent.character("x"), .enter] {
            let state = ReaderFixtures.press(ReaderFixtures.state(width: width, height: 20,
                                                                  corpus: ReaderFixtures.corpus(text)), mode)
            for row in state.screen.rows {
                #expect(Layout.width(row) == width)
                #expect(row.allSatisfy { $0.width >= 1 && $0.width <= 2 || $0.text.unicodeScalars.count > 1 })
            }
        }
    }
}

@Suite struct CellLayout {
    @Test func aCombiningMarkWithNothingBeforeItGetsABaseOfItsOwn() {
        let cells = Layout.cells("\u{301}A")
        #expect(cells.map(\.text) == ["\u{25CC}\u{301}", "A"])
        #expect(Layout.width(cells) == 2)
    }

    @Test func wideCharactersCountTwoAndAreNeverCut() {
        let cells = Layout.cells("您离开卡内基")
        #expect(Layout.width(cells) == 12)
        #expect(Layout.string(Layout.fit(cells, width: 6)) == "您离…")
        #expect(Layout.width(Layout.fit(cells, width: 6)) == 5)
        #expect(Layout.wrap(cells, width: 5).map(Layout.string) == ["您离", "开卡", "内基"])
    }

    @Test func wrappingBreaksAtSpacesAndSplitsOnlyWordsWiderThanTheLine() {
        let lines = Layout.wrap(Layout.cells("aa bb cc dddddddddd e"), width: 6)
        #expect(lines.map(Layout.string) == ["aa bb", "cc", "dddddd", "dddd e"])
    }

    @Test func aWideCharacterNeverStraddlesAPaneEdge() {
        var screen = Screen(width: 10, height: 1)
        screen.put(Layout.cells("ab您好"), y: 0, x: 0, limit: 5)
        #expect(screen.line(0) == "ab您      ")
        screen.put(Layout.cells("x"), y: 0, x: 3)
        #expect(screen.line(0) == "ab x      ")
        #expect(Layout.width(screen.rows[0]) == 10)
    }
}

@Suite struct FoundByFuzzing {
    /// A family emoji counts 6 cells (2 for each person): in a 4-column pane it
    /// once made a row 6 wide. It is now drawn person by person.
    @Test func aCharacterWiderThanThePaneIsSplitNotOverflowed() {
        let family = "👨\u{200D}👩\u{200D}👧"
        for width in 1...6 {
            let lines = Layout.wrap(Layout.cells(family + " x"), width: width)
            #expect(lines.allSatisfy { Layout.width($0) <= width }, "width \(width)")
            #expect(lines.map(Layout.string).joined().contains(width >= 2 ? "👧" : "…"))
        }
    }
}

@Suite struct ScreenGrid {
    @Test func aWideCharacterTakesTwoColumnsAndHalfOfOneIsNone() {
        var screen = Screen(width: 6, height: 2)
        #expect(screen.cells.count == 12)
        screen.put(Layout.cells("東京"), y: 0, x: 0)
        #expect(screen.line(0) == "東京  ")
        #expect(screen.columns(0).map(\.width) == [2, 0, 2, 0, 1, 1])
        // Over the second half of 東: the first half is blanked, not left.
        screen.put(Layout.cells("a"), y: 0, x: 1)
        #expect(screen.line(0) == " a京  ")
        // Over the first half of 京: its second half goes too.
        screen.put(Layout.cells("b"), y: 0, x: 2)
        #expect(screen.line(0) == " ab   ")
        // A wide character that would straddle the edge is left out.
        screen.put(Layout.cells("xy東"), y: 1, x: 3)
        #expect(screen.line(1) == "   xy ")
        #expect(screen.row(1).count == 6 && screen.row(0).allSatisfy { !$0.isContinuation })
    }
}

/// States compare whole: parts that are values, caches left out.
@Suite struct WholeStates {
    @Test func whatChangesNothingLeavesAnEqualState() {
        let moved = ReaderFixtures.press(ReaderFixtures.state(), .character("j"))
        // A key bound to nothing says so, and changes nothing else.
        var said = ReaderFixtures.press(moved, .character("z"))
        #expect(said.status.message != nil)
        said.status.message = nil
        #expect(said == moved)
        #expect(ReaderFixtures.press(moved, .character("?"), .character("x")) == moved)
        #expect(ReaderFixtures.press(moved, .resize(width: 80, height: 24)) == moved)
        let back = ReaderFixtures.press(moved, .character("k"))
        #expect(back != moved)
        #expect(back.cursor == ReaderFixtures.state().cursor)
        #expect(back.query == moved.query && back.viewport == moved.viewport)
    }
}

@Suite struct StatusWords {
    @Test func theMessagesSayWhatHappened() {
        let state = ReaderFixtures.state()
        #expect(ReaderFixtures.press(state, .character("A")).status.message == "All authors")
        let byAuthor = ReaderFixtures.press(state, .character("s"))
        #expect(byAuthor.status.message == "Sorted: by author")
        #expect(byAuthor.screen.line(0).contains(" · by author · "))
    }
}
