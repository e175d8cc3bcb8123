import FolioModel

/// A post laid out for reading at a width: title, byline, then its text.
/// Each row remembers which part of the post it shows, so a reflow at
/// another width can keep the same paragraph at the top.
public struct ArticleText: Sendable {
    public var rows: [[Cell]]
    /// For each row, the part it shows: 0 the title, 1 the byline, 2 + n block n.
    public var parts: [Int]
    /// The row of each search match, in reading order.
    public var matchRows: [Int] = []
    /// The links as the text numbers them: `[1]` is the first.
    public var links: [Link] = []

    /// `codeShift`: columns code is scrolled sideways by; the rest of the
    /// text is wrapped and never shifts.
    public init(post: Post, width: Int, highlight: SearchNeedle = .none, codeShift: Int = 0) {
        rows = []
        parts = []
        let width = max(1, width)
        add(Layout.wrap(Highlight.cells(post.title, style: Style(.title), needle: highlight), width: width), part: 0)
        add(Layout.wrap(Highlight.cells(ArticleText.byline(post), style: Style(.byline), needle: highlight),
                        width: width), part: 1)
        // What a feed files the post under, under its byline.
        if !post.categories.isEmpty {
            add(Layout.wrap(Highlight.cells("Filed under " + post.categories.joined(separator: " · "), style: Style(.dim),
                                            needle: highlight), width: width), part: 1)
        }
        var (blocks, linked) = post.text.read()
        if blocks.isEmpty, let summary = post.summary { blocks = [Block(.paragraph, summary)] }
        var links = LinkNumbers(linked)
        for (n, block) in blocks.enumerated() {
            add([[]], part: 1 + n)
            switch block.kind {
            case .paragraph:
                add(Layout.wrap(links.cells(block.text, style: .normal, needle: highlight), width: width), part: 2 + n)
            case .heading:
                add(Layout.wrap(links.cells(block.text, style: Style(.title), needle: highlight), width: width),
                    part: 2 + n)
            case .image:
                add(Layout.wrap(Layout.cells("[image: ", Style(.dim)) + links.cells(block.text, style: Style(.dim), needle: highlight)
                                + Layout.cells("]", Style(.dim)), width: width), part: 2 + n)
            case .rule:
                add([Layout.cells(String(repeating: "─", count: min(width, 20)), Style(.dim))], part: 2 + n)
            case .item:
                // Deeper items further in; an ordered list's number for its bullet.
                let indent = String(repeating: "  ", count: max(1, block.depth ?? 1))
                let mark = Layout.cells(indent + (block.number.map { "\($0). " } ?? "• "), .normal)
                let inner = max(1, width - mark.count)
                let lines = Layout.wrap(links.cells(block.text, style: .normal, needle: highlight), width: inner)
                let hang = [Cell](repeating: Layout.cells(" ", .normal)[0], count: mark.count)
                add(lines.enumerated().map { k, line in (width > mark.count ? (k == 0 ? mark : hang) : []) + line }, part: 2 + n)
            case .code:
                // Code is never reflowed: a line past the pane is cut there.
                for line in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    var cells = Array(Highlight.cells(String(line), style: Style(.code), needle: highlight).dropFirst(codeShift))
                    // `‹` says the line goes on to the left, `›` to the right.
                    cells = (codeShift > 0 ? Layout.cells("  ‹ ", Style(.teaser)) : Layout.cells("    ")) + cells
                    if cells.count > width { cells = Array(cells.prefix(max(0, width - 1))) + Layout.cells("›", Style(.teaser)) }
                    add([cells], part: 2 + n)
                }
            case .pullquote, .quote:
                let mark = Layout.cells("  ┃ ", Style(.quoteMark))
                let inner = max(1, width - mark.count)
                let lines = Layout.wrap(links.cells(block.text, style: Style(.quote), needle: highlight), width: inner)
                add(lines.map { (width > mark.count ? mark : []) + $0 }, part: 2 + n)
            }
        }
        self.links = links.shown
        // The links, numbered as the text shows them, at the end.
        if !links.shown.isEmpty {
            add([[]], part: 1 + blocks.count)
            add([Layout.cells("Links", Style(.title))], part: 1 + blocks.count)
            for (n, link) in links.shown.enumerated() {
                let url = LinkNumbers.leading(Layout.cells(VisibleText.clean(link.url), Style(.link)), to: n + 1)
                let line = Layout.cells("[\(n + 1)] ", Style(.dim)) + Highlight.cells(link.text, style: .normal, needle: highlight)
                    + Layout.cells("  ") + url
                add(Layout.wrap(line, width: width), part: 1 + blocks.count)
            }
        }
        if !post.isFullText {
            add([[]], part: 2 + blocks.count)
            let note = post.summary == nil ? "This capture has no text for this post." :
                "Only a summary: this capture has no full text of this post."
            add(Layout.wrap(Layout.cells(note, Style(.teaser)), width: width), part: 2 + blocks.count)
        }
        if !highlight.isEmpty {
            for (n, row) in rows.enumerated() {
                for (k, cell) in row.enumerated() where cell.style.role == .match && (k == 0 || row[k - 1].style.role != .match) {
                    // A match wrapped onto the next row continues there; it is one match.
                    if k == 0, n > 0, rows[n - 1].last?.style.role == .match { continue }
                    matchRows.append(n)
                }
            }
        }
    }

    private mutating func add(_ lines: [[Cell]], part: Int) {
        rows += lines
        parts += Array(repeating: part, count: lines.count)
    }

    /// `Judy Dempsey · Monday, October 20, 2014 · 2 comments`; what the page
    /// does not name is left out, and a byline with nothing says "No byline".
    public static func byline(_ post: Post) -> String {
        var parts: [String] = []
        if let author = post.author { parts.append(author) }
        if let date = post.date { parts.append(date.longText + (post.time.flatMap(clock).map { ", " + $0 } ?? "")) }
        if let n = post.comments { parts.append("\(n) comment\(n == 1 ? "" : "s")") }
        return parts.isEmpty ? "No byline" : parts.joined(separator: " · ")
    }

    /// `23:30 -05:00` of `2017-03-09T23:30:00-05:00`: the time as the feed
    /// wrote it, in its own offset.
    static func clock(_ time: String) -> String? {
        guard let t = time.firstIndex(of: "T") else { return nil }
        let rest = time[time.index(after: t)...]
        let hhmm = rest.prefix(5)
        guard hhmm.count == 5 else { return nil }
        let zone = rest.dropFirst(8)
        return hhmm + (zone.isEmpty ? "" : zone == "Z" ? " UTC" : " " + zone)
    }

    /// The first row that shows `part`, or the nearest part before it.
    public func firstRow(of part: Int) -> Int {
        if let row = parts.firstIndex(where: { $0 >= part }) { return row }
        return max(0, rows.count - 1)
    }
}
