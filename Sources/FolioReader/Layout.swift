/// Text into cells: wrapping and fitting by display width, never by count,
/// and never inside a character.
public enum Layout {
    /// Cells for styled text, with content made visible first.
    public static func cells(_ spans: [Span]) -> [Cell] {
        var cells: [Cell] = []
        for span in spans {
            for piece in VisibleText.pieces(span.text) {
                var style = span.style
                if piece.isStandIn { style.role = .standIn }
                for character in piece.text {
                    let width = TextWidth.of(character)
                    if width == 0 {
                        // A mark with nothing to combine with would join the cell
                        // before it (even the previous row's): give it a base.
                        cells.append(Cell(text: "\u{25CC}" + String(character), width: 1, style: style))
                    } else {
                        cells.append(Cell(text: String(character), width: width, style: style))
                    }
                }
            }
        }
        return cells
    }

    public static func cells(_ text: String, _ style: Style = .normal) -> [Cell] {
        cells([Span(text, style)])
    }

    public static func width(_ cells: some Collection<Cell>) -> Int {
        cells.reduce(0) { $0 + $1.width }
    }

    /// Cells cut to `width`, ending in `…` when something was left out.
    public static func fit(_ cells: [Cell], width: Int) -> [Cell] {
        guard width > 0 else { return [] }
        if Layout.width(cells) <= width { return cells }
        var out: [Cell] = []
        var used = 0
        for cell in cells {
            if used + cell.width > width - 1 { break }
            out.append(cell)
            used += cell.width
        }
        let style = out.last?.style ?? cells.first?.style ?? .normal
        out.append(Cell(text: "…", width: 1, style: style))
        return out
    }

    /// Cells padded with blanks of `style` to exactly `width` (cut if longer).
    public static func pad(_ cells: [Cell], width: Int, style: Style = .normal) -> [Cell] {
        var out = fit(cells, width: width)
        let used = Layout.width(out)
        if used < width {
            out += Array(repeating: Cell(text: " ", width: 1, style: style), count: width - used)
        }
        return out
    }

    /// Greedy word wrap to `width` cells. Spaces at a break are dropped; a word
    /// wider than the line is broken between characters. Chinese and Japanese,
    /// written without spaces, break between characters, but never before a
    /// closing mark (`，` `。` `」`) or after an opening one: UAX #14's CJK rules.
    public static func wrap(_ cells: [Cell], width: Int) -> [[Cell]] {
        guard width > 0 else { return [] }
        // A character wider than the whole line (an emoji sequence of 6 cells
        // in a narrow pane) is drawn scalar by scalar, and what still does not
        // fit becomes an ellipsis: no row may be wider than its pane.
        let cells = cells.contains { $0.width > width } ? cells.flatMap { fitting($0, width: width) } : cells
        var lines: [[Cell]] = []
        var line: [Cell] = []
        var lineWidth = 0
        var i = 0
        while i < cells.count {
            if cells[i].text == " " {
                if lineWidth + 1 <= width, !line.isEmpty {
                    line.append(cells[i])
                    lineWidth += 1
                }
                i += 1
                continue
            }
            var j = i
            var wordWidth = 0
            while j < cells.count, cells[j].text != " ", j == i || !LineBreak.allowed(after: cells[j - 1].text, before: cells[j].text) {
                wordWidth += cells[j].width
                j += 1
            }
            if lineWidth + wordWidth > width, !line.isEmpty {
                while line.last?.text == " " { line.removeLast() }
                lines.append(line)
                line = []
                lineWidth = 0
            }
            for k in i..<j {
                let cell = cells[k]
                if lineWidth + cell.width > width {
                    if line.isEmpty { break } // wider than the whole line: nothing fits
                    lines.append(line)
                    line = []
                    lineWidth = 0
                }
                line.append(cell)
                lineWidth += cell.width
            }
            i = j
        }
        while line.last?.text == " " { line.removeLast() }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func fitting(_ cell: Cell, width: Int) -> [Cell] {
        guard cell.width > width else { return [cell] }
        let scalars = cell.text.unicodeScalars.map { scalar -> Cell in
            let w = max(0, TextWidth.of(scalar))
            return w <= width ? Cell(text: String(scalar), width: w, style: cell.style)
                              : Cell(text: "…", width: 1, style: cell.style)
        }
        // Zero-width scalars (joiners, selectors) ride on the cell before them.
        var out: [Cell] = []
        for piece in scalars {
            if piece.width == 0, !out.isEmpty { out[out.count - 1].text += piece.text } else if piece.width > 0 { out.append(piece) }
        }
        return out
    }

    public static func string(_ cells: [Cell]) -> String {
        cells.map(\.text).joined()
    }
}
