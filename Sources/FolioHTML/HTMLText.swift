import FoundationEssentials
import Glibc
import CLibXML2
import FolioModel

/// The text of a page's elements as a reader sees it: what scripts, styles,
/// hidden elements and the page's furniture hold is no text.
enum HTMLText {
    /// Elements whose content is never text.
    static let hiddenElements: Set<String> = ["script", "style", "template", "noscript", "nav", "aside", "form",
                                              "button", "select", "textarea", "iframe", "svg", "canvas", "object",
                                              "embed", "head", "title", "meta", "link", "input", "label", "dialog"]
    /// Class and id words of what stands around an article.
    static let furnitureWords = ["comment", "share", "sharing", "social", "related", "sidebar", "widget", "newsletter",
                                 "subscribe", "breadcrumb", "author-bio", "about-author", "author-box", "advert", "promo",
                                 "cookie", "popup", "modal", "navigation", "menu", "footer", "masthead", "site-header",
                                 "jp-relatedposts", "sharedaddy", "yarpp", "post-navigation", "nav-links", "pagination",
                                 "skip-link", "screen-reader-text", "visually-hidden", "sr-only", "tags"]

    static func isHidden(_ node: HTMLNode) -> Bool {
        if hiddenElements.contains(node.name) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        // A card shown only on hover, set inside a sentence (`Kristi Noem` and
        // her other articles, in The Hill's `rollover-people-block`).
        let hovers = ["rollover", "tooltip", "popover", "hovercard"]
        if let classes = node.attribute("class")?.lowercased(), hovers.contains(where: classes.contains),
           node.classes.contains(where: { word in hovers.contains(where: word.hasPrefix) }) {
            return true
        }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }

    /// Furniture by its markup: `<div class="sharedaddy">`, `id="comments"`.
    static func isFurniture(_ node: HTMLNode) -> Bool {
        // The page's header and footer; an article's own hold its title and byline.
        if ["header", "footer"].contains(node.name), !hasAncestor(node, in: ["article", "section", "li"]) { return true }
        // The page's frame holds everything: its classes name the layout
        // (`sidebar-primary`, `has-sidebar`), not what it is.
        if ["html", "body", "main", "article"].contains(node.name) { return false }
        let words = (node.classes + [(node.attribute("id") ?? "").lowercased()]).filter { word in
            !["has-", "with-", "no-", "is-", "single-", "page-", "post-type-"].contains(where: word.hasPrefix)
        }
        // Page builders class every box a widget (`elementor-widget`): the
        // one that says it holds the post's content is the article's.
        if words.contains(where: { word in ["post-content", "entry-content", "article-body", "post-body"].contains(where: word.contains) }) {
            return false
        }
        let named = words.contains { word in
            !word.isEmpty && furnitureWords.contains { word == $0 || word.hasPrefix($0 + "-") || word.hasSuffix("-" + $0)
                || word.hasPrefix($0 + "_") || word.hasSuffix("_" + $0) || word.hasPrefix($0 + "s") && word.count <= $0.count + 1 }
        }
        // A layout's box named for its sidebar (`penci_sidebar`) that holds
        // the article is the article's.
        return named && node.descendants(where: { $0.name == "article" || $0.name == "h1" }).isEmpty
    }

    static func hasAncestor(_ node: HTMLNode, in names: Set<String>) -> Bool {
        var up = node.parent
        while let current = up {
            if names.contains(current.name) { return true }
            up = current.parent
        }
        return false
    }

