import FolioModel

/// What folio prints when it is not drawing a screen: listings and articles
/// as plain text, cleaned like the screen so that `cat` of the output is safe.
public enum PlainOutput {
    /// One line a post: date, author, comments, title, in columns by display width.
    /// (`--list` writes its lines a piece at a time, on two cores: `Listing`.)
    public static func list(_ posts: [Post], marks: (Post) -> String? = { _ in nil }) -> String {
        var out: [UInt8] = []
        Listing(posts).lines(posts, posts.indices, marks: marks) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The columns of a listing, made once for all its lines: each post's
    /// author cleaned and measured (a few hundred authors sign 100,000
    /// posts), and the widest author and count. Its lines can then be made a
    /// range of posts at a time, on as many threads.
    public struct Listing: Sendable {
        /// Each author's column, made once, and which of them each post
        /// from `first` on has: a column per post was two retains of it
        /// and 24 bytes, for every post.
        private let names: [(bytes: [UInt8], width: Int)]
        private let authors: [Int32]
        private let first: Int
        private let authorWidth: Int
        private let countWidth: Int

        public init(_ posts: [Post]) { self.init(posts, posts.indices) }

        /// The columns of `posts[range]` alone, to be joined to the rest's.
        public init(_ posts: [Post], _ range: Range<Int>) {
            // By their bytes: a String's hash reads non-ASCII names normalized,
            // most of a million posts' listing. Each name prints as its own bytes.
            var known: [NameBytes: Int32] = [:]
            var names: [(bytes: [UInt8], width: Int)] = []
            var authors: [Int32] = []
            authors.reserveCapacity(range.count)
            var (authorWidth, countWidth) = (0, 0)
            for post in posts[range] {
                let name = post.author ?? "-"
                let key = NameBytes(name)
                if let known = known[key] {
                    authors.append(known)
                } else {
                    let clean = VisibleText.clean(name)
                    names.append((Array(clean.utf8), TextWidth.of(clean)))
                    authorWidth = max(authorWidth, names[names.count - 1].width)
                    known[key] = Int32(names.count - 1)
                    authors.append(Int32(names.count - 1))
                }
                countWidth = max(countWidth, post.comments.map(digits) ?? 1)
            }
            (self.names, self.authors, first) = (names, authors, range.lowerBound)
            (self.authorWidth, self.countWidth) = (authorWidth, countWidth)
        }

        /// The columns of ranges that follow one another, made apart.
        public init(joining parts: [Listing]) {
            names = parts.flatMap(\.names)
            var (authors, before) = ([Int32](), Int32(0))
            authors.reserveCapacity(parts.reduce(0) { $0 + $1.authors.count })
            for part in parts {
                authors += part.authors.lazy.map { $0 + before }
                before += Int32(part.names.count)
            }
            self.authors = authors
            first = parts.first?.first ?? 0
            authorWidth = parts.map(\.authorWidth).max() ?? 0
            countWidth = parts.map(\.countWidth).max() ?? 0
        }

        /// More bytes than the lines of `range` take, to hold them without
        /// growing (an array doubled to 4 MB copies 4 MB and faults twice the
        /// pages); what is not written is never touched.
        public func room(for range: Range<Int>) -> Int {
            range.count * (2 + 2 * authorWidth + 2 + countWidth + 2 + 10 + 4 * 80)
        }

        /// The lines of `posts[range]` (the posts the listing was made of),
        /// handed to `write` as UTF-8 about 64 KB at a time.
        public func lines(_ posts: [Post], _ range: Range<Int>, marks: (Post) -> String?, into write: ([UInt8]) -> Void) {
            var out: [UInt8] = []
            out.reserveCapacity(1 << 17)
            var cleaner = VisibleText.Cleaner()
            for n in range {
                let post = posts[n]
                if let mark = marks(post) { out += mark.utf8; out.append(0x20) }
                if let date = post.date { date.writeISO { out.append($0) } } else { out += "-         ".utf8 }
                out.appendSpaces(2)
                let author = names[Int(authors[n - first])]
                out += author.bytes
                out.appendSpaces(authorWidth - author.width + 2)
                if let count = post.comments {
                    out.appendSpaces(countWidth - digits(count))
                    writeDecimal(count, into: &out)
                } else {
                    out.appendSpaces(countWidth - 1)
                    out.append(0x2D)
                }
                out.appendSpaces(2)
                out += cleaner.clean(post.title).utf8
                out.append(0x0A)
                if out.count >= 1 << 16 {
                    write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            if !out.isEmpty { write(out) }
        }
    }

    /// How many characters `n` prints as.
    static func digits(_ n: Int) -> Int {
        var (count, rest) = (n < 0 ? 2 : 1, n.magnitude / 10)
        while rest > 0 { (count, rest) = (count + 1, rest / 10) }
        return count
    }

    /// `n` in decimal, as `String(n)` writes it, with no String made.
    static func writeDecimal(_ n: Int, into out: inout [UInt8]) {
        if n < 0 { out.append(0x2D) }
        var power: UInt = 1
        while power <= n.magnitude / 10 { power *= 10 }
        var rest = n.magnitude
        while power > 0 {
            out.append(0x30 + UInt8(rest / power))
            (rest, power) = (rest % power, power / 10)
        }
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

extension [UInt8] {
    /// `n` spaces, none for less than one. (A function nested in the
    /// listing's loop that did this had each use of the buffer checked for
    /// exclusive access at run time.)
    mutating func appendSpaces(_ n: Int) {
        for _ in 0..<Swift.max(0, n) { append(0x20) }
    }
}
