/// Where each part of the screen goes, for a state's size and mode.
public struct Geometry: Equatable, Sendable {
    public struct Rect: Equatable, Sendable {
        public var x, y, width, height: Int
        public func contains(x px: Int, y py: Int) -> Bool {
            px >= x && px < x + width && py >= y && py < y + height
        }
    }

    public var sideBySide: Bool
    public var index: Rect
    /// The line between the panes: a row when stacked, a column side by side.
    public var divider: Rect
    public var article: Rect
    /// Columns of article text: the pane less its margins, or a readable
    /// measure centred on a wide screen when reading full screen.
    public var articleTextWidth: Int
    public var articleTextX: Int
}

extension ReaderState {
    public var geometry: Geometry {
        let body = max(0, viewport.height - 2)
        let measure = max(20, settings.measure)
        if viewport.mode == .reading {
            let text = min(measure, max(1, viewport.width - 4))
            let article = Geometry.Rect(x: 0, y: 1, width: viewport.width, height: body)
            return Geometry(sideBySide: false, index: .init(x: 0, y: 1, width: 0, height: 0),
                            divider: .init(x: 0, y: 1, width: 0, height: 0), article: article,
                            articleTextWidth: text, articleTextX: settings.centered ? (viewport.width - text) / 2 : min(2, viewport.width - text))
        }
        let wide = viewport.width >= settings.sideBySideWidth
        let side: Bool
        switch viewport.arrangement {
        case .automatic: side = wide
        case .stacked: side = false
        case .sideBySide: side = true
        }
        if side {
            // The article gets a readable measure and margins; the index the rest.
            let articleWidth = max(1, min(measure + 4, viewport.width / 2))
            let indexWidth = max(1, viewport.width - articleWidth - 1)
            return Geometry(sideBySide: true,
                            index: .init(x: 0, y: 1, width: indexWidth, height: body),
                            divider: .init(x: indexWidth, y: 1, width: 1, height: body),
                            article: .init(x: indexWidth + 1, y: 1, width: articleWidth, height: body),
                            articleTextWidth: max(1, min(articleWidth - 2, measure)),
                            articleTextX: indexWidth + 2)
        }
        let share = min(90, max(10, settings.indexShare))
        let indexHeight = max(1, min(shownCountForLayout + 0, max(3, (body - 1) * share / 100)))
        let articleHeight = max(0, body - indexHeight - 1)
        return Geometry(sideBySide: false,
                        index: .init(x: 0, y: 1, width: viewport.width, height: indexHeight),
                        divider: .init(x: 0, y: 1 + indexHeight, width: viewport.width, height: 1),
                        article: .init(x: 0, y: 2 + indexHeight, width: viewport.width, height: articleHeight),
                        articleTextWidth: max(1, min(viewport.width - 2, measure)),
                        articleTextX: 1)
    }

    /// A short index gives its spare rows to the article.
    private var shownCountForLayout: Int { max(1, query.shown.count) }
}
