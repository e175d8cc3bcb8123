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
    /// Written as bytes, each author cleaned and measured once: a few
    /// hundred authors sign 100,000 posts.
    public static func list(_ posts: [Post], marks: (Post) -> String?, into write: (String) -> Void) {
        // By their bytes: a String's hash reads non-ASCII names normalized,
        // most of a million posts' listing. Each name prints as its own bytes.
        var authors: [NameBytes: (bytes: [UInt8], width: Int)] = [:]
        var byPost: [(bytes: [UInt8], width: Int)] = []
        byPost.reserveCapacity(posts.count)
        var (authorWidth, countWidth) = (0, 0)
        for post in posts {
            let name = post.author ?? "-"
            let key = NameBytes(name)
            let author = authors[key] ?? {
                let clean = VisibleText.clean(name)
                let measured = (Array(clean.utf8), TextWidth.of(clean))
                authors[key] = measured
                return measured
            }()
            byPost.append(author)
            authorWidth = max(authorWidth, author.width)
            countWidth = max(countWidth, post.comments.map(digits) ?? 1)
        }
        var out: [UInt8] = []
        out.reserveCapacity(1 << 17)
        var cleaner = VisibleText.Cleaner()
        func pad(_ n: Int) { out.append(contentsOf: repeatElement(0x20, count: max(0, n))) }
        for (n, post) in posts.enumerated() {
            if let mark = marks(post) { out += mark.utf8; out.append(0x20) }
            if let date = post.date { date.writeISO { out.append($0) } } else { out += "-         ".utf8 }
            pad(2)
            let author = byPost[n]
            out += author.bytes
            pad(authorWidth - author.width + 2)
            if let count = post.comments {
                pad(countWidth - digits(count))
                out += String(count).utf8
            } else {
                pad(countWidth - 1)
                out.append(0x2D)
            }
            pad(2)
            out += cleaner.clean(post.title).utf8
            out.append(0x0A)
            if out.count >= 1 << 16 {
                write(String(decoding: out, as: UTF8.self))
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { write(String(decoding: out, as: UTF8.self)) }
    }

    private static func digits(_ n: Int) -> Int { String(n).utf8.count }

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
