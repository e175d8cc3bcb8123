import CLibXML2
import FolioModel
import FoundationEssentials

/// Saved HTML pages of blogs, read with libxml2: a browser's "Save Page
/// As", `wget --mirror`, a site's own generated output.
public enum HTMLPage: PageFormat {
    /// `<!DOCTYPE html`, `<html`, or a browser's `<!-- saved from url=… -->`
    /// before them, after a byte-order mark and blanks.
    public static func sniff(_ head: some Collection<UInt8>) -> Bool {
        if MarkupStart.cannotBeMarkup(head) { return false }
        var bytes = Array(head.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var text = String(decoding: bytes, as: UTF8.self).lowercased().drop { $0.isWhitespace }
        while text.hasPrefix("<!--"), let end = text.firstRange(of: "-->") { text = text[end.upperBound...].drop { $0.isWhitespace } }
        if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>") { text = text[end.upperBound...].drop { $0.isWhitespace } }
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.hasPrefix("<head")
    }

    public static func parse(bytes: [UInt8], file: String) -> Capture {
        let encoding = HTMLCharset.of(bytes, file: file)
        let capture = parse(bytes: bytes, file: file, encoding: encoding)
        // libxml2 stops at the first byte its charset cannot decode: the
        // page is read again in Windows-1252, where every byte is a letter,
        // and the problem named.
        guard capture.posts.isEmpty, encoding.name.lowercased() != "windows-1252", !encoding.name.hasPrefix("UTF-16") else {
            return capture
        }
        var again = parse(bytes: bytes, file: file, encoding: HTMLCharset(name: "windows-1252"))
        guard !again.posts.isEmpty else { return capture }
        again.problems.insert(Problem(file: file, line: 1, message: "bytes that are not \(encoding.name); read as Windows-1252"), at: 0)
        return again
    }

    static func parse(bytes: [UInt8], file: String, encoding: HTMLCharset) -> Capture {
        HTMLText.readingOnePage { read(bytes: bytes, file: file, encoding: encoding) }
    }

    static func read(bytes: [UInt8], file: String, encoding: HTMLCharset) -> Capture {
        var capture = Capture()
        // libxml2 drops control characters; a reader is shown them, as
        // pictures (`␛`), never raw.
        let shown = encoding.name.hasPrefix("UTF-16") ? bytes : HTMLText.controlsPictured(encoding.bytes(of: bytes))
        guard let document = HTMLDocument(bytes: shown, encoding: encoding.name), let root = document.root else {
            capture.problems.append(Problem(file: file, line: 1, message: MarkupLibrary.unavailable ?? "no HTML page could be read here"))
            return capture
        }
        if let problem = encoding.problem { capture.problems.append(problem) }
        if let line = document.tooDeepAt {
            capture.problems.append(Problem(file: file, line: line, message: "elements nested deeper than 256; what is below them is not read"))
        }
        let page = Reading(root: root, file: file)
        let entries = page.meta.isArticle ? [] : HTMLIndex.entries(root)
        capture.posts = entries.isEmpty ? page.single().map { [$0] } ?? [] : entries.compactMap(page.teaser)
        if capture.posts.isEmpty { capture.problems.append(Problem(file: file, line: 1, message: "no post found on this page")) }
        if let site = page.meta.siteName { capture.site = Site(name: site, description: "") }
        return capture
    }

    /// `Post title | The Blog`: the page's title without the site's name.
    static func withoutSiteName(_ title: String, site: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » ", " · "] {
            guard let cut = title.ranges(of: separator).last else { continue }
            let tail = title[cut.upperBound...]
            if site == nil || tail.lowercased() == site!.lowercased() || tail.count < title.count / 2 {
                return String(title[..<cut.lowerBound])
            }
        }
        return title
    }

