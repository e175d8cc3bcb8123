import FolioModel

/// Draws a state at its size: header, index, article, status line.
extension ReaderState {
    public var screen: Screen {
        var screen = Screen(width: width, height: height)
        guard !isTooSmall else {
            drawTooSmall(&screen)
            return screen
        }
        let g = geometry
        drawHeader(&screen)
        if mode == .browse {
            drawIndex(&screen, g.index)
            drawDivider(&screen, g)
        }
        drawArticle(&screen, g)
        drawStatus(&screen)
        if showingHelp { drawHelp(&screen) }
        return screen
    }

    private func drawTooSmall(_ screen: inout Screen) {
        let lines = ["Terminal too small", "\(width)x\(height); folio needs \(Self.minimumWidth)x\(Self.minimumHeight)"]
        for (n, line) in lines.enumerated() {
            let cells = Layout.fit(Layout.cells(line, Style(.message)), width: width)
            let y = height / 2 - 1 + n
            screen.put(cells, y: y, x: max(0, (width - Layout.width(cells)) / 2))
        }
    }

    private func drawHeader(_ screen: inout Screen) {
        let style = Style(.header)
        screen.fill(y: 0, style: style)
        var text = " " + (site?.name ?? "folio")
        if let author = filter.author, !author.isEmpty {
            text += " · \(author) · \(shown.count) post\(shown.count == 1 ? "" : "s")"
        } else {
            text += " · \(shown.count) post\(shown.count == 1 ? "" : "s")"
        }
        if let search = filter.text, !search.isEmpty { text += " · “\(search)”" }
        text += " · " + orderName
        screen.put(Layout.fit(Layout.cells(text, style), width: width), y: 0, x: 0)
    }

    public var orderName: String {
        switch (order, reversed) {
        case (.date, false): return "newest first"
        case (.date, true): return "oldest first"
        case (.author, _): return "by author" + (reversed ? ", reversed" : "")
        case (.title, _): return "by title" + (reversed ? ", reversed" : "")
        case (.comments, _): return "most comments" + (reversed ? ", reversed" : "")
        }
    }

    private func drawIndex(_ screen: inout Screen, _ rect: Geometry.Rect) {
        let rows = IndexRows(posts: shown, width: rect.width)
        for n in 0..<rect.height {
            let at = indexTop + n
            guard shown.indices.contains(at) else { break }
            let isSelected = at == selected
            let cells = rows.row(at, selected: isSelected)
            screen.put(cells, y: rect.y + n, x: rect.x, limit: rect.x + rect.width)
        }
        if shown.isEmpty {
            screen.put(Layout.fit(Layout.cells(" No posts match.", Style(.dim)), width: rect.width),
                       y: rect.y, x: rect.x)
        }
    }

    private func drawDivider(_ screen: inout Screen, _ g: Geometry) {
        let style = Style(.border)
        if g.sideBySide {
            for y in g.divider.y..<g.divider.y + g.divider.height {
                screen.put([Cell(text: "│", width: 1, style: style)], y: y, x: g.divider.x)
            }
        } else {
            let label = focus == .article ? "─ article ─" : "─"
            let line = label + String(repeating: "─", count: max(0, width - label.count))
            screen.put(Layout.cells(line, style), y: g.divider.y, x: 0)
        }
    }

    private func drawArticle(_ screen: inout Screen, _ g: Geometry) {
        guard let article else { return }
        let rect = g.article
        for n in 0..<rect.height {
            let at = articleTop + n
            guard article.rows.indices.contains(at) else { break }
            screen.put(article.rows[at], y: rect.y + n, x: g.articleTextX, limit: rect.x + rect.width)
        }
    }

    private func drawStatus(_ screen: inout Screen) {
        let y = height - 1
        let style = Style(.status)
        screen.fill(y: y, style: style)
        let position = shown.isEmpty ? "0/0" : "\(selected + 1)/\(shown.count)"
        let place: String
        let hints: String
        switch mode {
        case .reading:
            let rows = article?.rows.count ?? 0
            let shownRows = min(rows, articleTop + geometry.article.height)
            let percent = rows == 0 ? 100 : shownRows * 100 / rows
            place = "reading \(percent)%"
            hints = "J/K next/prev  q back  ? help"
        case .browse:
            place = focus == .index ? "index" : "article"
            hints = "j/k move  Enter read  Tab switch  ? help  q quit"
        }
        var text = " \(position)  \(place)"
        if let message { text += "  \(message)" } else { text += "  \(hints)" }
        screen.put(Layout.fit(Layout.cells(text, style), width: width), y: y, x: 0)
    }

    private func drawHelp(_ screen: inout Screen) {
        var lines: [[Cell]] = []
        let keyWidth = KeyHelp.sections.flatMap { $0.keys.map { TextWidth.of($0.keys) } }.max() ?? 0
        for section in KeyHelp.sections {
            lines.append(Layout.cells(section.title, Style(.title)))
            for (keys, action) in section.keys {
                let pad = String(repeating: " ", count: keyWidth - TextWidth.of(keys) + 2)
                lines.append(Layout.cells("  " + keys + pad, Style(.byline)) + Layout.cells(action, Style(.help)))
            }
            lines.append([])
        }
        lines.append(Layout.cells(KeyHelp.legend, Style(.dim)))
        // On a short terminal the blank lines go first, so that every key stays.
        if lines.count > height - 2 { lines.removeAll { $0.isEmpty } }
        let inner = min(width - 4, (lines.map { Layout.width($0) }.max() ?? 0))
        let boxWidth = inner + 4
        let visible = min(lines.count, height - 2)
        let x = max(0, (width - boxWidth) / 2)
        let top = max(0, (height - visible - 2) / 2)
        let border = Style(.border)
        let title = " folio keys "
        screen.put(Layout.cells("┌" + title + String(repeating: "─", count: max(0, boxWidth - 2 - title.count)) + "┐", border),
                   y: top, x: x)
        for n in 0..<visible {
            let content = Layout.pad(lines[n], width: inner, style: Style(.help))
            screen.put(Layout.cells("│ ", border) + content + Layout.cells(" │", border), y: top + 1 + n, x: x)
        }
        screen.put(Layout.cells("└" + String(repeating: "─", count: boxWidth - 2) + "┘", border), y: top + 1 + visible, x: x)
    }
}
