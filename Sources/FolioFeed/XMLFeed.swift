import CLibXML2
import FolioHTML
import FolioModel
import Foundation

/// RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) through libxml2's XML parser:
/// recovering from broken feeds as far as it can, never touching the
/// network, never reading an external entity (a feed's `SYSTEM
/// "file:///etc/passwd"` stays unread), entity expansion bounded by
/// libxml2 (the "billion laughs" is an error, not a hang). Each item is
/// read, and its elements freed, as soon as it closes, so a feed of
/// 100,000 items never stands in memory as one tree.
enum XMLFeed {
    /// The one thread-safe setup libxml2 needs, and no loader of external
    /// entities or DTDs at all.
    private static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func parse(bytes: [UInt8], file: String) -> Capture {
        Self.ready
        var capture = Capture()
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        var input = bytes
        // A feed that says (or leaves to be) UTF-8 with stray bytes: each
        // becomes U+FFFD, as in the other formats, not the end of reading.
        if !utf16, ["utf-8", "utf8", nil].contains(declaredEncoding(bytes)), let damage = UTF8Damage(bytes) {
            capture.problems.append(.invalidUTF8(file: file, line: damage.firstLine, lines: damage.lines))
            input = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        if !utf16 {
            input = FeedEntities.mended(input)
            // A blank line before the XML declaration would stop libxml2 at once.
            if let start = input.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), start > 0 {
                input.removeFirst(start)
            }
        }
        let reading = Reading(file: file)
        // ISO-8859-1 is read as browsers and feed readers read it: Windows-1252.
        let latin1 = ["iso-8859-1", "latin1", "us-ascii"].contains(declaredEncoding(bytes) ?? "")
        reading.run(input, encoding: latin1 ? "windows-1252" : nil)
        capture.posts = reading.posts()
        capture.problems += reading.problems
        capture.site = reading.site
        if capture.posts.isEmpty, reading.root == nil {
            capture.problems.append(Problem(file: file, line: 1, message: "no feed could be read here"))
        } else if capture.posts.isEmpty {
            capture.problems.append(Problem(file: file, line: 1, message: "no items in this feed"))
        }
        return capture
    }

    /// `<?xml version="1.0" encoding="ISO-8859-1"?>`, lower case.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>"),
              let at = head[..<end.lowerBound].range(of: "encoding=") else { return nil }
        let value = head[at.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value.lowercased()
    }

    /// One feed being parsed: the items read as they close, the first
    /// errors, and the feed's own title, author and address at the end.
    final class Reading {
        let file: String
        var entries: [FeedEntry] = []
        var problems: [Problem] = []
        var errors = 0
        var site: Site?
        var root: FeedNode?
        var feedAuthor: String?
        var feedLink: String?
        /// What relative addresses are read against where no `xml:base`
        /// says: the feed's own address (its `rel="self"` link).
        var documentBase: String?

        init(file: String) { self.file = file }

        func posts() -> [Post] {
            entries.map { entry in
                var entry = entry
                entry.base = entry.base ?? documentBase ?? feedLink
                entry.link = entry.link.map(FeedText.webAddress).flatMap { HTMLFragment.absolute($0, base: entry.base) }
                let (post, problem) = entry.post(file: file, feedAuthor: feedAuthor)
                if let problem { problems.append(problem) }
                return post
            }
        }

