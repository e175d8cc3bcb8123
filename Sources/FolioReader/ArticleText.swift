import FolioModel
import FoundationEssentials

/// A post laid out for reading at a width, from one of its parts on: title,
/// byline, then its text. Each row remembers which part of the post it
/// shows, so a reflow at another width can keep the same paragraph at the
/// top. A long post is laid out only as far as it is looked at, from the
/// paragraph at the top: a post of a million paragraphs opens, and reflows
/// on a resize, in the time of a screen. Shared by the copies of a state.
public final class ArticleText: @unchecked Sendable {
    /// Text up to this many bytes is laid out whole at once, its place
    /// told in rows; past it, as far as asked, its place told in parts.
    static let wholeLimit = 256 << 10

    /// The first part laid out: row 0 is its first row.
    public let from: Int
    /// Whether the post is long enough to be laid out as far as asked only.
    public let isLong: Bool
    /// The last part of the post: a long post's place is told against it.
    public let lastPart: Int

    private let lock = Lock()
    private let post: Post
    private let blocks: [Block]
    private let width: Int
    private let highlight: SearchNeedle
    private let codeShift: Int
    private var numbers: LinkNumbers
    private var laidRows: [[Cell]] = []
    private var laidParts: [Int] = []
    /// What comes next: 0 the title, 1 the byline, 2 + n block n, then the end.
    private var next: Int
    private var matches: [Int]?

    /// `codeShift`: columns code is scrolled sideways by; the rest of the
    /// text is wrapped and never shifts.
    public convenience init(post: Post, width: Int, highlight: SearchNeedle = .none, codeShift: Int = 0, from: Int = 0) {
        self.init(post: post, read: ArticleSource(post), width: width, highlight: highlight, codeShift: codeShift, from: from)
    }

    /// `read`: the post's blocks, read once for all its layouts.
    init(post: Post, read: ArticleSource, width: Int, highlight: SearchNeedle, codeShift: Int, from: Int) {
        let blocks = read.blocks
        self.post = post
        self.blocks = blocks
        self.width = max(1, width)
        self.highlight = highlight
        self.codeShift = codeShift
        lastPart = 2 + blocks.count
        isLong = read.isLong
        self.from = isLong ? max(0, min(from, 1 + blocks.count)) : 0
        numbers = LinkNumbers(read.links)
        // The links the text before the first part laid out numbers.
        for block in blocks.prefix(max(0, self.from - 2)) where block.kind != .code && block.kind != .rule {
            guard numbers.isWaiting else { break }
            numbers.skip(block.text)
        }
        next = self.from
        if !isLong { layOutAll() }
    }

    /// Every row, laid out to the end.
    public var rows: [[Cell]] {
        lock.lock()
        defer { lock.unlock() }
        layOut { false }
        return laidRows
    }

