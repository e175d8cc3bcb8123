import FolioModel
@testable import FolioReader
import Testing

/// How the reader draws the structure HTML pages keep: headings, items with
/// hanging indents, code never reflowed, links numbered with a list at the end.
@Suite struct StructuredArticles {
    static let post = Post(
        title: "A Trademark Battle", author: "Ada Lindqvist", date: CalendarDate(year: 2017, month: 3, day: 9),
        body: [Block(.paragraph, "Read the ruling of the court and the blog of the lawyer, both long."),
               Block(.heading, "What the court said"),
               Block(.item, "An item long enough to wrap onto a second line in a narrow pane"),
               Block(.code, "let veryLongName = compute(theFirstArgument, theSecondArgument)\n    return x")],
        links: [Link(text: "ruling of the court", url: "https://court.example/ruling"),
                Link(text: "an image", url: "https://example.org/image.png"),
                Link(text: "blog of the lawyer", url: "https://lawyer.example/")],
        source: SourceLocation(file: "p.html", line: 1))

    static func lines(width: Int) -> [String] {
        ArticleText(post: post, width: width).rows.map(Layout.string)
    }

    @Test func linksAreNumberedWhereTheyStandAndListedAtTheEnd() {
        let lines = Self.lines(width: 80)
        #expect(lines.contains { $0.contains("Read the ruling of the court[1] and the blog of the lawyer[2], both") })
        let list = Array(lines.drop { $0 != "Links" })
        #expect(list.prefix(3) == ["Links", "[1] ruling of the court  https://court.example/ruling",
                                   "[2] blog of the lawyer  https://lawyer.example/"])
        // Linked words are underlined: their cells have the link's role.
        let row = ArticleText(post: Self.post, width: 80).rows.first { Layout.string($0).hasPrefix("Read the") }!
        #expect(row.filter { $0.style.role == .link }.map(\.text).joined() == "ruling of the courtblog of the lawyer")
    }

    @Test func numberedAndNestedItemsAndImages() {
        let post = Post(title: "T", author: nil, date: nil,
                        body: [Block(.item, "Third", depth: 1, number: 3), Block(.item, "Inner", depth: 2),
                               Block(.image, "The court", url: "https://example.org/c.png"), Block(.rule, "")],
                        source: SourceLocation(file: "p.html", line: 1))
        let lines = ArticleText(post: post, width: 40).rows.map(Layout.string)
        #expect(lines.contains("  3. Third"))
        #expect(lines.contains("    • Inner"))
        #expect(lines.contains("[image: The court]"))
        #expect(lines.contains(String(repeating: "─", count: 20)))
    }

    @Test func codeScrollsSidewaysWithTheKeysAndBackOnAnotherPost() {
        let other = Post(title: "Other", author: nil, date: nil, source: SourceLocation(file: "o.html", line: 1))
        var state = ReaderState(corpus: Corpus(captures: [Capture(posts: [Self.post, other])]), width: 100, height: 30)
        state = ReaderFixtures.press(state, .enter)
        let before = state.article!.rows.map(Layout.string).first { $0.contains("let veryLongName") }!
        state = ReaderFixtures.press(state, .character(">"))
        let shifted = state.article!.rows.map(Layout.string).first { $0.contains("ongName") }!
        #expect(shifted.hasPrefix("  ‹ ") && !shifted.contains("let veryLongName"))
        #expect(state.article!.rows.map(Layout.string).contains { $0.contains("Read the ruling") }, "prose does not shift")
        state = ReaderFixtures.press(state, .character("<"))
        #expect(state.article!.rows.map(Layout.string).first { $0.contains("let veryLongName") } == before)
        state = ReaderFixtures.press(state, .character(">"))
        state = ReaderFixtures.press(state, .character("J"))
        #expect(state.scroll.codeShift == 0)
    }

    @Test func itemsHangAndCodeIsCutNotWrapped() {
        let lines = Self.lines(width: 40)
        let item = lines.firstIndex { $0.hasPrefix("  • An item") }!
        #expect(lines[item + 1].hasPrefix("    ") && !lines[item + 1].hasPrefix("    •"))
        let code = lines.first { $0.contains("let veryLongName") }!
        #expect(code.count == 40 && code.hasSuffix("›"))
        #expect(lines.contains("        return x"))
    }
}
