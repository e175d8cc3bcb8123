import FolioModel

/// A post's links numbered as its text shows them: each link's words
/// underlined where they first stand, with `[n]` after them, as lynx does.
struct LinkNumbers {
    private var waiting: [Link]
    /// The links the text has shown, in the order of their numbers.
    private(set) var shown: [Link] = []

    init(_ links: [Link]) {
        var seen = Set<String>()
        waiting = links.filter { !$0.text.isEmpty && seen.insert($0.url).inserted }
    }

    /// `cells` as the text of link `number`, which a terminal can make a hyperlink.
    static func leading(_ cells: [Cell], to number: Int) -> [Cell] {
        cells.map { cell in
            var cell = cell
            cell.link = UInt16(clamping: number)
            return cell
        }
    }

    /// `text` in cells, the links it holds underlined and numbered.
    mutating func cells(_ text: String, style: Style, needle highlight: SearchNeedle) -> [Cell] {
        var cells: [Cell] = []
        let rest = number(text) { before, link, number in
            cells += Highlight.cells(String(before), style: style, needle: highlight)
            cells += Self.leading(Highlight.cells(link.text, style: Style(.link), needle: highlight), to: number)
            cells += Layout.cells("[\(number)]", Style(.dim))
        }
        return cells + Highlight.cells(String(rest), style: style, needle: highlight)
    }

    /// Numbers the links `text` holds, as `cells` would, without laying it
    /// out: the text before a long post's first part laid out.
    mutating func skip(_ text: String) {
        _ = number(text) { _, _, _ in }
    }

    /// Whether a link is still to be found in the text.
    var isWaiting: Bool { !waiting.isEmpty }

    /// Calls `each` with the text before each link the text shows, the
    /// link and its number; returns the text after the last.
    private mutating func number(_ text: String, _ each: (Substring, Link, Int) -> Void) -> Substring {
        var rest = Substring(text)
        guard !waiting.isEmpty else { return rest }
        // Links come in about the text's order: of the next few, the one
        // that stands first; one whose words the text never shows (an
        // image's) does not hold up the others.
        while let (at, found) = waiting.prefix(5).enumerated().compactMap({ n, link in
            rest.firstRange(of: link.text).map { (n, $0) }
        }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            let link = waiting.remove(at: at)
            shown.append(link)
            each(rest[..<found.lowerBound], link, shown.count)
            rest = rest[found.upperBound...]
        }
        return rest
    }
}
