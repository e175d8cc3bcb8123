import FolioHTML
import FolioModel
import FoundationEssentials

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org): the feed's `title`,
/// `description` and `authors`, each item's `title`, `url`,
/// `content_html`/`content_text`, `summary`, dates, `authors` and `tags`.
enum JSONFeed {
    static func parse(bytes: [UInt8], file: String) -> Capture {
        var capture = Capture()
        let data = Data(bytes)
        guard let object = try? JSONTree.parse(data), let feed = object as? [String: Any] else {
            capture.problems.append(Problem(file: file, line: 1, message: "not a JSON Feed that can be read"))
            return capture
        }
        if let title = (feed["title"] as? String).map(FeedText.line), !title.isEmpty {
            capture.site = Site(name: title, description: (feed["description"] as? String).map(FeedItems.markupText) ?? "")
        }
        let feedAuthor = authors(feed)
        let home = feed["home_page_url"] as? String
        let items = feed["items"] as? [Any] ?? []
        var lines = JSONLines(bytes)
        for case let item as [String: Any] in items {
            var entry = FeedEntry()
            entry.line = lines.next(after: item["id"] as? String ?? item["url"] as? String)
            entry.title = (item["title"] as? String).map(FeedItems.markupText) ?? ""
            entry.author = authors(item)
            entry.written = (item["date_published"] ?? item["date_modified"]) as? String
            if let html = item["content_html"] as? String {
                entry.content = .html(html)
            } else if let text = item["content_text"] as? String {
                entry.content = .plain(text)
            }
            entry.summary = (item["summary"] as? String).map { .plain($0) }
            entry.link = (item["url"] as? String).flatMap { HTMLFragment.absolute($0, base: home) }
            entry.base = entry.link ?? home
            entry.categories = (item["tags"] as? [Any] ?? []).compactMap { $0 as? String }.map(FeedText.line).filter { !$0.isEmpty }
            let (post, problem) = entry.post(file: file, feedAuthor: feedAuthor)
            capture.posts.append(post)
            if let problem { capture.problems.append(problem) }
        }
        if capture.posts.isEmpty { capture.problems.append(Problem(file: file, line: 1, message: "no items in this feed")) }
        return capture
    }

    /// 1.1's `authors`, 1.0's `author`: their names.
    static func authors(_ object: [String: Any]) -> String? {
        let people = (object["authors"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        return people.compactMap { ($0 as? [String: Any])?["name"] as? String }.map(FeedText.line).filter { !$0.isEmpty }.joinedNames
    }
}

/// The lines of a JSON file's items, found by their ids in order: JSON
/// has no line numbers of its own to give.
struct JSONLines {
    let bytes: [UInt8]
    var at = 0
    var line = 1

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next(after id: String?) -> Int {
        // The string itself, as the file may write it.
        guard let id, let needle = JSONTree.quoted(id) else { return line }
        guard let found = Self.find(needle, in: bytes, from: at) else { return line }
        line += bytes[at..<found].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        at = found
        return line
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count - from >= needle.count else { return nil }
        var n = from
        while n + needle.count <= bytes.count {
            if bytes[n] == needle[0], bytes[n..<(n + needle.count)].elementsEqual(needle) { return n }
            n += 1
        }
        return nil
    }
}