    /// `Lewis White @lewis_d_white`, `Matt Bauman (JuliaHub)`: the name,
    /// without the handle or the affiliation after it.
    static func withoutHandle(_ name: String) -> String {
        var words = name.split(separator: " ")
        if words.count > 1, let last = words.last, last.hasPrefix("@") { words.removeLast() }
        if words.count > 2, let last = words.last, last.hasPrefix("("), last.hasSuffix(")") { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// One page being read: its metadata and visible text, asked by each post.
    struct Reading {
        let root: HTMLNode
        let file: String
        let meta: HTMLMetadata
        let base: String?
        /// How the page writes `05/04/2013`, by its language.
        let order: DateOrder

        init(root: HTMLNode, file: String) {
            self.root = root
            self.file = file
            meta = HTMLMetadata(root)
            base = meta.base ?? meta.canonical
            order = DateOrder(language: root.attribute("lang") ?? root.attribute("xml:lang") ?? meta.language) {
                // Only the page's slashed dates matter: their words alone.
                HTMLText.text(of: root).split(separator: " ").filter { $0.contains("/") }.joined(separator: " ")
            }
        }

        /// A name from the markup counts when the post shows it by its title
        /// or in its text, not only in a sidebar or a footer: the text
        /// captures of the same page must give the same post.
        func shown(_ name: String?, in scope: HTMLNode?) -> String? {
            guard let name, let scope, HTMLText.text(of: scope).lowercased().contains(name.lowercased()) else { return nil }
            return name
        }

        func line(_ node: HTMLNode?) -> Int { max(1, node.map { Int(xmlGetLineNo($0.pointer)) } ?? 1) }

        func single() -> Post? {
            let content = HTMLArticle.content(root)
            let heading = HTMLArticle.title(root, content: content, headline: meta.headline.map { withoutSiteName($0, site: meta.siteName) })
            let title = heading.map(HTMLText.text) ?? meta.headline.map { withoutSiteName($0, site: meta.siteName) }
                ?? meta.pageTitle.map { withoutSiteName($0, site: meta.siteName) } ?? ""
            guard let content, !title.isEmpty else { return nil }
            let byline = HTMLArticle.byline(root, near: heading, order: order, page: .some(meta.canonical))
            var text = HTMLBlocks(content, skipping: heading, base: base)
            let lead = text.takeByline(order: order)
            var author = shown(meta.author, in: HTMLArticle.scope(of: heading))
                // In the text a person's full name, not the word of a paper
                // it quotes (`hatte die „Wirtschaftswoche“ berichtet`).
                ?? shown(meta.author.flatMap { $0.split(separator: " ").count >= 2 ? $0 : nil }, in: content) ?? byline.author ?? lead.author
            author = text.endAtFurniture(author: author) ?? author
            // What the page shows first; the markup's where the page shows
            // none: a count of none the page does not show, and a day in no
            // year the post shows, are the CMS's, not the post's.
            let comments = byline.comments ?? lead.comments ?? HTMLArticle.commentCount(root) ?? meta.comments.flatMap { $0 > 0 ? $0 : nil }
            let scope = HTMLText.text(of: HTMLArticle.scope(of: heading) ?? content)
            let date = byline.date ?? lead.date ?? meta.date.flatMap { scope.contains(String($0.year)) ? $0 : nil }
            var post = Post(title: title, author: author.map(withoutHandle), date: date, comments: comments,
                            body: text.blocks, links: text.links, source: SourceLocation(file: file, line: line(heading)))
            post.link = meta.canonical.flatMap { HTMLURL.absolute($0, base: base) }
            return post
        }

        func teaser(_ entry: HTMLIndex.Entry) -> Post? {
            let title = HTMLText.text(of: entry.heading)
            guard !title.isEmpty else { return nil }
            let byline = HTMLArticle.byline(entry.node, near: nil, order: order)
            var text = HTMLBlocks(entry.node, skipping: entry.heading, base: base)
            let lead = text.takeByline(order: order)
            _ = text.endAtFurniture(author: byline.author)
            let more = entry.node.descendants(where: { $0.name == "a" }).contains { anchor in
                let words = HTMLText.text(of: anchor).lowercased()
                return ["read more", "continue reading", "more", "weiterlesen", "lire la suite", "leia mais", "続きを読む"]
                    .contains { words.hasPrefix($0) || words.hasPrefix("[" + $0) }
            }
            let cut = text.blocks.last.map { $0.text.hasSuffix("…") || $0.text.hasSuffix("...") } ?? false
            // A teaser, unless the entry holds the post in full: paragraphs of it.
            let paragraphs = text.blocks.filter { $0.kind == .paragraph && $0.text.count >= 40 }.count
            let teaser = more || cut || paragraphs < 3
            let summary = teaser ? text.blocks.map(\.text).joined(separator: " ") : nil
            // The entry's permalink: its heading's link, or the first it holds.
            let href = ([entry.heading] + entry.heading.descendants(where: { $0.name == "a" }) + [entry.heading.parent].compactMap { $0 })
                .first { $0.name == "a" && $0.attribute("href") != nil }?.attribute("href")
                ?? entry.node.descendants(where: { $0.name == "a" && $0.attribute("href") != nil }).first?.attribute("href")
            var post = Post(title: title, author: byline.author ?? lead.author, date: byline.date ?? lead.date,
                            comments: byline.comments ?? lead.comments, summary: summary?.isEmpty == false ? summary : nil,
                            body: teaser ? [] : text.blocks, links: text.links,
                            source: SourceLocation(file: file, line: line(entry.heading)))
            post.link = href.flatMap { HTMLURL.absolute($0, base: base) }
            return post
        }
    }
}
