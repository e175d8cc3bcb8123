import Testing
@testable import FolioModel

/// The capture variants FORMAT.md says to expect, one small fixture each.
@Suite struct CaptureVariants {
    static let teaser = """
          • Whatever Happened to the End of History?

            Posted by: Roderick Parkes Thursday, October 23, 2014 2

            Tensions in eastern Ukraine do not mark the start of a new cold war.

        """

    @Test(arguments: ["*", "-", "·", "•"])
    func acceptsOtherBullets(bullet: String) {
        let capture = Fixtures.parse(Self.teaser.replacingOccurrences(of: "•", with: bullet))
        #expect(capture.posts.count == 1)
        #expect(capture.posts.first?.title == "Whatever Happened to the End of History?")
        #expect(capture.posts.first?.comments == 2)
    }

    @Test func acceptsTabsAndOtherIndentation() {
        let text = "\t• A Title\n\n\t\tPosted by: Ann Author Monday, October 20, 2014 4\n\n\t\tThe summary.\n"
        let post = Fixtures.parse(text).posts.first
        #expect(post?.title == "A Title")
        #expect(post?.summary == "The summary.")
        let flush = "• A Title\nPosted by: Ann Author October 20, 2014\nThe summary.\n"
        #expect(Fixtures.parse(flush).posts.first?.summary == "The summary.")
    }

    @Test(arguments: [
        ("Posted by: Ann Author October 20, 2014", "Ann Author", nil as Int?),
        ("Posted by: Ann Author Monday, October 20, 2014 7", "Ann Author", 7),
        ("Posted by Ann Author, Mon, Oct 20, 2014", "Ann Author", nil),
        ("Ann Author October 20, 2014 3", "Ann Author", 3),
        ("By Ann Author | 20 October 2014", "Ann Author", nil),
        ("Posted on October 20, 2014 by Ann Author", "Ann Author", nil),
        ("Posted on 2014-10-20 by Ann Author 5", "Ann Author", 5),
        ("Posted by: Ann AuthorOctober 20, 2014", "Ann Author", nil),
        ("Ann AuthorOctober 20, 2014", "Ann Author", nil),
        ("Posted by: Anne-Marie Le Pen-Élysée October 20, 2014 12 comments", "Anne-Marie Le Pen-Élysée", 12),
    ])
    func readsBylinesInEveryShape(byline: String, author: String, comments: Int?) {
        let post = Fixtures.parse("• A Title\n\n    \(byline)\n\n    Text.\n").posts.first
        #expect(post?.author == author)
        #expect(post?.date == Fixtures.date("2014-10-20"))
        #expect(post?.comments == comments)
    }

    @Test(arguments: ["October 9, 2014", "October 09, 2014", "Oct 9, 2014", "Oct. 9, 2014",
                      "9 October 2014", "2014-10-09", "Thursday, October 9, 2014", "Sept 9, 2014"])
    func readsDatesInEveryShape(date: String) {
        let post = Fixtures.parse("• T\n\n  Posted by: Ann \(date)\n\n  S.\n").posts.first
        let month = date.hasPrefix("Sept") ? 9 : 10
        #expect(post?.date == CalendarDate(year: 2014, month: month, day: 9))
        #expect(post?.author == "Ann")
    }

    @Test func readsArchivesWhereABulletCarriesTheDate() {
        let text = """
            • October 9, 2014

              First Post Title

                Posted by: Ann Author

                First Post Title
                The first summary.

              Second Post Title

                Posted by: Bob Writer 3

                The second summary.

            • October 8, 2014

              Third Post

                Posted by: Ann Author

                Third summary.
            """
        let capture = Fixtures.parse(text)
        #expect(capture.problems == [])
        #expect(capture.posts.map(\.title) == ["First Post Title", "Second Post Title", "Third Post"])
        #expect(capture.posts.map(\.date?.iso) == ["2014-10-09", "2014-10-09", "2014-10-08"])
        #expect(capture.posts[0].summary == "The first summary.")
        #expect(capture.posts[1].comments == 3)
        #expect(capture.posts[1].author == "Bob Writer")
    }

    @Test func joinsParagraphsWrappedOverSeveralLines() {
        let text = """
            • Wrapped

                Posted by: Ann October 20, 2014

                The first paragraph
                goes on here
                and ends here.

                A quote wrapped
                over two lines.
                Tweet This

                The last one.
            """
        let post = Fixtures.parse(text).posts[0]
        #expect(post.body == [
            Block(.paragraph, "The first paragraph goes on here and ends here."),
            Block(.pullquote, "A quote wrapped over two lines."),
            Block(.paragraph, "The last one."),
        ])
    }

    @Test func lineEndingsByteOrderMarkAndTrailingSpacesChangeNothing() throws {
        let lf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Fixtures.sampleFile)), as: UTF8.self)
        let reference = Fixtures.parse(lf).posts
        let variants = [
            lf.replacingOccurrences(of: "\n", with: "\r\n"),
            lf.replacingOccurrences(of: "\n", with: "\r"),
            "\u{FEFF}" + lf,
            lf.replacingOccurrences(of: "\n", with: "  \t\n"),
        ]
        for variant in variants {
            let posts = Fixtures.parse(variant).posts
            #expect(posts == reference)
        }
    }

    @Test func keepsEveryScript() {
        let titles = ["日本の外交政策", "السياسة الخارجية", "מדיניות חוץ", "Cafe\u{301} Crème", "Family 👨‍👩‍👧 day"]
        let text = titles.map { "• \($0)\n\n  Posted by: Mörk 王 October 20, 2014\n\n  Summary \($0).\n\n" }.joined()
        let posts = Fixtures.parse(text).posts
        #expect(posts.map(\.title) == titles)
        #expect(posts.allSatisfy { $0.author == "Mörk 王" })
        // NFD and NFC spellings are one post.
        let nfc = Fixtures.parse("• Café Crème\n\n  Posted by: Mörk 王 October 20, 2014\n\n  S.\n").posts[0]
        #expect(nfc.identity == posts[3].identity)
    }

    @Test func aTeaserWhoseSummaryRepeatsTheTitleKeepsOnlyTheSummary() {
        let text = "• Same Title\n\n  Posted by: Ann October 20, 2014\n\n  Same Title\n  The summary.\n"
        #expect(Fixtures.parse(text).posts[0].summary == "The summary.")
    }

    @Test func proseThatMentionsADateOrStartsWithByIsNotAByline() {
        let text = """
            • Real Post

                Posted by: Ann October 20, 2014

                By October 9, 2014 the talks had failed.

                Short Line

                By delegating its responsibility, the EU is playing an ambiguous role.
            """
        let capture = Fixtures.parse(text)
        #expect(capture.posts.count == 1)
        #expect(capture.posts[0].body.count == 3)
    }
}

import Foundation
