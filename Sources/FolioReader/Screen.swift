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

/// One character on screen: a wide character is one cell of width 2.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .normal)
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

/// A frame: `height` rows of cells, each exactly `width` cells wide.
public struct Screen: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var rows: [[Cell]]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        rows = Array(repeating: Array(repeating: Cell.blank, count: self.width), count: self.height)
    }

    /// Puts `cells` at row `y` from column `x`, clipped to `limit` columns
    /// (the screen's edge by default); a wide character that would straddle
    /// the limit is left out.
    public mutating func put(_ cells: [Cell], y: Int, x: Int, limit: Int? = nil) {
        guard y >= 0, y < height, x >= 0 else { return }
        let end = min(width, limit ?? width)
        // One entry per column; the columns a wide cell covers after its first are nil.
        var columns: [Cell?] = []
        for cell in rows[y] {
            columns.append(cell)
            columns += Array(repeating: nil, count: cell.width - 1)
        }
        // A wide cell overwritten in part leaves blanks, not half a character.
        func blankOut(_ column: Int) {
            var start = column
            while start > 0, columns[start] == nil { start -= 1 }
            let wide = columns[start]?.width ?? 1
            for k in start..<min(columns.count, start + wide) { columns[k] = .blank }
        }
        var at = x
        for cell in cells {
            guard at + cell.width <= end else { break }
            for k in at..<at + cell.width where columns[k] == nil || columns[k]!.width > 1 { blankOut(k) }
            columns[at] = cell
            for k in at + 1..<at + cell.width { columns[k] = nil }
            at += cell.width
        }
        rows[y] = columns.compactMap { $0 }
    }

    public mutating func fill(y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        rows[y] = Array(repeating: Cell(text: " ", width: 1, style: style), count: width)
    }

    /// The frame as plain text, one line per row, trailing blanks kept.
    public var text: String {
        rows.map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    /// The text of row `y`.
    public func line(_ y: Int) -> String { rows[y].map(\.text).joined() }
}
