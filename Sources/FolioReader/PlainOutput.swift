import FolioModel

/// What folio prints when it is not drawing a screen: listings and articles
/// as plain text, cleaned like the screen so that `cat` of the output is safe.
public enum PlainOutput {
    /// One line a post: date, author, comments, title, in columns by display width.
    public static func list(_ posts: [Post], marks: (Post) -> String? = { _ in nil }) -> String {
        var out = ""
        list(posts, marks: marks) { out += $0 }
        return out
    }

    /// The listing handed to `write` a piece at a time: 100,000 lines are
    /// never one string.
    public static func list(_ posts: [Post], marks: (Post) -> String?, into write: (String) -> Void) {
        let authors = posts.map { VisibleText.clean($0.author ?? "-") }
        let authorWidth = authors.map { TextWidth.of($0) }.max() ?? 0
        let counts = posts.map { $0.comments.map(String.init) ?? "-" }
        let countWidth = counts.map(\.count).max() ?? 0
        var out = ""
        for (n, post) in posts.enumerated() {
            var line = ""
            if let mark = marks(post) { line += mark + " " }
            line += (post.date?.iso ?? "-         ") + "  "
            line += authors[n] + String(repeating: " ", count: authorWidth - TextWidth.of(authors[n])) + "  "
            line += String(repeating: " ", count: countWidth - counts[n].count) + counts[n] + "  "
            line += VisibleText.clean(post.title)
            out += line + "\n"
            if out.utf8.count >= 1 << 16 {
                write(out)
                out = ""
            }
        }
        if !out.isEmpty { write(out) }
    }

    /// A post as text wrapped to `width` columns.
    public static func article(_ post: Post, width: Int) -> String {
        ArticleText(post: post, width: width).rows.map(Layout.string).joined(separator: "\n") + "\n"
    }

    /// `Judy Dempsey  10`, most posts first, counts aligned.
    public static func authors(_ authors: [AuthorCount]) -> String {
        let names = authors.map { VisibleText.clean($0.label) }
        let width = names.map { TextWidth.of($0) }.max() ?? 0
        var out = ""
        for (n, author) in authors.enumerated() {
            out += names[n] + String(repeating: " ", count: width - TextWidth.of(names[n]) + 2) + "\(author.count)\n"
        }
        return out
    }
}
