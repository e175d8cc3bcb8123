import Foundation
import Testing
@testable import FolioModel
import FolioSources

@Suite struct Corpora {
    static let teaserPage = """
        • Other Post

            Posted by: Bob October 21, 2014 4

            Other summary.

          • Chinese-Russian Relations Enter Cyberspace

            Posted by: Misha Glenny Friday, October 24, 2014 6

            The teaser of the featured post.
        """

    @Test func aPostSeenTwiceIsOnePostAndTheFullTextWins() {
        let teaserFirst = Corpus(captures: [Fixtures.parse(Self.teaserPage, file: "a.txt"), Fixtures.sample()])
        let fullFirst = Corpus(captures: [Fixtures.sample(), Fixtures.parse(Self.teaserPage, file: "a.txt")])
        for corpus in [teaserFirst, fullFirst] {
            #expect(corpus.posts.count == 21)
            let merged = corpus.posts.filter { $0.title == "Chinese-Russian Relations Enter Cyberspace" }
            #expect(merged.count == 1)
            #expect(merged[0].body.count == 20)
            #expect(merged[0].comments == 6)
            #expect(merged[0].summary == "The teaser of the featured post.")
            #expect(merged[0].source.file == "seeds/000_3ae1642338b2fb30.txt")
        }
    }

    /// Pages of one blog name it; pages of several are no one blog's.
    @Test func theSiteIsTheBlogsOnlyWhenThereIsOne() {
        let one = Capture(site: Site(name: "Floor and Varnish", description: ""))
        let other = Capture(site: Site(name: "Fotsies Technology Blog", description: ""))
        #expect(Corpus(captures: [one, Capture(), one]).site?.name == "Floor and Varnish")
        #expect(Corpus(captures: [one, other]).site == nil)
    }

    @Test func postsWithOneTitleByDifferentAuthorsStayApart() {
        let text = "• Same\n\n  Posted by: Ann October 20, 2014\n\n  A.\n\n• Same\n\n  Posted by: Bob October 20, 2014\n\n  B.\n"
        #expect(Corpus(captures: [Fixtures.parse(text)]).posts.count == 2)
    }

    @Test func sortsStablyByEveryOrder() {
        let posts = Fixtures.sample().posts
        #expect(PostOrder.date.sorted(posts).first?.date?.iso == "2014-10-24")
        #expect(PostOrder.date.sorted(posts, reversed: true).first?.date?.iso == "2014-09-29")
        #expect(PostOrder.title.sorted(posts).first?.title == "A Battle Plan for NATO’s New Secretary General")
        #expect(PostOrder.author.sorted(posts).map(\.author).first == "Gwendolyn Sasse")
        let byComments = PostOrder.comments.sorted(posts)
        #expect(byComments.prefix(2).map(\.title) == ["The West Is Losing Russia", "Germany’s Grounded Planes and Soldiers"])
        #expect(byComments.last?.comments == nil)
        let sameDay = "• B\n\n  Posted by: X October 20, 2014\n\n  s.\n\n• A\n\n  Posted by: Y October 20, 2014\n\n  s.\n"
        #expect(PostOrder.date.sorted(Fixtures.parse(sameDay).posts).map(\.title) == ["B", "A"])
    }

    @Test func filtersIgnoreDiacriticsAndCaseUnlessACapitalIsTyped() {
        let posts = Fixtures.sample().posts
        #expect(PostFilter(author: "dempsey").apply(posts).count == 10)
        #expect(PostFilter(text: "milosevic").apply(posts).map(\.title) == ["Chinese-Russian Relations Enter Cyberspace"])
        #expect(PostFilter(text: "kobane").apply(posts).count == 1)
        // Smart case, as less -i and vim's smartcase: a capital makes case count, accents never do.
        #expect(PostFilter(text: "Kobane").apply(posts).count == 1)
        #expect(PostFilter(text: "KOBANE").apply(posts).isEmpty)
        #expect(PostFilter(text: "Milosevic").apply(posts).count == 1)
        #expect(PostFilter(text: "MILOSEVIC").apply(posts).isEmpty)
        #expect(SearchNeedle("École").occurs(in: "l’ÉCOLE et l’École") && !SearchNeedle("École").occurs(in: "l’école"))
        #expect(SearchNeedle("ecole").occurs(in: "L’ÉCOLE") && SearchNeedle("Straße").occurs(in: "die Straße"))
        #expect(PostFilter(author: "pierini", text: "turkey").apply(posts).count == 2)
        #expect(PostFilter(text: "no such words anywhere").apply(posts).isEmpty)
    }