    /// Characters a reader never sees: controls of the content are shown
    /// as visible pictures, never sent to the terminal raw.
    static func visible(_ text: String) -> String {
        // Most text has nothing to show differently: C0 controls and DEL are
        // bytes below 0x20 and 0x7F, C1 controls 0xC2 0x80-0x9F in UTF-8.
        var clean = true
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || previous == 0xC2 && byte < 0xA0 { clean = false; break }
            previous = byte
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// A value from an attribute or JSON-LD, where neither libxml2 nor
    /// JSONSerialization keeps controls out (`\u0090` in a headline).
    static func value(_ text: String) -> String {
        squeeze(visible(unescaped(text)))
    }

    /// Entities left in a value escaped twice (`doesn&#8217;t` in a meta
    /// tag, `&amp;` in JSON-LD): decoded once more.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [Substring: String] = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ",
                                          "hellip": "…", "ndash": "–", "mdash": "—", "rsquo": "’", "lsquo": "‘",
                                          "rdquo": "”", "ldquo": "“"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let name = after[..<semi]
            var scalar: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                scalar = named[name]
            }
            if let scalar { out += visible(scalar); rest = after[after.index(after: semi)...] } else { out += "&"; rest = after }
        }
        return out + rest
    }

    /// The bytes of a page with each C0 control but tab, newline, form feed
    /// and carriage return, and DEL, written as its picture in UTF-8.
    static func controlsPictured(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { ($0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0)) || $0 == 0x7F }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        for byte in bytes {
            if (byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte)) || byte == 0x7F {
                let picture = byte == 0x7F ? 0x2421 : 0x2400 + UInt32(byte)
                out += [0xE2, UInt8(0x80 | (picture >> 6 & 0x3F)), UInt8(0x80 | (picture & 0x3F))]
            } else {
                out.append(byte)
            }
        }
        return out
    }

    /// Runs of white space made one space, the ends trimmed.
    static func squeeze(_ text: String) -> String {
        // Text already squeezed comes back as it is: no split, no join.
        var clean = true
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte == 0x20 && previous == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || previous == 0xC2 && byte == 0xA0 {
                clean = false
                break
            }
            previous = byte
        }
        if clean && previous != 0x20 { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    /// Each element's text, worked out once per page: the reader asks for
    /// the same elements' text many times over (scores, bylines, entries,
    /// furniture), and was slower by half for it. A page is read on one
    /// thread, which holds its cache while `readingOnePage` runs.
    final class TextCache {
        var texts: [xmlNodePtr: String] = [:]
        /// A POSIX thread's own slot: Foundation's thread dictionary costs
        /// more to ask than many a text costs to make.
        nonisolated(unsafe) static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key, nil)
            return key
        }()
    }

    static func readingOnePage<T>(_ body: () -> T) -> T {
        let cache = TextCache()
        let outer = pthread_getspecific(TextCache.key)
        pthread_setspecific(TextCache.key, Unmanaged.passUnretained(cache).toOpaque())
        defer { pthread_setspecific(TextCache.key, outer) }
        return withExtendedLifetime(cache) { body() }
    }

    /// An element's text, its hidden parts left out.
    static func text(of node: HTMLNode) -> String {
        guard let slot = pthread_getspecific(TextCache.key) else { return uncachedText(of: node) }
        let cache = Unmanaged<TextCache>.fromOpaque(slot).takeUnretainedValue()
        if let known = cache.texts[node.pointer] { return known }
        let text = uncachedText(of: node)
        cache.texts[node.pointer] = text
        return text
    }

    static func uncachedText(of node: HTMLNode) -> String {
        var parts: [String] = []
        var stack = [node]
        while let next = stack.popLast() {
            if next.isText {
                parts.append(next.content)
            } else if next.isElement, next.pointer != node.pointer && isHidden(next) {
                continue
            } else {
                if next.name == "br" { parts.append(" ") }
                stack += next.children.reversed()
            }
        }
        return squeeze(visible(parts.joined()))
    }

    /// An element's text as it stands, line breaks kept: code.
    static func rawText(of node: HTMLNode) -> String {
        var parts: [String] = []
        var stack = [node]
        while let next = stack.popLast() {
            if next.isText { parts.append(next.content) } else if next.name == "br" { parts.append("\n") } else {
                stack += next.children.reversed()
            }
        }
        // CRLF is one Character in Swift: lines split on the scalars.
        let joined = parts.joined().replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        let lines = joined.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            visible(String(line).replacingTabs())
        }
        return lines.joined(separator: "\n").trimmingNewlines()
    }
}

private extension String {
    func replacingTabs() -> String {
        var out = ""
        for c in self { if c == "\t" { out += String(repeating: " ", count: 8 - out.count % 8) } else { out.append(c) } }
        return out
    }

    func trimmingNewlines() -> String {
        var s = Substring(self)
        while s.first == "\n" { s = s.dropFirst() }
        while s.last == "\n" || s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
