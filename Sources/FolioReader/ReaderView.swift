import FolioModel

/// Draws a state at its size: header, index, article, status line.
extension ReaderState {
    public var screen: Screen {
        var screen = Screen(width: viewport.width, height: viewport.height)
        guard !isTooSmall else {
            drawTooSmall(&screen)
            return screen
        }
        let g = geometry
        drawHeader(&screen)
        if viewport.mode == .browse {
            drawIndex(&screen, g.index)
            drawDivider(&screen, g)
        }
        drawArticle(&screen, g)
        drawStatus(&screen)
        switch overlay {
        case .help(let top): drawHelp(&screen, top: top)
        case .authors(let picker): drawPicker(&screen, picker)
        case .links(let picker): drawLinks(&screen, picker)
        case .search, .confirmMarkAll, .confirmOverwrite, .none: break
        }
        return screen
    }

    private func drawTooSmall(_ screen: inout Screen) {
        let lines = ["Terminal too small", "\(viewport.width)x\(viewport.height); folio needs \(Self.minimumWidth)x\(Self.minimumHeight)"]
        for (n, line) in lines.enumerated() {
            let cells = Layout.fit(Layout.cells(line, Style(.message)), width: viewport.width)
            let y = viewport.height / 2 - 1 + n
            screen.put(cells, y: y, x: max(0, (viewport.width - Layout.width(cells)) / 2))
        }
    }

    private func drawHeader(_ screen: inout Screen) {
        let style = Style(.header)
        screen.fill(y: 0, style: style)
        // Reading full screen, the header names the post; the unread count stays at its end.
        if viewport.mode == .reading, let post = current {
            let right = Layout.cells(" · \(unreadCount) unread" + (loading ? " · reading the rest…" : "") + " ", style)
            let left = Layout.cells(" " + post.title + (post.author.map { " — " + $0 } ?? ""), style)
            screen.put(Layout.fit(left, width: max(1, viewport.width - Layout.width(right))) + right, y: 0, x: 0)
            return
        }
        var text = " " + (library.site?.name ?? "folio")
        if query.filter.hasAuthor {
            text += " · \(query.filter.author ?? AuthorCount.noAuthor) · \(query.shown.count) post\(query.shown.count == 1 ? "" : "s")"
        } else {
            text += " · \(query.shown.count) post\(query.shown.count == 1 ? "" : "s")"
        }
        // Which is in force, the limit or the search, and what each is.
        if let limit = query.limit { text += " · limit \(limit.typed)" }
        if let search = query.filter.text, !search.isEmpty { text += " · search “\(search)”" }
        if query.unreadOnly { text += " · only unread" }
        text += " · " + orderName
        text += " · \(unreadCount) unread"
        if loading { text += " · reading the rest…" }
        if query.scan != nil { text += " · searching…" }
        screen.put(Layout.fit(Layout.cells(text, style), width: viewport.width), y: 0, x: 0)
    }

    public var orderName: String {
        switch (query.order, query.reversed) {
        case (.date, false): return "newest first"
        case (.date, true): return "oldest first"
        case (.author, _): return "by author" + (query.reversed ? ", reversed" : "")
        case (.title, _): return "by title" + (query.reversed ? ", reversed" : "")
        case (.comments, _): return "most comments" + (query.reversed ? ", reversed" : "")
        }
    }

    private func drawIndex(_ screen: inout Screen, _ rect: Geometry.Rect) {
        let thisYear = marking.now > 0 ? CalendarDate(daysSince1970: Int(marking.now / 86400)).year : nil
        let measured = IndexRows.Measured(query.shown, thisYear: thisYear)
        let rows = IndexRows(posts: query.shown, width: rect.width, highlight: searchNeedle, dateFormat: settings.dateFormat,
                             thisYear: thisYear, measures: indexMeasures.value(for: measured) { measured.measures },
                             isRead: { marking.marks.isRead($0.stableID) })
        for n in 0..<rect.height {
            let at = cursor.indexTop + n
            guard query.shown.indices.contains(at) else { break }
            let isSelected = at == cursor.selected
            let cells = rows.row(at, selected: isSelected)
            screen.put(cells, y: rect.y + n, x: rect.x, limit: rect.x + rect.width)
        }
        if query.shown.isEmpty {
            // Nothing found yet is not nothing there, while the archive or the search goes on.
            let none = query.unreadOnly && (query.filter.text ?? "").isEmpty ? "No unread posts." : "No posts match."
            let why = " " + (stillSearching ?? none)
            screen.put(Layout.fit(Layout.cells(why, Style(.dim)), width: rect.width), y: rect.y, x: rect.x)
        }
    }