        func run(_ bytes: [UInt8], encoding: String?) {
            guard !bytes.isEmpty, bytes.count < Int(Int32.max), let context = xmlNewParserCtxt() else { return }
            defer { xmlFreeParserCtxt(context) }
            context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
            // Each item read and freed where it closes.
            context.pointee.sax.pointee.endElementNs = { context, localName, prefix, uri in
                xmlSAX2EndElementNs(context, localName, prefix, uri)
                guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let me = parser.pointee._private,
                      let parent = parser.pointee.node, let closed = parent.pointee.last else { return }
                guard Unmanaged<Reading>.fromOpaque(me).takeUnretainedValue().read(FeedNode(pointer: closed)) else { return }
                // The item is gone: libxml2 would append the next text to the
                // freed item's last text node, by the sizes it keeps of it.
                xmlUnlinkNode(closed)
                xmlFreeNode(closed)
                parser.pointee.nodelen = 0
                parser.pointee.nodemem = 0
            }
            context.pointee.sax.pointee.serror = { context, error in
                guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let me = parser.pointee._private,
                      let error else { return }
                Unmanaged<Reading>.fromOpaque(me).takeUnretainedValue().failed(error.pointee)
            }
            let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue
                                    | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue)
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, encoding, options)
                }
            }
            guard let document else { return }
            defer { xmlFreeDoc(document) }
            if let top = xmlDocGetRootElement(document) { readFeed(FeedNode(pointer: top)) }
            if errors > 1, let first = problems.first(where: { $0.message.hasPrefix("not well-formed") }) {
                let more = errors - 1
                problems[problems.firstIndex(of: first)!].message += " (and \(more) more error\(more == 1 ? "" : "s"))"
            }
        }

        /// Whether `node`, just closed, was an item, and read.
        func read(_ node: FeedNode) -> Bool {
            let parent = node.pointer.pointee.parent.map { FeedNode(pointer: $0).name } ?? ""
            if node.name == "item", [nil, Namespace.rss1, Namespace.rss090].contains(node.namespace),
               ["channel", "rss", "RDF"].contains(parent) {
                entries.append(FeedItems.rss(node))
            } else if node.name == "entry", [Namespace.atom, Namespace.atom03].contains(node.namespace), parent == "feed" {
                entries.append(FeedItems.atom(node))
            } else {
                return false
            }
            return true
        }

        func failed(_ error: xmlError) {
            errors += 1
            guard errors == 1 else { return }
            let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            problems.append(Problem(file: file, line: max(1, Int(error.line)),
                                    message: "not well-formed: \(HTMLFragment.plain(message)); the items before it are read"))
        }

        /// The feed's title, description, author and address.
        func readFeed(_ top: FeedNode) {
            root = top
            var channel = top
            if top.name == "rss" { channel = top.child("channel", in: nil) ?? top }
            if top.name == "RDF" { channel = top.child("channel", in: Namespace.rss1, Namespace.rss090) ?? top }
            let own = channel.namespace
            let atom = [Namespace.atom, Namespace.atom03].contains(own)
            let title = channel.child("title", in: own).map { atom ? FeedItems.text(of: $0, old: own == Namespace.atom03) : FeedItems.markupText($0.text) }
            let about = atom ? (channel.child("subtitle", in: own) ?? channel.child("tagline", in: own)).map { FeedItems.text(of: $0, old: own == Namespace.atom03) }
                : channel.child("description", in: own).map { HTMLFragment.text($0.text) }
            if let title, !title.isEmpty { site = Site(name: title, description: about ?? "") }
            // Atom's links, in an Atom feed or an RSS channel (`atom:link rel="self"`).
            let links = channel.children("link", in: Namespace.atom, Namespace.atom03).filter { $0.attribute("href") != nil }
            let selfLink = links.first { $0.attribute("rel") == "self" }.flatMap { $0.attribute("href") }.map(FeedText.webAddress)
            documentBase = channel.base ?? selfLink
            if atom {
                feedAuthor = FeedItems.person(in: channel)
                feedLink = (links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first)?.attribute("href")
            } else {
                feedAuthor = (channel.child("creator", in: Namespace.dc) ?? channel.child("managingEditor", in: own))
                    .flatMap { FeedText.person($0.text) }
                feedLink = channel.child("link", in: own).map { FeedText.line($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            feedLink = feedLink.map(FeedText.webAddress).map { link in documentBase.flatMap { HTMLFragment.absolute(link, base: $0) } ?? link }
        }
    }
}
