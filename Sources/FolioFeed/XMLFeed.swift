import CLibXML2
import FolioHTML
import FolioModel
import Dispatch
import FoundationEssentials

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

    /// `consumed(n)` says the first `n` bytes are read and will not be
    /// looked at again: a caller holding a big file may let them go.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, consumed: (Int) -> Void) -> Capture {
        if let reason = MarkupLibrary.unavailable { return Capture(problems: [Problem(file: file, line: 1, message: reason)]) }
        Self.ready
        var capture = Capture()
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let reading = Reading(file: file)
        // ISO-8859-1 is read as browsers and feed readers read it: Windows-1252.
        let latin1 = ["iso-8859-1", "latin1", "us-ascii"].contains(declaredEncoding(bytes) ?? "")
        func run(_ buffer: UnsafeBufferPointer<UInt8>, consumed: (Int) -> Void) {
            // A blank line before the XML declaration would stop libxml2 at once.
            let start = utf16 ? 0 : buffer.firstIndex { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } ?? 0
            reading.run(buffer, from: start, edits: utf16 ? [] : FeedEntities.edits(buffer), encoding: latin1 ? "windows-1252" : nil,
                        consumed: consumed)
        }
        // A feed that says (or leaves to be) UTF-8 with stray bytes: each
        // becomes U+FFFD, as in the other formats, not the end of reading.
        if !utf16, ["utf-8", "utf8", nil].contains(declaredEncoding(bytes)), let damage = UTF8Damage(bytes) {
            capture.problems.append(.invalidUTF8(file: file, line: damage.firstLine, lines: damage.lines))
            consumed(bytes.count)
            Array(String(decoding: bytes, as: UTF8.self).utf8).withUnsafeBufferPointer { run($0, consumed: { _ in }) }
        } else {
            run(bytes, consumed: consumed)
        }
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
    static func declaredEncoding(_ bytes: some Collection<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard head.hasPrefix("<?xml"), let end = head.firstRange(of: "?>"),
              let at = head[..<end.lowerBound].firstRange(of: "encoding=") else { return nil }
        let value = head[at.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
        return value.lowercased()
    }

    /// One feed being parsed: the items read as they close, the first
    /// errors, and the feed's own title, author and address.
    /// Batches are written by their workers under `lock`; all else is the parse's.
    final class Reading: @unchecked Sendable {
        let file: String
        var problems: [Problem] = []
        var errors = 0
        var site: Site?
        var root: FeedNode?
        /// `documentBase`: what relative addresses are read against where no
        /// `xml:base` says: the feed's own address (its `rel="self"` link).
        var feedAuthor, feedLink, documentBase: String?

        /// Items read and not yet handed on, and what became of those that
        /// were: their HTML is read into blocks on the other core while
        /// the parse goes on, a batch at a time, so that neither all the
        /// items' markup nor all their trees are ever held at once.
        var pending: [FeedEntry] = []
        var batches: [[(post: Post, problem: Problem?, authorless: Bool)]] = []
        let lock = Lock()
        let working = DispatchGroup()
        /// Two batches at work at the most: the parse waits for the rest.
        let slots = DispatchSemaphore(value: 2)
        /// The feed's author and address as the first items were read with them.
        var settled: (author: String?, base: String?)?
        static let batchSize = 256

        init(file: String) { self.file = file }

        func add(_ entry: FeedEntry, in document: xmlDocPtr?) {
            if settled == nil {
                // The channel's title, author and address come before its items.
                if let top = xmlDocGetRootElement(document) { readFeed(FeedNode(pointer: top)) }
                settled = (feedAuthor, documentBase ?? feedLink)
            }
            pending.append(entry)
            if pending.count >= Self.batchSize { handOn() }
        }

        func handOn() {
            guard !pending.isEmpty, let (author, base) = settled else { return }
            let (batch, file) = (pending, file)
            pending = []
            lock.lock()
            let n = batches.count
            batches.append([])
            lock.unlock()
            slots.wait()
            working.enter()
            DispatchQueue.global().async { [self] in
                let posts = batch.map { entry in
                    var entry = entry
                    entry.base = entry.base ?? base
                    entry.link = entry.link.map(FeedText.webAddress).flatMap { HTMLFragment.absolute($0, base: entry.base) }
                    let (post, problem) = entry.post(file: file, feedAuthor: author)
                    return (post, problem, entry.author == nil)
                }
                lock.lock()
                batches[n] = posts
                lock.unlock()
                slots.signal()
                working.leave()
            }
        }

        /// Every item as a post, in the feed's order; those that name no
        /// author by the feed's, as the whole feed gives it.
        func posts() -> [Post] {
            handOn()
            working.wait()
            let all = batches.joined()
            problems += all.compactMap(\.problem)
            return all.map { item in
                item.authorless && item.post.author != feedAuthor ? item.post.by(feedAuthor) : item.post
            }
        }

        /// Parses the feed as libxml2's push parser is fed it, a chunk at a
        /// time: libxml2 holds no copy of the whole.
        func run(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, edits: [FeedEntities.Edit], encoding: String?,
                 consumed: (Int) -> Void) {
            guard start < bytes.count, let context = xmlCreatePushParserCtxt(nil, nil, nil, 0, nil) else { return }
            defer { xmlFreeParserCtxt(context) }
            if let encoding { xmlCtxtResetPush(context, nil, 0, nil, encoding) }
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
                // And the blank text between items, which libxml2 would
                // otherwise join into one node, copied whole at every item.
                while let last = parent.pointee.last, last.pointee.type == XML_TEXT_NODE {
                    xmlUnlinkNode(last)
                    xmlFreeNode(last)
                }
            }
            context.pointee.sax.pointee.serror = { context, error in
                guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let me = parser.pointee._private,
                      let error else { return }
                Unmanaged<Reading>.fromOpaque(me).takeUnretainedValue().failed(error.pointee)
            }
            let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue
                                    | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
            // The encoding given is the one to read by, whatever the declaration says.
            xmlCtxtUseOptions(context, options | (encoding == nil ? 0 : Int32(XML_PARSE_IGNORE_ENC.rawValue)))
            FeedEntities.chunks(bytes, from: start, edits: edits) { chunk, end in
                chunk.baseAddress!.withMemoryRebound(to: CChar.self, capacity: chunk.count) { chars in
                    _ = xmlParseChunk(context, chars, Int32(chunk.count), 0)
                }
                // libxml2 keeps its own copy of what it has not parsed yet.
                consumed(end)
                // A parser that has given up is fed no more.
                return context.pointee.disableSAX == 0 && context.pointee.instate != XML_PARSER_EOF
            }
            xmlParseChunk(context, nil, 0, 1)
            guard let document = context.pointee.myDoc else { return }
            context.pointee.myDoc = nil
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
                add(FeedItems.rss(node), in: node.pointer.pointee.doc)
            } else if node.name == "entry", [Namespace.atom, Namespace.atom03].contains(node.namespace), parent == "feed" {
                add(FeedItems.atom(node), in: node.pointer.pointee.doc)
            } else {
                return false
            }
            return true
        }

        func failed(_ error: xmlError) {
            errors += 1
            guard errors == 1 else { return }
            let message = error.message.map { String(cString: $0) }?.trimmingWhitespace() ?? "?"
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