    private func drawDivider(_ screen: inout Screen, _ g: Geometry) {
        let style = Style(.border)
        if g.sideBySide {
            for y in g.divider.y..<g.divider.y + g.divider.height {
                screen.put([Cell(text: "│", width: 1, style: style)], y: y, x: g.divider.x)
            }
        } else {
            let label = viewport.focus == .article ? "─ article ─" : "─"
            let line = label + String(repeating: "─", count: max(0, viewport.width - label.count))
            screen.put(Layout.cells(line, style), y: g.divider.y, x: 0)
        }
    }

    private func drawArticle(_ screen: inout Screen, _ g: Geometry) {
        guard let article else { return }
        let rect = g.article
        for n in 0..<rect.height {
            guard let row = article.row(scroll.articleTop + n) else { break }
            screen.put(row, y: rect.y + n, x: g.articleTextX, limit: rect.x + rect.width)
        }
        // The links the rows drawn number, once they are laid out.
        if settings.hyperlinks { screen.links = article.linksSoFar.map(\.url) }
    }

    private func drawStatus(_ screen: inout Screen) {
        let y = viewport.height - 1
        let style = Style(.status)
        screen.fill(y: y, style: style)
        let position = query.shown.isEmpty ? "0/0" : "\(cursor.selected + 1)/\(query.shown.count)"
        let place: String
        let hints: String
        switch viewport.mode {
        case .reading:
            let percent = articlePercent
            // As less says it: the article's end is END, not 100%.
            let end = articleAtEnd
            place = "reading " + (end ? "END" : "\(percent)%")
                + (end && settings.spaceGoesOn && cursor.selected + 1 < query.shown.count ? "  Space: next post" : "")
            hints = hint([(.nextPost, .previousPost, "next/prev"), (.back, nil, "back"), (.help, nil, "help")], in: .reading)
        case .browse:
            place = viewport.focus == .index ? "index" : "article"
            hints = hint([(.down, .up, "move"), (.read, nil, "read"), (.switchPane, nil, "switch"), (.help, nil, "help"),
                          (.quit, nil, viewport.focus == .article ? "index" : "quit")], in: .index)
        }
        if case .search(let prompt) = overlay {
            // less's prompts: `/` finds forwards, `?` backwards.
            let (mark, after) = switch prompt.kind {
            case .filter: (" /", "  \(query.shown.count) post\(query.shown.count == 1 ? "" : "s")  Enter keep  Esc cancel")
            case .find(let forward): (forward ? " Find: /" : " Find backwards: ?", "  Enter find  Up history  Esc cancel")
            case .limit: (" Limit: ", "  " + LimitPattern.summary)
            case .pipe(let link): (link ? " Pipe the address to: " : " Pipe the text to: ", "  Tab: the " + (link ? "text" : "address") + "  Esc cancel")
            case .save: (" Save to: ", "  .md for Markdown  Esc cancel")
            }
            let cells = Layout.cells(mark, style) + prompt.query.cells(style) + Layout.cells(after, style)
            screen.put(Layout.fit(cells, width: viewport.width), y: y, x: 0)
            return
        }
        if case .confirmMarkAll(let count) = overlay {
            screen.put(Layout.fit(Layout.cells(" Mark \(count) posts read? y/n", style), width: viewport.width), y: y, x: 0)
            return
        }
        if case .confirmOverwrite(let path) = overlay {
            screen.put(Layout.fit(Layout.cells(" \(VisibleText.clean(path)) is there: replace it? y/n", style), width: viewport.width), y: y, x: 0)
            return
        }
        var text = " \(position)  \(place)"
        if let count = status.count { text += "  \(count)…" }
        if let matchStatus { text += "  \(matchStatus)" }
        if let message = status.message { text += "  \(message)" } else { text += "  \(hints)" }
        screen.put(Layout.fit(Layout.cells(text, style), width: viewport.width), y: y, x: 0)
    }

