import Testing
@testable import FolioModel
@testable import FolioReader

/// mutt's limit: a pattern applied on Enter, under the search, said in the header.
@Suite struct Limiting {
    let start = ReaderFixtures.state(width: 100, height: 30)

    func limit(_ state: ReaderState, _ pattern: String) -> ReaderState {
        // The prompt opens on the limit in force: ^U clears it first.
        ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(state, .character("L"), .control("u")), pattern), .enter)
    }

    @Test func patternsKeepWhatTheyName() throws {
        let posts = ReaderFixtures.sample.posts
        func count(_ pattern: String) throws -> Int { try posts.filter { try LimitPattern(pattern).matches($0) { _ in false } }.count }
        #expect(try count("~a dempsey") == 10)
        #expect(try count("!~a dempsey") == 10)
        #expect(try count("~d 2014-10-01..2014-10-15") == 11)
        #expect(try count("~d 2014-09") == 2)
        #expect(try count("judy") == 10)
        #expect(try count("~t \"judy asks\"") == 4)
        #expect(try count("~a dempsey ~b osce") == 1)
        #expect(try count("~U") == 20 && count("~R") == 0)
        #expect(throws: LimitPattern.Problem.self) { try LimitPattern("~x") }
        #expect(throws: LimitPattern.Problem.self) { try LimitPattern("~a") }
    }

    @Test func lLimitsTheIndexAndTheHeaderSaysWhichIsInForce() {
        let limited = limit(start, "~a dempsey")
        #expect(limited.query.shown.count == 10)
        #expect(limited.status.message == "Limited to 10 posts")
        #expect(limited.screen.line(0).contains("limit ~a dempsey"))
        #expect(!limited.screen.line(0).contains("search"))
        // The search narrows within the limit, and the header names both.
        let searched = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(limited, .character("/")), "ukraine"), .enter)
        #expect(searched.query.shown.count < 10 && !searched.query.shown.isEmpty)
        #expect(searched.query.shown.allSatisfy { $0.author == "Judy Dempsey" })
        #expect(searched.screen.line(0).contains("limit ~a dempsey · search “ukraine”"))
        // Esc clears the search, not the limit; an empty limit clears it.
        let cleared = ReaderFixtures.press(searched, .escape)
        #expect(cleared.query.shown.count == 10)
        #expect(ReaderFixtures.press(cleared, .character("L")).screen.line(29).contains("Limit: ~a dempsey"))
        let none = limit(cleared, "")
        #expect(none.query.shown.count == 20)
        #expect(none.status.message == "No limit")
    }

    @Test func aBadPatternSaysWhyAndChangesNothing() {
        let bad = limit(limit(start, "~a dempsey"), "~q x")
        #expect(bad.query.shown.count == 10)
        #expect(bad.status.message?.hasPrefix("~q is no pattern here") == true)
    }
}