    @Test func loadsDirectoriesRecursivelyAndReportsWhatItCannotRead() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nested = dir.appendingPathComponent("2014/10")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.sampleFile, toPath: nested.appendingPathComponent("page.txt").path)
        try Self.teaserPage.write(to: dir.appendingPathComponent("older.txt"), atomically: true, encoding: .utf8)
        try "not a capture".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        // A loop of directory symlinks is walked once.
        try FileManager.default.createSymbolicLink(atPath: nested.appendingPathComponent("loop").path,
                                                   withDestinationPath: dir.path)
        let outcome = CaptureFiles.load([dir.path, dir.appendingPathComponent("missing").path])
        #expect(outcome.filesRead == 2)
        #expect(outcome.corpus.posts.count == 21)
        #expect(outcome.unreadable.count == 1)
        #expect(outcome.unreadable.first?.reason == "no such file or directory")
    }

    @Test func aDirectoryWithoutCapturesAndAFifoAreRefusedNotWaitedOn() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let outcome = CaptureFiles.load([fifo, empty.path])
        #expect(outcome.filesRead == 0)
        #expect(outcome.unreadable.map(\.reason) == ["not a regular file; skipped", "no saved pages or feeds (*.txt, *.html, *.xml, *.json) in this directory"])
    }

    @Test func readsStandardInputForADash() {
        let outcome = CaptureFiles.load(["-"], standardInput: { .success(Array(Self.teaserPage.utf8)) })
        #expect(outcome.corpus.posts.count == 2)
        #expect(outcome.corpus.posts[0].source.file == "<stdin>")
    }
}

@Suite struct LargeCaptures {
    /// Over 8 MB a capture is parsed in two halves on two threads: the posts,
    /// their lines and the problems must be exactly those of one pass.
    @Test func aCaptureParsedInTwoHalvesGivesWhatOnePassGives() throws {
        var page = ""
        let paragraph = String(repeating: "Words of a summary that runs on. ", count: 12)
        for n in 0..<22_000 {
            page += "  • Post number \(n)\n\n    Posted by: Author \(n % 97) Monday, October \(n % 28 + 1), 2014 \(n % 7)\n\n    \(paragraph)\n\n"
            if n == 15_000 { page += "  • A bullet with no byline\n\n    Text.\n\n" }
        }
        page += "About Big Blog\n\nA description.\n"
        let bytes = Array(page.utf8)
        #expect(bytes.count > 8 << 20)
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt").path
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        let onePass = CaptureParser.parse(bytes: bytes, file: file)
        let halves = CaptureFiles.load([file]).corpus
        #expect(halves.posts.count == 22_000)
        #expect(halves.posts == Corpus(captures: [onePass]).posts)
        #expect(halves.problems == onePass.problems)
        #expect(halves.problems.count == 1)
        #expect(halves.site?.name == "Big Blog")
        // The reader's first look: the start and the end, whole posts only.
        let preview = CaptureFiles.preview([file]).posts
        #expect(preview.count < 1000)
        #expect(preview.first?.title == "Post number 0")
        #expect(preview.last?.title == "Post number 21999")
        #expect(Set(preview.map(\.identity)).isSubset(of: Set(halves.posts.map(\.identity))))
    }
}

@Suite struct DaysSince1970 {
    @Test func daysBecomeTheCalendarsDays() {
        #expect(CalendarDate(daysSince1970: 0).iso == "1970-01-01")
        #expect(CalendarDate(daysSince1970: 16367).iso == "2014-10-24")
        #expect(CalendarDate(daysSince1970: 11016).iso == "2000-02-29")
        #expect(CalendarDate(daysSince1970: 20788).iso == "2026-12-01")
        #expect(CalendarDate(daysSince1970: -1).iso == "1969-12-31")
    }
}
