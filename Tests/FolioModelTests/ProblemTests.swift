import Foundation
import Testing
@testable import FolioModel

@Suite struct Problems {
    @Test func aBulletWithoutABylineIsAProblemAndTheRestIsRead() {
        let text = """
            • Good One

                Posted by: Ann October 20, 2014

                Text.

              • No Byline Here

                Just text, no byline.

              • Good Two

                Posted by: Bob October 19, 2014 1

                More.
            """
        let capture = Fixtures.parse(text, file: "page.txt")
        #expect(capture.posts.map(\.title) == ["Good One", "Good Two"])
        #expect(capture.problems == [Problem(file: "page.txt", line: 7,
                                             message: "“No Byline Here” looks like a post but has no readable byline")])
    }

    @Test(arguments: ["February 30, 2014", "Feb 29, 2015", "2014-13-01", "0000-00-00", "31 April 2014"])
    func anImpossibleDateIsAProblemOnItsLine(date: String) {
        let text = "• Bad Date\n\n  Posted by: Ann \(date)\n\n  Text.\n\n• Fine\n\n  Posted by: Bob October 1, 2014\n\n  Ok.\n"
        let capture = Fixtures.parse(text)
        #expect(capture.posts.map(\.title) == ["Fine"])
        #expect(capture.problems.count == 1)
        #expect(capture.problems.first?.line == 3)
        #expect(capture.problems.first?.message.contains("impossible date") == true)
    }

    @Test func aBylineWithoutAuthorOrDateIsAProblem() {
        let noAuthor = Fixtures.parse("• T\n\n  Posted by: October 20, 2014\n\n  S.\n")
        #expect(noAuthor.posts.isEmpty)
        #expect(noAuthor.problems.map(\.line) == [3])
        let noDate = Fixtures.parse("• T\n\n  Posted by: Ann Author\n\n  S.\n")
        #expect(noDate.posts.isEmpty)
        #expect(noDate.problems.first?.message.contains("no date") == true)
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsLine() {
        var bytes = Array("• Caf".utf8) + [0xC3] + Array(" Title\n\n  Posted by: Ann October 20, 2014\n\n  S".utf8)
        bytes += [0xFF, 0xFE] + Array(".\n".utf8)
        let capture = Fixtures.parse(bytes: bytes)
        #expect(capture.posts.first?.title == "Caf\u{FFFD} Title")
        #expect(capture.posts.first?.summary == "S\u{FFFD}\u{FFFD}.")
        #expect(capture.problems.count == 1)
        #expect(capture.problems.first?.line == 1)
        #expect(capture.problems.first?.message.contains("invalid UTF-8") == true)
        #expect(capture.problems.first?.message.contains("and on 1 more line)") == true)
    }

    @Test func onlyTheLinesThatBreakUTF8AreCounted() {
        let post = Array("• Title\n\n  Posted by: Ann October 20, 2014\n\n  Caf\u{E9} au lait, na\u{EF}ve.\n\n".utf8)
        let bad = Array("  Caf".utf8) + [0xE9] + Array(".\n".utf8)
        let capture = Fixtures.parse(bytes: post + bad + post + post + bad + bad)
        #expect(capture.posts.count == 3)
        #expect(capture.problems.map(\.line) == [7])
        #expect(capture.problems.first?.message.contains("and on 2 more lines)") == true)
    }

    @Test func anEmptyFileHasNoPostsAndNoCrash() {
        let capture = Fixtures.parse(bytes: [])
        #expect(capture.posts.isEmpty && capture.problems.isEmpty)
    }

    @Test func binaryDataIsSkippedWithAProblem() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<20000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let capture = Fixtures.parse(bytes: bytes, file: "junk.txt")
        #expect(capture.posts.isEmpty)
        #expect(capture.problems.first?.message.contains("binary") == true)
    }

    @Test func aNulByteInTextKeepsWhatFollows() {
        let capture = Fixtures.parse("• Ti\u{0}tle\n\n  Posted by: Ann October 20, 2014\n\n  S.\n")
        #expect(capture.posts.first?.title == "Ti\u{0}tle")
    }

    @Test func aTenMegabyteLineParsesQuickly() {
        let line = String(repeating: "word ", count: 2_000_000)
        let text = "• Long\n\n  Posted by: Ann October 20, 2014\n\n  \(line)\n"
        let capture = Fixtures.parse(text)
        #expect(capture.posts.first?.summary?.count == line.count - 1)
    }

    @Test func tweetThisAloneOrFirstNeverMakesAQuoteOfRunningText() {
        let text = "• T\n\n  Posted by: Ann October 20, 2014\n\n  Tweet This\n\n  One.\n\n  Two.\n  Tweet This\n  Tweet This\n"
        let post = Fixtures.parse(text).posts[0]
        #expect(post.body == [Block(.paragraph, "One."), Block(.pullquote, "Two.")])
    }

    @Test func hugeOrNegativeCommentCountsDoNotTrap() {
        let text = "• T\n\n  Posted by: Ann October 20, 2014 99999999999999999999\n\n  S.\n"
        let capture = Fixtures.parse(text)
        #expect(capture.posts.count <= 1)
    }
}
