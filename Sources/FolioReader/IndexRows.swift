import FolioModel
import Foundation

/// The index's rows: a mark for full text or summary, date, author, title and
/// comment count, in columns measured in cells.
struct IndexRows {
    let posts: [Post]
    let width: Int
    let authorWidth: Int
    let countWidth: Int
    /// The folded search text to mark in titles and authors.
    let highlight: SearchNeedle
    let isRead: (Post) -> Bool
    let dateFormat: ReaderSettings.DateFormat
    /// The year now, if known: a date of another year shows its year.
    let thisYear: Int?
    /// The width the title is given: on a wide screen, no wider than it
    /// needs, so that the comment count stays next to it.
    let titleRoom: Int?
    /// `Oct 24` or, with another year among the dates, `Oct 2014`.
    let shortDateWidth: Int

    init(posts: [Post], width: Int, highlight: SearchNeedle = .none, dateFormat: ReaderSettings.DateFormat = .automatic,
         thisYear: Int? = nil, isRead: @escaping (Post) -> Bool = { _ in true }) {
        self.posts = posts
        self.dateFormat = dateFormat
        self.thisYear = thisYear
        let widestTitle = posts.prefix(2000).map { TextWidth.of(VisibleText.clean($0.title)) }.max() ?? 0
        titleRoom = width >= 120 ? max(40, widestTitle) : nil
        shortDateWidth = thisYear != nil && posts.prefix(2000).allSatisfy { $0.date.map { $0.year == thisYear } ?? true } ? 6 : 8
        self.width = width
        self.highlight = highlight
        self.isRead = isRead
        let widest = posts.prefix(2000).map { TextWidth.of(VisibleText.clean($0.author ?? "-")) }.max() ?? 0
        authorWidth = min(widest, max(8, width / 5))
        countWidth = max(1, posts.prefix(2000).map { $0.comments.map { String($0).count } ?? 0 }.max() ?? 0)
    }

    func row(_ index: Int, selected: Bool) -> [Cell] {
        let post = posts[index]
        let base = Style(.normal, selected: selected)
        func style(_ role: Role) -> Style { Style(role, selected: selected) }
        // Unread posts: an N in the first column and the title in bold.
        let unread = !isRead(post)
        var cells = Layout.cells(unread ? "N" : " ", style(.unread))
        cells += Layout.cells((post.isFullText ? "●" : "○") + " ", style(post.isFullText ? .title : .dim))
        // A narrow index keeps room for the title: `Oct 24` instead of `2014-10-24`.
        let short = dateFormat == .short || dateFormat == .automatic && width < 60
        // As ls does, a date of another year shows that year: `Oct 2014`.
        let date = post.date.map { date in
            guard short else { return date.iso }
            let month = CalendarDate.monthNames[date.month - 1].prefix(3)
            return date.year == thisYear ? "\(month) \(date.day)" : "\(month) \(date.year)"
        } ?? "-"
        cells += Layout.cells(date.padding(toLength: short ? shortDateWidth : 10, withPad: " ", startingAt: 0) + "  ",
                              style(.byline))
        cells += Layout.pad(Highlight.cells(post.author ?? "-", style: base, needle: highlight), width: authorWidth, style: base)
        cells += Layout.cells("  ", base)
        let count = post.comments.map(String.init) ?? ""
        let titleWidth = min(titleRoom ?? .max, max(0, width - Layout.width(cells) - countWidth - 2))
        cells += Layout.pad(Highlight.cells(post.title, style: unread ? style(.unread) : base, needle: highlight),
                            width: titleWidth, style: base)
        cells += Layout.cells(" " + String(repeating: " ", count: countWidth - count.count) + count + " ",
                              style(.dim))
        return Layout.pad(cells, width: width, style: base)
    }
}