    private func drawPicker(_ screen: inout Screen, _ picker: AuthorPicker) {
        let matches = picker.matches(library.authors)
        let countWidth = String(library.authors.first?.count ?? 0).count
        let nameWidth = min(40, library.authors.map { TextWidth.of(VisibleText.clean($0.label)) }.max() ?? 0)
        let inner = min(viewport.width - 4, max(30, nameWidth + countWidth + 2))
        let rows = matches.enumerated().map { at, author in
            let chosen = at == picker.selected
            let name = Layout.pad(Layout.cells(author.label, Style(.help, selected: chosen)),
                                  width: inner - countWidth - 2, style: Style(.help, selected: chosen))
            let count = String(author.count)
            return name + Layout.cells("  " + String(repeating: " ", count: max(0, countWidth - count.count)) + count,
                                       Style(.dim, selected: chosen))
        }
        drawBox(&screen, title: " Authors ", inner: inner, first: Layout.cells("› ", Style(.byline)) + picker.query.cells(Style(.help)),
                rows: rows, selected: picker.selected, empty: "No author matches")
    }

    private func drawLinks(_ screen: inout Screen, _ picker: LinkPicker) {
        let inner = max(20, viewport.width - 8)
        let numberWidth = String(picker.links.count).count + 2
        let rows = picker.links.enumerated().map { at, link in
            let style = Style(.help, selected: at == picker.selected)
            let number = "[\(at + 1)]"
            let words = Layout.cells(number + String(repeating: " ", count: numberWidth - number.count + 1) + link.text + "  ", style)
            return Layout.pad(Array(words.prefix(inner / 2)) + Layout.cells(VisibleText.clean(link.url), Style(.link, selected: at == picker.selected)),
                              width: inner, style: style)
        }
        let hints = hint([(.down, .up, "move"), (.copyLink, nil, "copy")], in: .index)
        drawBox(&screen, title: " Links ", inner: inner, first: Layout.cells("Enter opens  " + hints + "  Esc closes", Style(.dim)),
                rows: rows, selected: picker.selected, empty: "")
    }

    /// A box in the middle of the screen: a first line, then a list that
    /// scrolls so that the selected row is always in it.
    private func drawBox(_ screen: inout Screen, title: String, inner: Int, first: [Cell], rows: [[Cell]], selected: Int, empty: String) {
        let listRows = max(1, min(rows.count, viewport.height - 6))
        let boxWidth = inner + 4
        let x = max(0, (viewport.width - boxWidth) / 2)
        let top = max(0, (viewport.height - listRows - 4) / 2)
        let border = Style(.border)
        func line(_ content: [Cell], _ y: Int) {
            let body = Layout.pad(content, width: inner, style: Style(.help))
            screen.put(Layout.cells("│ ", border) + body + Layout.cells(" │", border), y: y, x: x)
        }
        screen.put(Layout.cells("┌" + title + String(repeating: "─", count: max(0, boxWidth - 2 - title.count)) + "┐", border),
                   y: top, x: x)
        line(first, top + 1)
        let start = max(0, selected - listRows + 1)
        for n in 0..<listRows {
            let at = start + n
            line(rows.indices.contains(at) ? rows[at] : n == 0 ? Layout.cells(empty, Style(.dim)) : [], top + 2 + n)
        }
        screen.put(Layout.cells("└" + String(repeating: "─", count: boxWidth - 2) + "┘", border),
                   y: top + 2 + listRows, x: x)
    }

