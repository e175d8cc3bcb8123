import Testing
@testable import FolioModel
@testable import FolioReader

/// Posts whose page names no author, or shows no day: many real blogs.
@Suite struct MissingBylines {
    static func post(_ title: String, _ author: String?, _ date: String?, line: Int) -> Post {
        let day = date.map { iso -> CalendarDate in
            let p = iso.split(separator: "-").map { Int($0)! }
            return CalendarDate(year: p[0], month: p[1], day: p[2])!
        }
        return Post(title: title, author: author, date: day, summary: "Text of \(title).",
                    source: SourceLocation(file: "t.txt", line: line))
    }

    static let corpus: Corpus = {
        var corpus = Corpus()
        corpus.add(post("Dated by Ann", "Ann Author", "2020-05-01", line: 1))
        corpus.add(post("Nobody's, dated", nil, "2021-01-02", line: 2))
        corpus.add(post("Ann's, undated", "Ann Author", nil, line: 3))
        corpus.add(post("Nobody's, undated", nil, nil, line: 4))
        corpus.add(post("Older by Ann", "Ann Author", "2019-03-03", line: 5))
        return corpus
    }()

    let start = ReaderFixtures.state(width: 100, height: 30, corpus: MissingBylines.corpus)

    @Test func undatedPostsComeLastNewestOrOldestFirst() {
        #expect(start.query.shown.map(\.title) == ["Nobody's, dated", "Dated by Ann", "Older by Ann",
                                             "Ann's, undated", "Nobody's, undated"])
        let oldest = PostOrder.date.sorted(Self.corpus.posts, reversed: true).map(\.title)
        #expect(oldest == ["Older by Ann", "Dated by Ann", "Nobody's, dated", "Ann's, undated", "Nobody's, undated"])
        let byAuthor = PostOrder.author.sorted(Self.corpus.posts).map(\.title)
        #expect(byAuthor.suffix(2) == ["Nobody's, dated", "Nobody's, undated"])
    }

    @Test func theIndexShowsADashForWhatThePageDoesNotName() {
        let rows = start.screen.text.split(separator: "\n")
        let undated = rows.first { $0.contains("Nobody's, undated") }!
        // Mark, date, author, title.
        #expect(undated.split(separator: " ").prefix(4) == ["N○", "-", "-", "Nobody's,"])
    }

    /// A feed's timestamp shows beside the day, in the offset it was written in.
    @Test func theBylineShowsTheTimeAFeedGives() {
        var post = Self.post("From a feed", "Ann Author", "2017-03-09", line: 1)
        post.time = "2017-03-09T23:30:00-05:00"
        #expect(ArticleText.byline(post) == "Ann Author · Thursday, March 9, 2017, 23:30 -05:00")
        post.time = "2017-03-09T04:05:00Z"
        #expect(ArticleText.byline(post) == "Ann Author · Thursday, March 9, 2017, 04:05 UTC")
        post.categories = ["Law", "Brands"]
        let rows = ArticleText(post: post, width: 60).rows.map(Layout.string)
        #expect(rows.prefix(3) == ["From a feed", "Ann Author · Thursday, March 9, 2017, 04:05 UTC", "Filed under Law · Brands"])
    }

    @Test func theArticleBylineLeavesOutWhatIsMissing() {
        #expect(ArticleText.byline(Self.corpus.posts[2]) == "Ann Author")
        #expect(ArticleText.byline(Self.corpus.posts[1]) == "Saturday, January 2, 2021")
        #expect(ArticleText.byline(Self.corpus.posts[3]) == "No byline")
    }

    @Test func thePickerListsNoAuthorOnceAndLastAndFiltersToIt() {
        let open = ReaderFixtures.press(start, .character("a"))
        guard case .authors(let picker) = open.overlay else { Issue.record("no picker"); return }
        #expect(picker.matches(open.library.authors).map(\.label) == ["Ann Author", "no author"])
        let picked = ReaderFixtures.press(ReaderFixtures.type(open, "no auth"), .enter)
        #expect(picked.query.shown.map(\.title) == ["Nobody's, dated", "Nobody's, undated"])
        #expect(picked.screen.line(0).contains("no author · 2 posts"))
    }

    @Test func fAndBracketsFollowPostsWithoutAnAuthor() {
        // The first row is "Nobody's, dated".
        let mine = ReaderFixtures.press(start, .character("f"))
        #expect(mine.query.shown.allSatisfy { $0.author == nil })
        let next = ReaderFixtures.press(start, .character("]"))
        #expect(next.current?.title == "Nobody's, undated")
        let last = ReaderFixtures.press(next, .character("]"))
        #expect(last.status.message == "No later post without an author")
    }

    @Test func listingAndAuthorsSayDashAndNoAuthor() {
        let list = PlainOutput.list(Self.corpus.posts).split(separator: "\n")
        #expect(list[3].hasPrefix("-           -           "))
        #expect(PlainOutput.authors(Self.corpus.authors) == "Ann Author  3\nno author   2\n")
    }

    @Test func jsonSaysNullForAuthorAndDateAndListsLinks() {
        var post = Self.corpus.posts[3]
        post.links = [Link(text: "the source", url: "https://example.org/a")]
        let json = CorpusJSON.render(site: nil, posts: [post], problems: [])
        #expect(json.contains("\"author\": null, \"date\": null"))
        #expect(json.contains("\"links\": [{\"text\": \"the source\", \"url\": \"https://example.org/a\"}]"))
    }
}
