import FoundationEssentials
import FolioHTML

/// The fields of an RSS item or an Atom entry, by the names each version
/// gives them.
enum FeedItems {
    static func rss(_ item: FeedNode) -> FeedEntry {
        let own = item.namespace
        var entry = FeedEntry()
        entry.line = item.line
        entry.title = item.child("title", in: own, Namespace.dc).map { markupText($0.text) } ?? ""
        entry.author = item.child("creator", in: Namespace.dc).flatMap { FeedText.person($0.text) }
            ?? item.child("author", in: own).flatMap { FeedText.person($0.text) }
        entry.written = (item.child("pubDate", in: own) ?? item.child("date", in: Namespace.dc)).map { FeedText.line($0.text) }
        entry.comments = count(item.child("comments", in: Namespace.slash) ?? item.child("total", in: Namespace.thread))
        if let content = item.child("encoded", in: Namespace.content) { entry.content = .html(content.text) }
        if let description = item.child("description", in: own) { entry.summary = .html(description.text) }
        entry.link = item.child("link", in: own).map { FeedText.line($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? item.child("guid", in: own).flatMap { guid in
                guid.attribute("isPermaLink")?.lowercased() == "false" ? nil : FeedText.line(guid.text)
            }.flatMap { $0.lowercased().hasPrefix("http") ? $0 : nil }
        entry.base = item.base
        entry.categories = (item.children("category", in: own) + item.children("subject", in: Namespace.dc))
            .map { FeedText.line($0.text) }.filter { !$0.isEmpty }
        return entry
    }

    static func atom(_ item: FeedNode) -> FeedEntry {
        let own = item.namespace
        let old = own == Namespace.atom03
        var entry = FeedEntry()
        entry.line = item.line
        entry.title = item.child("title", in: own).map { text(of: $0, old: old) } ?? ""
        entry.author = person(in: item)
        let dates = old ? ["issued", "modified", "created"] : ["published", "updated"]
        entry.written = dates.lazy.compactMap { item.child($0, in: own) }.first.map { FeedText.line($0.text) }
        entry.comments = count(item.child("total", in: Namespace.thread))
            ?? item.children("link", in: own).first { $0.attribute("rel") == "replies" }
                .flatMap { $0.attribute("count", in: Namespace.thread) }.flatMap { Int($0) }
        if let content = item.child("content", in: own), content.attribute("src") == nil { entry.content = body(of: content, old: old) }
        if let summary = item.child("summary", in: own) { entry.summary = body(of: summary, old: old) }
        let links = item.children("link", in: own)
        if let link = links.first(where: { ($0.attribute("rel") ?? "alternate") == "alternate" }) ?? links.first,
           let href = link.attribute("href") {
            // Relative to its `xml:base`, or, where there is none, to the feed's own address.
            entry.link = link.base.map { HTMLFragment.absolute(href, base: $0) } ?? href
        }
        entry.base = item.base
        entry.categories = item.children("category", in: own).compactMap { $0.attribute("label") ?? $0.attribute("term") }
            .map(FeedText.line).filter { !$0.isEmpty }
        return entry
    }

    /// The name of the `author` (or 0.3's) in `node`.
    static func person(in node: FeedNode) -> String? {
        let own = node.namespace
        return node.children("author", in: own).compactMap { author in
            author.child("name", in: own).map { FeedText.line($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        }.joinedNames
    }

    static func count(_ node: FeedNode?) -> Int? {
        node.flatMap { Int(FeedText.line($0.text)) }.flatMap { $0 >= 0 ? $0 : nil }
    }

    /// An Atom text construct as a reader reads it, by its `type` (and
    /// Atom 0.3's `mode`).
    static func text(of node: FeedNode, old: Bool) -> String {
        switch body(of: node, old: old) {
        case .html(let html)?: HTMLFragment.text(html)
        case .plain(let text)?: FeedText.line(text)
        case nil: ""
        }
    }

    static func body(of node: FeedNode, old: Bool) -> FeedEntry.Text? {
        let type = (node.attribute("type") ?? "text").lowercased()
        if type == "xhtml" || type == "application/xhtml+xml" || old && type.contains("html") && node.attribute("mode") != "escaped" {
            // The markup is the content's: the `<div>` around it (1.0's rule) is its frame.
            let div = node.elements.count == 1 ? node.elements[0] : nil
            return .html(div?.name == "div" ? div!.innerMarkup : node.innerMarkup)
        }
        if type == "html" || type == "text/html" { return .html(node.text) }
        if type == "text" || type == "text/plain" { return .plain(node.text) }
        return nil
    }

    /// A title written in HTML (`Ups &amp; downs`, `<em>Why</em> not`) as
    /// text; RSS says nothing of it, and feeds do both.
    static func markupText(_ text: String) -> String {
        // `&` or a tag's start: `<` and a letter, `/` or `!`.
        var previous: UInt8 = 0
        let markup = text.utf8.contains { byte in
            defer { previous = byte }
            return byte == 0x26 || previous == 0x3C && (byte == 0x2F || byte == 0x21 || (0x41...0x5A).contains(byte & 0xDF))
        }
        return markup ? HTMLFragment.text(text) : FeedText.line(text)
    }
}

extension Array where Element == String {
    /// `Ada, Bo`: names one after another; nil for none.
    var joinedNames: String? { isEmpty ? nil : joined(separator: ", ") }
}
