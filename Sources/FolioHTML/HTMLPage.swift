import Foundation
import CLibXML2
import FolioModel

/// Saved HTML pages of blogs, read with libxml2: a browser's "Save Page
/// As", `wget --mirror`, a site's own generated output.
public enum HTMLPage: PageFormat {
    /// `<!DOCTYPE html`, `<html`, or a browser's `<!-- saved from url=… -->`
    /// before them, after a byte-order mark and blanks.
    public static func sniff(_ head: some Collection<UInt8>) -> Bool {
        var bytes = Array(head.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var text = String(decoding: bytes, as: UTF8.self).lowercased().drop { $0.isWhitespace }
        while text.hasPrefix("<!--"), let end = text.range(of: "-->") { text = text[end.upperBound...].drop { $0.isWhitespace } }
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = text[end.upperBound...].drop { $0.isWhitespace } }
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.hasPrefix("<head")
    }

    public static func parse(bytes: [UInt8], file: String) -> Capture {
        var capture = Capture()
        let encoding = HTMLCharset.of(bytes)
        guard let document = HTMLDocument(bytes: bytes, encoding: encoding.name), let root = document.root else {
            capture.problems.append(Problem(file: file, line: 1, message: "no HTML page could be read here"))
            return capture
        }
        if let problem = encoding.problem { capture.problems.append(Problem(file: file, line: 1, message: problem)) }
        let meta = HTMLMetadata(root)
        let base = meta.base ?? meta.canonical
        let content = HTMLArticle.content(root)
        let heading = HTMLArticle.title(root, content: content)
        let title = heading.map(HTMLText.text) ?? meta.headline ?? meta.pageTitle.map(withoutSiteName) ?? ""
        guard let content, !title.isEmpty else {
            capture.problems.append(Problem(file: file, line: 1, message: "no post found on this page"))
            return capture
        }
        let byline = HTMLArticle.byline(root, near: heading)
        let text = HTMLBlocks(content, skipping: heading, base: base)
        let line = heading.map { Int(xmlGetLineNo($0.pointer)) } ?? 1
        capture.posts.append(Post(title: title, author: meta.author ?? byline.author, date: meta.date ?? byline.date,
                                  comments: meta.comments ?? byline.comments, body: text.blocks, links: text.links,
                                  source: SourceLocation(file: file, line: max(1, line))))
        if let site = meta.siteName { capture.site = Site(name: site, description: "") }
        return capture
    }

    /// `Post title | The Blog`: the page's title without the site's name.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » "] {
            if let cut = title.range(of: separator, options: .backwards) { return String(title[..<cut.lowerBound]) }
        }
        return title
    }
}