    /// The help's lines at this size: two columns where they fit, one
    /// under the other where not; scrolled when taller than the screen.
    var helpRows: [[Cell]] {
        // Each column's keys aligned on their own widest.
        func lines(_ sections: [KeyHelp.Section], gaps: Bool) -> [[Cell]] {
            let keyWidth = sections.flatMap { $0.rows.map { TextWidth.of($0.keys) } }.max() ?? 0
            var lines: [[Cell]] = []
            for section in sections {
                if gaps, !lines.isEmpty { lines.append([]) }
                lines.append(Layout.cells(section.title, Style(.title)))
                for row in section.rows {
                    let pad = String(repeating: " ", count: keyWidth - TextWidth.of(row.keys) + 1)
                    lines.append(Layout.cells(" " + row.keys + pad, Style(.byline)) + Layout.cells(row.action, Style(.help)))
                }
            }
            return lines
        }
        // On a short terminal the blank lines between sections go first, so that more keys show.
        var gaps = true
        var columns = KeyHelp.columns(keymap).map { lines($0, gaps: true) }
        if (columns.map(\.count).max() ?? 0) + 2 > viewport.height - 2 {
            gaps = false
            columns = KeyHelp.columns(keymap).map { lines($0, gaps: false) }
        }
        let left = columns[0], right = columns[1]
        let leftWidth = left.map { Layout.width($0) }.max() ?? 0
        let rightWidth = right.map { Layout.width($0) }.max() ?? 0
        var rows: [[Cell]]
        if viewport.width >= leftWidth + 3 + rightWidth + 4 {
            rows = (0..<max(left.count, right.count)).map { n in
                Layout.pad(n < left.count ? left[n] : [], width: leftWidth + 3, style: Style(.help))
                    + (n < right.count ? right[n] : [])
            }
        } else {
            rows = columns.flatMap { $0 + [[]] }
        }
        rows += (gaps ? [[]] : []) + Layout.wrap(Layout.cells(KeyHelp.legend, Style(.dim)), width: max(1, viewport.width - 4))
        if rows.count > viewport.height - 2 { rows.removeAll { $0.isEmpty } }
        return rows
    }

    /// Rows of help shown at once: the screen less the box's borders.
    var helpPage: Int { max(1, viewport.height - 2) }

    private func drawHelp(_ screen: inout Screen, top: Int) {
        let rows = helpRows
        let visible = min(rows.count, helpPage)
        let scrolls = rows.count > visible
        let first = min(top, rows.count - visible)
        // How to close it, and to scroll it when it does not fit, on the bottom border.
        let footer = scrolls ? " \(first + 1)-\(first + visible)/\(rows.count) " + hint([(.down, .up, "scroll"), (.quit, nil, "closes")], in: .index)
            + " " : " any key closes "
        let inner = min(viewport.width - 4, max(rows.map { Layout.width($0) }.max() ?? 0, TextWidth.of(footer)))
        let boxWidth = inner + 4
        let x = max(0, (viewport.width - boxWidth) / 2)
        let top = max(0, (viewport.height - visible - 2) / 2)
        let border = Style(.border)
        func edge(_ left: String, _ label: String, _ right: String) -> [Cell] {
            Layout.fit(Layout.cells(left + label, border), width: boxWidth - 1)
                + Layout.cells(String(repeating: "─", count: max(0, boxWidth - 2 - TextWidth.of(label))) + right, border)
        }
        screen.put(Array(edge("┌", " folio keys ", "┐").prefix(boxWidth)), y: top, x: x)
        for n in 0..<visible {
            let content = Layout.pad(rows[first + n], width: inner, style: Style(.help))
            screen.put(Layout.cells("│ ", border) + content + Layout.cells(" │", border), y: top + 1 + n, x: x)
        }
        screen.put(Array(edge("└", footer, "┘").prefix(boxWidth)), y: top + 1 + visible, x: x)
    }
}

extension ReaderState {
    /// The status line's hints, with the keys as bound: `j/k move  Enter read`;
    /// an action bound to no key is left out.
    func hint(_ items: [(Action, Action?, String)], in mode: KeyMode) -> String {
        func key(_ action: Action) -> String? {
            (keymap.keys(for: action, in: mode).first ?? keymap.keys(for: action, in: .anywhere).first)?.name
        }
        return items.compactMap { first, second, words in
            guard let a = key(first) else { return nil }
            guard let second else { return a + " " + words }
            return key(second).map { a + "/" + $0 + " " + words }
        }.joined(separator: "  ")
    }
}
