/// What a cell means; the terminal adapter decides how that looks.
public enum Role: String, Sendable, CaseIterable {
    case normal, header, status, title, byline, quote, quoteMark, dim, standIn, teaser, unread, match, border, help, message,
         link, code
}

public struct Style: Hashable, Sendable {
    public var role: Role
    /// The selected row of the index, shown in reverse video.
    public var selected: Bool

    public init(_ role: Role = .normal, selected: Bool = false) {
        self.role = role
        self.selected = selected
    }

    public static let normal = Style()
}

/// One character on screen: a wide character is one cell of width 2,
/// and the column after it a continuation (width 0, no text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style
    /// The link this cell's text leads to: its number in the screen's
    /// `links` (1 is the first), 0 for none.
    public var link: UInt16 = 0

    public static let blank = Cell(text: " ", width: 1, style: .normal)

    public static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}

/// A run of text in one style, before it is laid out.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// A frame: a flat grid of `width` × `height` cells, one a column, so that
/// a row is found at once and two frames compare cell by cell.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the cells' links lead, for a terminal that makes them hyperlinks.
    public var links: [String] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell.blank, count: self.width * self.height)
    }

    /// Row `y`'s columns, continuations included.
    public func columns(_ y: Int) -> ArraySlice<Cell> { cells[y * width..<(y + 1) * width] }

    /// Row `y`'s characters: its columns less the continuations.
    public func row(_ y: Int) -> [Cell] { columns(y).filter { !$0.isContinuation } }

    public var rows: [[Cell]] { (0..<height).map(row) }

    /// Puts `cells` at row `y` from column `x`, clipped to `limit` columns
    /// (the screen's edge by default); a wide character that would straddle
    /// the limit is left out.
    public mutating func put(_ new: [Cell], y: Int, x: Int, limit: Int? = nil) {
        guard y >= 0, y < height, x >= 0 else { return }
        let end = min(width, limit ?? width)
        let base = y * width
        // A wide character overwritten in part leaves a blank, not half of itself.
        func clear(_ column: Int) {
            var start = column
            while start > 0, cells[base + start].isContinuation { start -= 1 }
            let span = max(1, cells[base + start].width)
            for k in start..<min(width, start + span) { cells[base + k] = .blank }
        }
        var at = x
        for cell in new where !cell.isContinuation {
            guard at + cell.width <= end else { break }
            for k in at..<at + cell.width { clear(k) }
            // The column after: it may be the end of a wide character cut in two.
            if at + cell.width < width, cells[base + at + cell.width].isContinuation { clear(at + cell.width) }
            cells[base + at] = cell
            for k in at + 1..<at + cell.width { cells[base + k] = .continuation(cell.style) }
            at += cell.width
        }
    }

    public mutating func fill(y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for k in y * width..<(y + 1) * width { cells[k] = Cell(text: " ", width: 1, style: style) }
    }

    /// The frame as plain text, one line per row, trailing blanks kept.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// The text of row `y`.
    public func line(_ y: Int) -> String { columns(y).map(\.text).joined() }
}
