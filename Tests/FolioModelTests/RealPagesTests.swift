import Foundation
import Testing
@testable import FolioModel
import FolioHTML

/// folio against the corpus of real pages in `Tests/Corpus`: each page's
/// lynx and w3m captures, compared with what a person read from the page.
@Suite struct RealPages {
    struct Expected: Decodable {
        struct Source: Decodable {
            var url: String
            var platform: String
            var language: String
            var kind: String
            /// 1: the pages folio was built against; 2, 3: pages added after,
            /// each measured before folio was tuned on it, to see how it does
            /// on pages it was not shaped by.
            var batch: Int?
        }
        struct Post: Decodable {
            var title: String
            var author: String?
            var date: String?
            var comments: Int?
            var full: Bool
            var keep: [String]
            var drop: [String]
        }
        var source: Source
        var posts: [Post]
    }

    struct Page {
        var name: String
        var capture: String
        var expected: Expected
        var result: Capture
    }

    static let pages: [Page] = {
        var pages: [Page] = []
        for (name, folder, expected) in Fixtures.corpus("Corpus", of: Expected.self) {
            for capture in ["lynx.txt", "w3m.txt", "page.html"] {
                let path = folder.appendingPathComponent(capture).path
                guard let bytes = FileManager.default.contents(atPath: path) else { continue }
                let result = capture == "page.html" ? HTMLPage.parse(bytes: [UInt8](bytes), file: "\(name)/\(capture)")
                    : CaptureParser.parse(bytes: [UInt8](bytes), file: "\(name)/\(capture)")
                pages.append(Page(name: name, capture: capture, expected: expected, result: result))
            }
        }
        return pages
    }()

