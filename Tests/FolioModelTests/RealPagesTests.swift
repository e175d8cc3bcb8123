import Foundation
import Testing
@testable import FolioModel

/// folio against the corpus of real pages in `Tests/Corpus`: each page's
/// lynx and w3m captures, compared with what a person read from the page.
@Suite struct RealPages {
    struct Expected: Decodable {
        struct Source: Decodable { var url: String; var platform: String; var language: String; var kind: String }
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

    static let corpus = Fixtures.repository.appendingPathComponent("Tests/Corpus")

    static let pages: [Page] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        var pages: [Page] = []
        for name in names.sorted() {
            let folder = corpus.appendingPathComponent(name)
            guard let json = FileManager.default.contents(atPath: folder.appendingPathComponent("expected.json").path),
                  let expected = try? JSONDecoder().decode(Expected.self, from: json) else { continue }
            for capture in ["lynx.txt", "w3m.txt"] {
                let path = folder.appendingPathComponent(capture).path
                guard let bytes = FileManager.default.contents(atPath: path) else { continue }
                let result = CaptureParser.parse(bytes: [UInt8](bytes), file: "\(name)/\(capture)")
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
        var invented: [String] = []
        var report: [String] = []
    }

    static let score: Score = {
        var score = Score()
        for page in pages {
            var unmatched = page.result.posts
            for want in page.expected.posts {
                score.expected += 1
                guard let at = unmatched.firstIndex(where: { sameTitle($0.title, want.title) }) else {
                    score.report.append("\(page.name)/\(page.capture): missed “\(want.title)”")
                    continue
                }
                let faults = RealPages.faults(unmatched.remove(at: at), want)
                if faults.isEmpty {
                    score.exact += 1
                } else {
                    score.report.append("\(page.name)/\(page.capture): “\(want.title)”: " + faults.joined(separator: "; "))
                }
            }
            score.invented += unmatched.map { "\(page.name)/\(page.capture): invented “\($0.title)”" }
        }
        return score
    }()

    @Test func theCorpusIsLargeAndVaried() {
        let kinds = Set(Self.pages.map(\.expected.source.kind))
        #expect(Set(Self.pages.map(\.name)).count >= 30)
        #expect(Set(Self.pages.map(\.expected.source.platform)).count >= 4)
        #expect(Set(Self.pages.map(\.expected.source.language)).count >= 3)
        #expect(kinds.contains("index") && kinds.contains("single"))
    }

    /// The figure the README gives: posts read exactly, and none invented.
    @Test func atLeastNineInTenPostsComeOutExactAndNoneIsInvented() {
        let score = Self.score
        let percent = Double(score.exact) * 100 / Double(max(1, score.expected))
        print("real pages: \(score.exact) of \(score.expected) posts exact (\(String(format: "%.1f", percent)) %), "
              + "\(score.invented.count) invented, over \(Self.pages.count) captures of \(Set(Self.pages.map(\.name)).count) pages")
        if ProcessInfo.processInfo.environment["FOLIO_CORPUS_REPORT"] != nil {
            for line in score.report + score.invented { print("  " + line) }
        }
        #expect(percent >= 90, "\(score.report.prefix(20).joined(separator: "\n"))")
        #expect(score.invented.isEmpty, "\(score.invented.joined(separator: "\n"))")
    }

    /// `--check` on a real page names real problems only: never a menu item.
    @Test func noProblemIsAboutMenusOrMissingBylines() {
        for page in Self.pages where !page.result.posts.isEmpty {
            let noise = page.result.problems.filter { $0.message.contains("no readable byline") || $0.message.contains("no author") }
            #expect(noise.isEmpty, "\(page.name)/\(page.capture): \(noise.prefix(3))")
        }
    }
}
