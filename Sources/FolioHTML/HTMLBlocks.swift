import FolioModel

/// An article's element turned into blocks in page order: headings,
/// paragraphs, quotes, list items, code. Text that stands in a `<div>` with
/// no paragraph around it is a paragraph too.
struct HTMLBlocks {
    var blocks: [Block] = []
    var links: [Link] = []
    let base: String?

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let blockElements = headings.union(["p", "blockquote", "pre", "li", "ul", "ol", "table", "figure", "div",
                                               "section", "article", "main", "dl", "dd", "dt", "hr", "center", "header",
                                               "thead", "tbody", "tfoot", "tr", "td", "th"])

    init(_ content: HTMLNode, skipping title: HTMLNode?, base: String?) {
        self.base = base
        var loose = ""
        var looseKind = Block.Kind.paragraph
        // A stack of nodes still to visit; an element is turned into one
        // block, or opened when it only groups others.
        var stack = content.children.reversed().map { Visit(node: $0) }
        func flush() {
            let text = HTMLText.squeeze(HTMLText.visible(loose))
            if text.count >= 2 { blocks.append(Block(looseKind, text)) }
            loose = ""
        }
        // Two `<br>`s in a row end a paragraph of text set straight in a `<div>`.
        var breaks = 0
        while let visit = stack.popLast() {
            let node = visit.node
            if node.isText {
                loose += node.content
                looseKind = visit.quoted ?? .paragraph
                if !HTMLText.squeeze(node.content).isEmpty { breaks = 0 }
                continue
            }
            // An article's own footer holds its byline, tags and
            // disclaimers: read for the byline, never text.
            guard node.isElement, !HTMLArticle.skip(node), node.name != "footer", node.pointer != title?.pointer else { continue }
            let name = node.name
            if name == "br" {
                breaks += 1
                if breaks >= 2 { flush() } else { loose += " " }
                continue
            }
            if name == "img" {
                // An image in the text is a block of its own: its alt text and address.
                flush()
                let alt = HTMLText.squeeze(HTMLText.visible(node.attribute("alt") ?? ""))
                if let src = node.attribute("src").flatMap({ HTMLURL.absolute($0, base: base) }), !alt.isEmpty {
                    blocks.append(Block(.image, alt, url: src))
                }
                continue
            }
            guard Self.blockElements.contains(name) else {
                // Inline: its text runs on with the text around it.
                loose += HTMLText.text(of: node) + " "
                looseKind = visit.quoted ?? .paragraph
                collectLinks(node)
                continue
            }
            flush()
            switch name {
            case "p", "dd", "dt":
                add(visit.quoted ?? .paragraph, HTMLText.text(of: node), node)
            case _ where Self.headings.contains(name):
                add(.heading, HTMLText.text(of: node), node, level: Int(name.dropFirst()))
            case "blockquote":
                // A pull quote repeats the text; a quotation keeps its
                // paragraphs apart, and its code as code.
                let kind: Block.Kind = node.classes.contains { $0.contains("pullquote") || $0.contains("pull-quote") } ? .pullquote : .quote
                let parts = node.children.filter { $0.isElement && Self.blockElements.contains($0.name) && !HTMLArticle.skip($0) }
                guard parts.count > 1 || node.descendants(where: { $0.name == "pre" }).count > 0 else {
                    add(kind, HTMLText.text(of: node), node)
                    continue
                }
                stack += node.children.reversed().map { Visit(node: $0, depth: visit.depth, quoted: kind) }
            case "pre":
                addCode(node)
            case "ul", "ol":
                // Items one deeper than the list around, numbered in an ordered one.
                var number = Int(node.attribute("start") ?? "") ?? 1
                var items: [Visit] = []
                for child in node.children {
                    items.append(Visit(node: child, depth: visit.depth + 1, number: name == "ol" && child.name == "li" ? number : nil))
                    if child.name == "li" { number += 1 }
                }
                stack += items.reversed()
            case "li":
                // A nested list is items of its own; code in an item, code.
                let nested = node.children.filter { ["ul", "ol", "pre"].contains($0.name) }
                add(.item, HTMLText.text(of: node, leavingOut: nested), node, depth: max(1, visit.depth), number: visit.number)
                stack += nested.reversed().map { Visit(node: $0, depth: max(1, visit.depth)) }
            case "hr":
                blocks.append(Block(.rule, ""))
            case "table":
                let rows = node.descendants(where: { $0.name == "tr" })
                let cells = rows.map { $0.children.filter { ["td", "th"].contains($0.name) } }
                // A table that lays out blocks (code beside its line numbers,
                // a photo and its caption) is opened; one of data gives a
                // paragraph a row.
                let layout = cells.joined().contains { cell in
                    !cell.descendants(where: { Self.blockElements.contains($0.name) || $0.name == "img" }).isEmpty
                }
                if layout {
                    stack += node.children.reversed().map { Visit(node: $0, depth: visit.depth) }
                } else {
                    for (row, cells) in zip(rows, cells) {
                        add(.paragraph, cells.map(HTMLText.text).filter { !$0.isEmpty }.joined(separator: " | "), row)
                    }
                }
            default:
                stack += node.children.reversed().map { Visit(node: $0, depth: visit.depth, quoted: visit.quoted) }
            }
        }
        flush()
    }

    /// The byline set as a line of the text (`November 30, 2018`,
    /// `Written on 2020-12-15 by izdwuut.`): read, and no text.
    mutating func takeByline(order: DateOrder) -> (author: String?, date: CalendarDate?, comments: Int?) {
        var found: (author: String?, date: CalendarDate?, comments: Int?) = (nil, nil, nil)
        // Only where a byline stands: over the text, or right under it.
        let ends = Set(blocks.indices.prefix(2)).union(blocks.indices.suffix(2))
        for n in ends.sorted(by: >) {
            let block = blocks[n]
            guard block.kind == .paragraph, block.text.count < 120, let reading = BylineReading(block.text, order: order),
                  reading.date != nil || reading.comments != nil else { continue }
            found = (found.author ?? reading.author, found.date ?? reading.date, found.comments ?? reading.comments)
            blocks.remove(at: n)
        }
        return found
    }