    static func squeeze(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func text(of post: Post) -> String {
        squeeze(([post.summary ?? ""] + post.body.map(\.text)).joined(separator: "\n"))
    }

    /// What is wrong with `post` as a reading of `expected`; empty when exact.
    static func faults(_ post: Post, _ expected: Expected.Post) -> [String] {
        var faults: [String] = []
        if squeeze(post.title) != squeeze(expected.title) { faults.append("title “\(post.title)”") }
        if post.author != expected.author { faults.append("author \(post.author ?? "nil") ≠ \(expected.author ?? "nil")") }
        if post.date?.iso != expected.date { faults.append("date \(post.date?.iso ?? "nil") ≠ \(expected.date ?? "nil")") }
        if post.comments != expected.comments {
            faults.append("comments \(post.comments.map(String.init) ?? "nil") ≠ \(expected.comments.map(String.init) ?? "nil")")
        }
        if post.isFullText != expected.full { faults.append(post.isFullText ? "full text, not a summary" : "no full text") }
        let text = text(of: post)
        for phrase in expected.keep where !text.contains(squeeze(phrase)) { faults.append("lost “\(phrase)”") }
        for phrase in expected.drop where text.contains(squeeze(phrase)) { faults.append("kept furniture “\(phrase)”") }
        return faults
    }

    static func sameTitle(_ a: String, _ b: String) -> Bool {
        let x = squeeze(a).lowercased(), y = squeeze(b).lowercased()
        return !x.isEmpty && !y.isEmpty && (x == y || x.contains(y) || y.contains(x))
    }

    struct Score {
        var expected = 0
        var exact = 0
        /// Posts found, and of the found, those whose field is right.
        var found = 0, authors = 0, dates = 0, comments = 0, texts = 0
        var invented: [String] = []
        var report: [String] = []

        var percent: Double { Double(exact) * 100 / Double(max(1, expected)) }

        var summary: String {
            "\(exact) of \(expected) posts exact (\(String(format: "%.1f", percent)) %), \(invented.count) invented; "
                + "found \(found), and of those author \(authors), date \(dates), comments \(comments), text \(texts)"
        }
    }

    static func score(batches: ClosedRange<Int>, html: Bool = false) -> Score {
        var score = Score()
        for page in pages where batches.contains(page.expected.source.batch ?? 1) && (page.capture == "page.html") == html {
            var unmatched = page.result.posts
            for want in page.expected.posts {
                score.expected += 1
                guard let at = unmatched.firstIndex(where: { sameTitle($0.title, want.title) }) else {
                    score.report.append("\(page.name)/\(page.capture): missed “\(want.title)”")
                    continue
                }
                let post = unmatched.remove(at: at)
                let faults = RealPages.faults(post, want)
                score.found += 1
                if post.author == want.author { score.authors += 1 }
                if post.date?.iso == want.date { score.dates += 1 }
                if post.comments == want.comments { score.comments += 1 }
                if !faults.contains(where: { $0.hasPrefix("lost") || $0.hasPrefix("kept") || $0.contains("full text") }) {
                    score.texts += 1
                }
                if faults.isEmpty {
                    score.exact += 1
                } else {
                    score.report.append("\(page.name)/\(page.capture): “\(want.title)”: " + faults.joined(separator: "; "))
                }
            }
            score.invented += unmatched.map { "\(page.name)/\(page.capture): invented “\($0.title)”" }
        }
        return score
    }

    @Test func theCorpusIsLargeAndVaried() {
        let kinds = Set(Self.pages.map(\.expected.source.kind))
        #expect(Set(Self.pages.map(\.name)).count >= 30)
        #expect(Set(Self.pages.map(\.expected.source.platform)).count >= 4)
        #expect(Set(Self.pages.map(\.expected.source.language)).count >= 3)
        #expect(kinds.contains("index") && kinds.contains("single"))
    }

    /// The figures the README gives: on all the pages, nine posts in ten
    /// exact and none invented (the issue's bar); each batch no worse than
    /// when last measured.
    @Test func atLeastNineInTenPostsComeOutExactAndNoneIsInvented() {
        let batches = Set(Self.pages.map { $0.expected.source.batch ?? 1 }).sorted()
        var report: [String] = []
        for batch in batches {
            let score = Self.score(batches: batch...batch)
            let pages = Set(Self.pages.filter { ($0.expected.source.batch ?? 1) == batch }.map(\.name)).count
            let summary = "real pages, batch \(batch) (\(pages) pages): \(score.summary)"
            print(summary)
            report += [summary] + (score.report + score.invented).map { "  " + $0 }
            let floor = Self.floors[batch] ?? Floor(exact: 0, invented: .max)
            #expect(score.exact >= floor.exact && score.invented.count <= floor.invented,
                    "batch \(batch): \(score.summary)\n\((score.report + score.invented).prefix(20).joined(separator: "\n"))")
        }
        let all = Self.score(batches: batches.first!...batches.last!)
        print("real pages, all: \(all.summary)")
        #expect(all.exact * 10 >= all.expected * 9 && all.invented.isEmpty, "\(all.summary)")
        // What is wrong with each post, to a file: the test runner's output
        // loses some of a long report.
        if let path = ProcessInfo.processInfo.environment["FOLIO_CORPUS_REPORT"] {
            try? (report.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// The same pages as saved, in HTML. The HTML reader was written after
    /// the first four batches were in, and tuned on them; the fifth came
    /// after it, measured before any tuning on it.
    @Test func theSavedHTMLGivesThePostsToo() {
        var report: [String] = []
        for (batches, floor) in Self.htmlFloors {
            let score = Self.score(batches: batches, html: true)
            let pages = Set(Self.pages.filter { batches.contains($0.expected.source.batch ?? 1) }.map(\.name)).count
            let summary = "real pages as HTML, batches \(batches.lowerBound)-\(batches.upperBound) (\(pages) pages): \(score.summary)"
            print(summary)
            report += [summary] + score.report + score.invented
            #expect(score.exact >= floor.exact && score.invented.count <= floor.invented,
                    "\(score.summary)\n\((score.report + score.invented).prefix(20).joined(separator: "\n"))")
        }
        if let path = ProcessInfo.processInfo.environment["FOLIO_CORPUS_REPORT"] {
            try? (report.joined(separator: "\n") + "\n").write(toFile: path + ".html", atomically: true, encoding: .utf8)
        }
    }

    /// Where a page's text capture and its HTML both give a post, how often
    /// it is the same post (title, author and date agree, so the corpus
    /// holds it once); where both give it exactly, always.
    @Test func aPageAsTextAndAsHTMLGivesTheSamePosts() {
        var both = 0, same = 0, exact = 0, exactSame = 0, differHTMLExact = 0
        for name in Set(Self.pages.map(\.name)).sorted() {
            let captures = Self.pages.filter { $0.name == name }
            guard let html = captures.first(where: { $0.capture == "page.html" }) else { continue }
            for text in captures where text.capture != "page.html" {
                for want in html.expected.posts {
                    guard let a = text.result.posts.first(where: { Self.sameTitle($0.title, want.title) }),
                          let b = html.result.posts.first(where: { Self.sameTitle($0.title, want.title) }) else { continue }
                    both += 1
                    if a.identity == b.identity { same += 1 } else if Self.faults(b, want).isEmpty { differHTMLExact += 1 }
                    if Self.faults(a, want).isEmpty, Self.faults(b, want).isEmpty {
                        exact += 1
                        if a.identity == b.identity { exactSame += 1 }
                    }
                }
            }
        }
        print("real pages found both as text and as HTML: \(both) posts, the same post \(same) times; "
              + "exact in both: \(exact), the same \(exactSame); where they differ, the HTML is exact \(differHTMLExact) times")
        #expect(exact > 0 && exactSame == exact)
        #expect(same >= Self.sameFloor, "\(same) of \(both)")
    }

    static let sameFloor = 245

    static let htmlFloors: [(ClosedRange<Int>, Floor)] = [
        (1...4, Floor(exact: 130, invented: 0)),
        (5...5, Floor(exact: 29, invented: 0)),
        (6...6, Floor(exact: 24, invented: 0)),
    ]

    /// Each batch as last measured: a floor, raised as folio improves. The
    /// first holds the issue's bar: nine in ten exact, none invented.
    struct Floor { var exact: Int; var invented: Int }
    static let floors: [Int: Floor] = [
        1: Floor(exact: 111, invented: 0),
        2: Floor(exact: 31, invented: 0),
        3: Floor(exact: 72, invented: 0),
        4: Floor(exact: 49, invented: 0),
        5: Floor(exact: 56, invented: 0),
        6: Floor(exact: 47, invented: 0),
    ]

    /// `--check` on a real page names real problems only: never a menu item.
    @Test func noProblemIsAboutMenusOrMissingBylines() {
        for page in Self.pages where !page.result.posts.isEmpty {
            let noise = page.result.problems.filter { $0.message.contains("no readable byline") || $0.message.contains("no author") }
            #expect(noise.isEmpty, "\(page.name)/\(page.capture): \(noise.prefix(3))")
        }
    }
}
