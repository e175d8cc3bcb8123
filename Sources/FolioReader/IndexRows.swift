import FolioModel
import FoundationEssentials

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

    /// What the columns are measured from: the first 2,000 posts' titles,
    /// authors, comment counts and years. Measuring them took 3-4 ms, at
    /// every frame; the same posts give the same measures.
    struct Measured: Equatable {
        var titles: [String]
        var authors: [String?]
        var comments: [Int?]
        var years: [Int?]
        var thisYear: Int?

        init(_ posts: [Post], thisYear: Int?) {
            // One pass, no key paths: a key path's map is not specialised,
            // and four of them over 2,000 posts took 2 ms a frame.
            let first = posts.prefix(2000)
            (titles, authors, comments, years) = ([], [], [], [])
            titles.reserveCapacity(first.count)
            authors.reserveCapacity(first.count)
            comments.reserveCapacity(first.count)
            years.reserveCapacity(first.count)
            for post in first {
                titles.append(post.title)
                authors.append(post.author)
                comments.append(post.comments)
                years.append(post.date?.year)
            }
            self.thisYear = thisYear
        }

        /// The widest title and author in cells, the most digits of a count,
        /// and whether every date is of this year.
        var measures: Measures {
            Measures(widestTitle: titles.map { TextWidth.of(VisibleText.clean($0)) }.max() ?? 0,
                     widestAuthor: authors.map { TextWidth.of(VisibleText.clean($0 ?? "-")) }.max() ?? 0,
                     countDigits: max(1, comments.map { $0.map { String($0).count } ?? 0 }.max() ?? 0),
                     allThisYear: thisYear != nil && years.allSatisfy { $0.map { $0 == thisYear } ?? true })
        }
    }

    struct Measures {
        var widestTitle: Int
        var widestAuthor: Int
        var countDigits: Int
        var allThisYear: Bool
    }

    init(posts: [Post], width: Int, highlight: SearchNeedle = .none, dateFormat: ReaderSettings.DateFormat = .automatic,
         thisYear: Int? = nil, measures: Measures, isRead: @escaping (Post) -> Bool = { _ in true }) {
        self.posts = posts
        self.dateFormat = dateFormat
        self.thisYear = thisYear
        titleRoom = width >= 120 ? max(40, measures.widestTitle) : nil
        shortDateWidth = measures.allThisYear ? 6 : 8
        self.width = width
        self.highlight = highlight
        self.isRead = isRead
        authorWidth = min(measures.widestAuthor, max(8, width / 5))
        countWidth = measures.countDigits
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
        let dateWidth = short ? shortDateWidth : 10
        let shown = date.prefix(dateWidth)
        cells += Layout.cells(shown + String(repeating: " ", count: dateWidth - shown.count + 2), style(.byline))
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