    /// Cuts the text where the article's furniture starts, as the text
    /// captures' parser does (`Share this:`, `Related`, a box about the
    /// author); the author such a box names.
    mutating func endAtFurniture(author: String?) -> String? {
        // Sharing buttons end the text where they follow it; over it, or
        // within it, they are no text either.
        defer {
            blocks.removeAll { $0.kind != .code && PageWords.isButtons($0.text) }
            dropCallsToAction()
        }
        var prose = 0
        for (n, block) in blocks.enumerated() {
            if prose > 0, let named = PageWords.authorBox(block.text, author: author) {
                if n > 0, blocks[n - 1].text == named { blocks.removeSubrange((n - 1)...) } else { blocks.removeSubrange(n...) }
                return named
            }
            if prose > 0, block.kind != .code, block.text.count <= 200, PageWords.endsArticle(block.text) {
                blocks.removeSubrange(n...)
                return nil
            }
            if block.kind == .paragraph, block.text.count >= 40 { prose += 1 }
        }
        return nil
    }

    /// A request to subscribe or take part among the last blocks, after the
    /// text (a credit line may follow it): the page's, not the post's.
    mutating func dropCallsToAction() {
        let last = blocks.indices.suffix(3).filter { n in
            blocks[n].kind == .paragraph && PageWords.isCallToAction(blocks[n].text)
                && blocks[..<n].contains { $0.kind == .paragraph && $0.text.count >= 40 }
        }
        for n in last.reversed() { blocks.remove(at: n) }
    }

    mutating func addCode(_ node: HTMLNode) {
        let code = HTMLText.rawText(of: node)
        // The gutter of line numbers beside highlighted code is no code.
        if !code.isEmpty, !code.allSatisfy({ $0.isNumber || $0.isWhitespace }) { blocks.append(Block(.code, code)) }
    }

    mutating func add(_ kind: Block.Kind, _ text: String, _ node: HTMLNode, level: Int? = nil, depth: Int? = nil,
                      number: Int? = nil) {
        guard !text.isEmpty, !PageWords.isReadingTime(text) else { return }
        blocks.append(Block(kind, text, level: level, depth: depth, number: number))
        collectLinks(node)
    }

    /// An element still to visit, with the list it stands in.
    struct Visit {
        var node: HTMLNode
        var depth = 0
        var number: Int?
        /// Inside a quotation: its paragraphs are its own.
        var quoted: Block.Kind?
    }

    mutating func collectLinks(_ node: HTMLNode) {
        let anchors = node.name == "a" ? [node] : node.descendants(where: { $0.name == "a" }, skipping: HTMLText.isHidden)
        for anchor in anchors {
            guard let href = anchor.attribute("href"), let url = HTMLURL.absolute(href, base: base) else { continue }
            let text = HTMLText.text(of: anchor)
            links.append(Link(text: text.isEmpty ? url : text, url: url))
        }
    }
}

extension HTMLText {
    /// An element's text without some of its children (a list item's
    /// nested list).
    static func text(of node: HTMLNode, leavingOut: [HTMLNode]) -> String {
        guard !leavingOut.isEmpty else { return text(of: node) }
        let skipped = Set(leavingOut.map(\.pointer))
        return squeeze(node.children.filter { !skipped.contains($0.pointer) }
            .map { $0.isText ? visible($0.content) : text(of: $0) }.joined(separator: " "))
    }
}

/// Addresses of links, made absolute; only the web's and mail's. A
/// `javascript:` or `data:` link is no link to offer.
enum HTMLURL {
    static func absolute(_ href: String, base: String?) -> String? {
        // The base is content too: what it holds is made visible with the rest.
        resolve(HTMLText.squeeze(href), base: base).map(HTMLText.visible)
    }

    private static func resolve(_ href: String, base: String?) -> String? {
        guard !href.isEmpty, !href.hasPrefix("#") else { return nil }
        if isWeb(href) || starts(href, with: "mailto:") { return href }
        if href.utf8.contains(0x3A) && !href.hasPrefix("/") && (href.firstIndex(of: ":")! < (href.firstIndex(of: "/") ?? href.endIndex)) {
            return nil
        }
        // Only a web address can be a base: a garbled one resolves nothing.
        guard let base = base.map(HTMLText.squeeze), isWeb(base), !base.utf8.contains(0x20),
              let colon = base.firstIndex(of: ":") else { return nil }
        let afterScheme = base.index(colon, offsetBy: 3)
        let hostEnd = base[afterScheme...].firstIndex(of: "/") ?? base.endIndex
        if href.hasPrefix("//") { return String(base[..<colon]) + ":" + href }
        if href.hasPrefix("/") { return String(base[..<hostEnd]) + href }
        let directory = base[hostEnd...].lastIndex(of: "/").map { base[..<base.index(after: $0)] } ?? base[...] + "/"
        return String(directory) + href
    }

    static func isWeb(_ address: String) -> Bool { starts(address, with: "http://") || starts(address, with: "https://") }

    /// `address` starts with the lower-case ASCII `prefix`, in any case:
    /// no lower-case copy of a whole address made to see.
    static func starts(_ address: String, with prefix: String) -> Bool {
        var bytes = address.utf8.makeIterator()
        for want in prefix.utf8 {
            guard let byte = bytes.next(), byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0) == want else { return false }
        }
        return true
    }
}