    /// For each row, the part it shows: 0 the title, 1 the byline, 2 + n block n.
    public var parts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        layOut { false }
        return laidParts
    }

    public var rowCount: Int { parts.count }

    /// Row `n`, laid out if it was not yet; nil past the end.
    public func row(_ n: Int) -> [Cell]? {
        lock.lock()
        defer { lock.unlock() }
        layOut { laidRows.count > n }
        return laidRows.indices.contains(n) ? laidRows[n] : nil
    }

    public func hasRow(_ n: Int) -> Bool { n >= 0 && row(n) != nil }

    public func part(ofRow n: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        layOut { laidParts.count > n }
        return laidParts.indices.contains(n) ? laidParts[n] : nil
    }

    /// The first row that shows `part`, or the nearest part before it.
    public func firstRow(of part: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        layOut { (laidParts.last ?? -1) >= part }
        if let row = laidParts.firstIndex(where: { $0 >= part }) { return row }
        return max(0, laidParts.count - 1)
    }

    /// Whether every row is laid out.
    public var isComplete: Bool {
        lock.lock()
        defer { lock.unlock() }
        return next > lastPart
    }

    /// The links as the text numbers them: `[1]` is the first.
    public var links: [Link] {
        lock.lock()
        defer { lock.unlock() }
        layOut { false }
        return numbers.shown
    }

    /// The links numbered in the rows laid out so far, which is all a screen of them can show.
    public var linksSoFar: [Link] {
        lock.lock()
        defer { lock.unlock() }
        return numbers.shown
    }

    /// The row of each search match, in reading order.
    public var matchRows: [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let matches { return matches }
        layOut { false }
        var found: [Int] = []
        if !highlight.isEmpty {
            for (n, row) in laidRows.enumerated() {
                for (k, cell) in row.enumerated() where cell.style.role == .match && (k == 0 || row[k - 1].style.role != .match) {
                    // A match wrapped onto the next row continues there; it is one match.
                    if k == 0, n > 0, laidRows[n - 1].last?.style.role == .match { continue }
                    found.append(n)
                }
            }
        }
        matches = found
        return found
    }

    /// Where a layout that keeps `part` at the top starts: there, for a long
    /// post; at the title otherwise.
    public func anchor(for part: Int) -> Int { isLong ? part : 0 }

    private func layOutAll() {
        lock.lock()
        defer { lock.unlock() }
        layOut { false }
    }

    /// Lays out the parts in turn until `enough` holds or the post ends. Called under the lock.
    private func layOut(until enough: () -> Bool) {
        while next <= lastPart, !enough() {
            layOutNext()
        }
    }

    private func layOutNext() {
        let part = next
        next += 1
        switch part {
        case 0:
            add(Layout.wrap(Highlight.cells(post.title, style: Style(.title), needle: highlight), width: width), part: 0)
        case 1:
            add(Layout.wrap(Highlight.cells(ArticleText.byline(post), style: Style(.byline), needle: highlight),
                            width: width), part: 1)
            // What a feed files the post under, under its byline.
            if !post.categories.isEmpty {
                add(Layout.wrap(Highlight.cells("Filed under " + post.categories.joined(separator: " · "), style: Style(.dim),
                                                needle: highlight), width: width), part: 1)
            }
        case lastPart:
            layOutEnd()
        default:
            let n = part - 2
            // The blank before a block is the part before it's.
            if part > from { add([[]], part: 1 + n) }
            add(rows(of: blocks[n]), part: part)
            if n == blocks.count - 1 { layOutLinks() }
        }
    }

    private func rows(of block: Block) -> [[Cell]] {
        switch block.kind {
        case .paragraph:
            return Layout.wrap(numbers.cells(block.text, style: .normal, needle: highlight), width: width)
        case .heading:
            return Layout.wrap(numbers.cells(block.text, style: Style(.title), needle: highlight), width: width)
        case .image:
            return Layout.wrap(Layout.cells("[image: ", Style(.dim)) + numbers.cells(block.text, style: Style(.dim), needle: highlight)
                               + Layout.cells("]", Style(.dim)), width: width)
        case .rule:
            return [Layout.cells(String(repeating: "─", count: min(width, 20)), Style(.dim))]
        case .item:
            // Deeper items further in; an ordered list's number for its bullet.
            let indent = String(repeating: "  ", count: max(1, block.depth ?? 1))
            let mark = Layout.cells(indent + (block.number.map { "\($0). " } ?? "• "), .normal)
            let inner = max(1, width - mark.count)
            let lines = Layout.wrap(numbers.cells(block.text, style: .normal, needle: highlight), width: inner)
            let hang = [Cell](repeating: Layout.cells(" ", .normal)[0], count: mark.count)
            return lines.enumerated().map { k, line in (width > mark.count ? (k == 0 ? mark : hang) : []) + line }
        case .code:
            // Code is never reflowed: a line past the pane is cut there.
            return block.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var cells = Array(Highlight.cells(String(line), style: Style(.code), needle: highlight).dropFirst(codeShift))
                // `‹` says the line goes on to the left, `›` to the right.
                cells = (codeShift > 0 ? Layout.cells("  ‹ ", Style(.teaser)) : Layout.cells("    ")) + cells
                if cells.count > width { cells = Array(cells.prefix(max(0, width - 1))) + Layout.cells("›", Style(.teaser)) }
                return cells
            }
        case .pullquote, .quote:
            let mark = Layout.cells("  ┃ ", Style(.quoteMark))
            let inner = max(1, width - mark.count)
            let lines = Layout.wrap(numbers.cells(block.text, style: Style(.quote), needle: highlight), width: inner)
            return lines.map { (width > mark.count ? mark : []) + $0 }
        }
    }

    /// The links, numbered as the text shows them, after the last block.
    private func layOutLinks() {
        guard !numbers.shown.isEmpty else { return }
        add([[]], part: 1 + blocks.count)
        add([Layout.cells("Links", Style(.title))], part: 1 + blocks.count)
        for (n, link) in numbers.shown.enumerated() {
            let url = LinkNumbers.leading(Layout.cells(VisibleText.clean(link.url), Style(.link)), to: n + 1)
            let line = Layout.cells("[\(n + 1)] ", Style(.dim)) + Highlight.cells(link.text, style: .normal, needle: highlight)
                + Layout.cells("  ") + url
            add(Layout.wrap(line, width: width), part: 1 + blocks.count)
        }
    }

    private func layOutEnd() {
        if blocks.isEmpty { layOutLinks() }
        guard !post.isFullText else { return }
        add([[]], part: 2 + blocks.count)
        let note = post.summary == nil ? "This capture has no text for this post." :
            "Only a summary: this capture has no full text of this post."
        add(Layout.wrap(Layout.cells(note, Style(.teaser)), width: width), part: 2 + blocks.count)
    }

    private func add(_ lines: [[Cell]], part: Int) {
        laidRows += lines
        laidParts += Array(repeating: part, count: lines.count)
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
}

/// A post's blocks and links as read from its text (a feed's HTML is parsed
/// here), once for every layout of it: a long post is laid out afresh from
/// further back as the person scrolls up.
struct ArticleSource: Sendable {
    let blocks: [Block]
    let links: [Link]
    /// Whether the post is long enough to be laid out as far as asked only.
    let isLong: Bool

    init(_ post: Post) {
        var (blocks, links) = post.text.read()
        if blocks.isEmpty, let summary = post.summary { blocks = [Block(.paragraph, summary)] }
        self.blocks = blocks
        self.links = links
        isLong = blocks.reduce(0) { $0 + $1.text.utf8.count } > ArticleText.wholeLimit
    }
}
