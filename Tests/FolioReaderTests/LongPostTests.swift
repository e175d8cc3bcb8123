import FolioModel
@testable import FolioReader
import Testing

/// A post far longer than a screen (here 5,000 paragraphs, a million in
/// the attack) is laid out from the paragraph at the top, as far as it is
/// looked at: opening it at a place, G and a resize cost a screen, not the post.
@Suite struct LongPosts {
    static let post = Post(
        title: "A Very Long Post", author: "Ann Author", date: CalendarDate(year: 2030, month: 10, day: 20),
        body: (0..<5_000).map { Block(.paragraph, "Paragraph \($0) of a post that goes on and on, wrapped at any width.") },
        links: [Link(text: "Paragraph 3 of", url: "https://example.org/3"),
                Link(text: "Paragraph 3750 of", url: "https://example.org/3750")],
        source: SourceLocation(file: "t.txt", line: 1))

    static func reading(width: Int = 60) -> ReaderState {
        let corpus = Corpus(captures: [Capture(posts: [post])])
        return ReaderFixtures.press(ReaderFixtures.state(width: width, height: 20, corpus: corpus), .key(.enter))
    }

    /// The article's rows on screen, as text.
    static func shown(_ state: ReaderState) -> [String] {
        let g = state.geometry
        return state.screen.rows[g.article.y..<(g.article.y + g.article.height)]
            .map { Layout.string(Array($0.dropFirst(g.articleTextX))).trimmingTrailingBlanks }
    }

    /// The same rows of the whole post laid out at once, from `first`.
    static func window(_ rows: [String], from first: Int, count: Int) -> [String] {
        return Array(rows[first..<min(rows.count, first + count)]) + Array(repeating: "", count: max(0, first + count - rows.count))
    }

    @Test func gAndAResizeLayOutAScreenNotThePost() throws {
        var s = ReaderFixtures.press(Self.reading(), .key(.character("G")))
        #expect(s.layoutStart > 0, "G laid out the post from its title")
        #expect(Self.shown(s).contains { $0.contains("Paragraph 4999 of") })
        #expect(s.screen.rows.last.map(Layout.string)?.contains("reading END") == true)
        s = ReaderFixtures.press(s, .resize(width: 44, height: 20))
        #expect(s.layoutStart > 0, "a resize laid out the post from its title")
        #expect(Self.shown(s).contains { $0.contains("Paragraph 4999") })
        s = ReaderFixtures.press(s, .key(.character("g")))
        #expect(Self.shown(s).first == "A Very Long Post")
    }

    /// Scrolled back above where the layout started, the rows go on as the
    /// whole post's do, row for row.
    @Test func scrollingUpFromAPlaceFurtherInShowsTheRowsBeforeIt() throws {
        var s = Self.reading()
        s = ReaderFixtures.press(s, .key(.character("5")), .key(.character("0")), .key(.character("%")))
        #expect(s.scroll.articleFrom > 0)
        let status = s.screen.rows.last.map(Layout.string) ?? ""
        #expect(status.contains("reading 50%"), "\(status)")
        let height = s.geometry.article.height
        let width = s.geometry.articleTextWidth
        let before = Self.shown(s)
        let whole = ArticleText(post: Self.post, width: width).rows.map(Layout.string)
        let at = try #require(whole.firstIndex { $0 == before[0] && $0.hasPrefix("Paragraph") })
        s = ReaderFixtures.press(s, .keys(Array(repeating: Key.character("k"), count: 45)))
        #expect(Self.shown(s) == Self.window(whole, from: at - 45, count: height))
        s = ReaderFixtures.press(s, .key(.pageUp), .key(.pageUp))
        #expect(Self.shown(s) == Self.window(whole, from: at - 45 - 2 * (height - 1), count: height))
    }

    /// A link further in keeps the number it has in the whole post.
    @Test func linksKeepTheirNumbersInALayoutFromFurtherIn() throws {
        let s = ReaderFixtures.press(Self.reading(), .key(.character("7")), .key(.character("5")), .key(.character("%")))
        #expect(s.scroll.articleFrom > 0)
        #expect(Self.shown(s).contains { $0.hasPrefix("Paragraph 3750 of[2] a post") }, "\(Self.shown(s))")
        let whole = ArticleText(post: Self.post, width: s.geometry.articleTextWidth).rows.map(Layout.string)
        #expect(whole.contains { $0.hasPrefix("Paragraph 3750 of[2] a post") })
    }
}

extension String {
    var trimmingTrailingBlanks: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
