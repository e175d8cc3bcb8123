import FolioFeed
import FolioModel
import Foundation
import Testing

/// folio against real feeds of blogs in `Tests/Feeds`, each with what a
/// person read from it by hand: the site, the number of items, and the
/// first items and the last in full.
@Suite struct RealFeeds {
    struct Expected: Decodable {
        struct Source: Decodable {
            var format: String
            var language: String
        }
        struct Post: Decodable {
            var title: String
            var author: String?
            var date: String?
            var comments: Int?
            var full: Bool
            var link: String?
            var keep: [String]
            var drop: [String]
        }
        var source: Source
        var site: Site
        var count: Int
        var posts: [Post]
    }

    struct Site: Decodable {
        var name: String
        var description: String
    }

    struct Sample {
        var name: String
        var expected: Expected
        var capture: Capture
        var sniffed: Bool
    }

    static let samples: [Sample] = {
        Fixtures.corpus("Feeds", of: Expected.self).compactMap { name, dir, expected in
            guard let file = ["feed.xml", "feed.json"].first(where: { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path) }),
                  let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) else { return nil }
            let feed = [UInt8](bytes)
            return Sample(name: name, expected: expected, capture: Feed.parse(bytes: feed, file: "\(name)/\(file)"), sniffed: Feed.sniff(feed))
        }
    }()

    static func squeeze(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    /// What is wrong with `post` as a reading of `want`; empty when exact.
    static func faults(_ post: FolioModel.Post, _ want: Expected.Post) -> [String] {
        var faults: [String] = []
        if post.author != want.author { faults.append("author \(post.author ?? "nil") ≠ \(want.author ?? "nil")") }
        if post.date?.iso != want.date { faults.append("date \(post.date?.iso ?? "nil") ≠ \(want.date ?? "nil")") }
        if post.comments != want.comments { faults.append("comments \(post.comments.map(String.init) ?? "nil") ≠ \(want.comments.map(String.init) ?? "nil")") }
        if post.isFullText != want.full { faults.append(post.isFullText ? "full text, not a summary" : "no full text") }
        if post.link != want.link { faults.append("link \(post.link ?? "nil") ≠ \(want.link ?? "nil")") }
        let text = squeeze(([post.summary ?? ""] + post.body.map(\.text)).joined(separator: "\n"))
        for phrase in want.keep where !text.contains(squeeze(phrase)) { faults.append("lost “\(phrase)”") }
        for phrase in want.drop where text.contains(squeeze(phrase)) { faults.append("kept “\(phrase)”") }
        return faults
    }

    @Test func realFeedsGiveTheirItemsAsAPersonReadsThem() {
        var report: [String] = []
        var exact = 0, listed = 0
        for sample in Self.samples {
            let posts = sample.capture.posts
            if !sample.sniffed { report.append("\(sample.name): not sniffed as a feed") }
            if posts.count != sample.expected.count { report.append("\(sample.name): \(posts.count) items ≠ \(sample.expected.count)") }
            if sample.capture.site?.name != sample.expected.site.name || sample.capture.site?.description != sample.expected.site.description {
                report.append("\(sample.name): site \(String(describing: sample.capture.site)) ≠ \(sample.expected.site)")
            }
            var taken = Set<Int>()
            for want in sample.expected.posts {
                listed += 1
                guard let at = posts.indices.first(where: { !taken.contains($0) && Self.squeeze(posts[$0].title) == Self.squeeze(want.title)
                    && (want.link == nil || posts[$0].link == want.link) }) ?? posts.indices.first(where: {
                        !taken.contains($0) && Self.squeeze(posts[$0].title) == Self.squeeze(want.title) }) else {
                    report.append("\(sample.name): missed “\(want.title)”")
                    continue
                }
                taken.insert(at)
                let faults = Self.faults(posts[at], want)
                if faults.isEmpty { exact += 1 } else { report.append("\(sample.name): “\(want.title)”: " + faults.joined(separator: "; ")) }
            }
        }
        let formats = Set(Self.samples.map(\.expected.source.format)).sorted()
        let summary = "real feeds (\(Self.samples.count), \(formats.joined(separator: ", "))): \(exact) of \(listed) listed posts exact; "
            + "\(Self.samples.filter { $0.capture.posts.count == $0.expected.count }.count) with every item"
        print(summary)
        for line in report { print("  " + line) }
        if let path = ProcessInfo.processInfo.environment["FOLIO_CORPUS_REPORT"] {
            try? ([summary] + report).joined(separator: "\n").write(toFile: path + ".feeds", atomically: true, encoding: .utf8)
        }
        #expect(Self.samples.count >= 15)
        #expect(report.isEmpty, "\(report.count) faults")
    }
}
