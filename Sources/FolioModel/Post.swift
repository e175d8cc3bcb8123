/// One piece of an article's text, in page order. Text captures give
/// paragraphs and pull quotes; HTML pages keep their structure.
public struct Block: Hashable, Sendable {
    public enum Kind: String, Sendable { case paragraph, pullquote, heading, quote, item, code, image, rule }
    public var kind: Kind
    /// An image's text is its alt text; a rule's is empty.
    public var text: String
    /// A heading's level, 1 to 6.
    public var level: Int?
    /// A list item's depth (1 for a list not inside another) and, in an
    /// ordered list, its number.
    public var depth: Int?
    public var number: Int?
    /// An image's address.
    public var url: String?

    public init(_ kind: Kind, _ text: String, level: Int? = nil, depth: Int? = nil, number: Int? = nil, url: String? = nil) {
        self.kind = kind
        self.text = text
        self.level = level
        self.depth = depth
        self.number = number
        self.url = url
    }
}

/// A link the page gave a post: the words that were linked and where to.
public struct Link: Hashable, Sendable {
    public var text: String
    public var url: String

    public init(text: String, url: String) { (self.text, self.url) = (text, url) }
}

/// Where a post was read: the file and the 1-based line of its title.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) { (self.file, self.line) = (file, line) }

    public static func < (a: Self, b: Self) -> Bool {
        (a.file, a.line) < (b.file, b.line)
    }
}

/// A post read from a capture, a page or a feed. Its fields are read and
/// set as the post's own (`post.title`, `post.comments = 3`); copies share
/// them until one is changed, so that a corpus of 100,000 posts is merged,
/// sorted, filtered and listed as references, not as 300-byte values.
@dynamicMemberLookup
public struct Post: Hashable, Sendable {
    public struct Fields: Hashable, Sendable {
        public fileprivate(set) var title: String
        /// Nil when the page names no author: many blogs never do.
        public fileprivate(set) var author: String?
        /// Nil when the page shows no day (or a day without a year).
        public fileprivate(set) var date: CalendarDate?
        /// What makes two sightings the same post: a teaser on one page and
        /// the full text on another share title, author and date. Worked out
        /// once: merging, read marks and the reader all ask for it.
        public fileprivate(set) var identity: PostIdentity
        /// A key for read marks that survives re-sorting and captures added
        /// or removed: a 64-bit FNV-1a hash of the folded title, author and date.
        public fileprivate(set) var stableHash: UInt64
        public var comments: Int?
        public var summary: String? {
            get { summaryText?.text }
            set { summaryText = newValue.map(PostSummary.init) }
        }
        var summaryText: PostSummary?
        /// The full text; empty when the capture holds only a teaser.
        public var text: PostText
        /// The post's own address, where the page gives it (a canonical
        /// link, an index entry's permalink).
        public var link: String?
        /// The moment of publishing as the source wrote it, where it gives
        /// one (a feed's `2019-11-18T17:30:00-05:00`): ISO 8601 in its own offset.
        public var time: String?
        /// The categories or tags the source files the post under.
        public var categories: [String] = []
        public var source: SourceLocation
    }

    /// Never changed: a post changed gets fields of its own. Reading a
    /// class's `var` is checked for exclusive access at run time, on every
    /// field read of every post a listing or a sort touches.
    @usableFromInline final class Shared: Sendable {
        @usableFromInline let fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline var shared: Shared

    @inlinable public subscript<T>(dynamicMember field: KeyPath<Fields, T>) -> T { shared.fields[keyPath: field] }

    @inlinable public subscript<T>(dynamicMember field: WritableKeyPath<Fields, T>) -> T {
        get { shared.fields[keyPath: field] }
        set {
            var fields = shared.fields
            fields[keyPath: field] = newValue
            shared = Shared(fields)
        }
    }

    public static func == (a: Post, b: Post) -> Bool { a.shared === b.shared || a.shared.fields == b.shared.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(shared.fields) }

    /// The hash as read marks store it, in hex.
    public var stableID: String { StableHash.hex(of: self.stableHash) }
    /// Paragraphs, headings, lists, code… in order. Read from a feed's
    /// markup at each call: where both are wanted, `text.read()` once.
    public var body: [Block] { self.text.read().blocks }
    /// The links of the post's text, in order.
    public var links: [Link] {
        get { self.text.read().links }
        set { self.text = PostText(blocks: body, links: newValue) }
    }

    public init(title: String, author: String?, date: CalendarDate?, comments: Int? = nil,
                summary: String? = nil, body: [Block] = [], links: [Link] = [], source: SourceLocation) {
        let identity = PostIdentity.folding(title: title, author: author, date: date)
        shared = Shared(Fields(
            title: title, author: author, date: date, identity: identity,
            stableHash: identity.stableHash,
            comments: comments, summaryText: summary.map(PostSummary.init), text: PostText(blocks: body, links: links),
            source: source))
    }

    /// A post of a text capture, its text kept as the capture's bytes: one
    /// paragraph is its summary, more its full text.
    /// `identity` and `stableHash`, when given, are the post's own, worked out before.
    init(title: String, author: String?, date: CalendarDate?, comments: Int?, text: CapturedText?, source: SourceLocation,
         identity: PostIdentity? = nil, stableHash: UInt64? = nil) {
        let identity = identity ?? PostIdentity.folding(title: title, author: author, date: date)
        let summary = text.flatMap { $0.isSummary ? PostSummary($0) : nil }
        shared = Shared(Fields(
            title: title, author: author, date: date, identity: identity, stableHash: stableHash ?? identity.stableHash,
            comments: comments, summaryText: summary, text: text.flatMap { $0.isSummary ? nil : PostText($0) } ?? PostText(),
            source: source))
    }

    public var isFullText: Bool { !self.text.isEmpty }

    /// The same post by `author`: a feed's own author, known only once the
    /// whole feed is read, signs what its items leave unsigned.
    public func by(_ author: String?) -> Post {
        var post = Post(title: self.title, author: author, date: self.date, source: self.source)
        var fields = shared.fields
        (fields.author, fields.identity, fields.stableHash) = (author, post.identity, post.stableHash)
        post.shared = Shared(fields)
        return post
    }
}

public struct PostIdentity: Hashable, Sendable {
    public var title: String
    /// Folded; empty for a post without an author.
    public var author: String
    public var date: CalendarDate?

    /// The identity of a post with these fields: each text folded.
    static func folding(title: String, author: String?, date: CalendarDate?) -> PostIdentity {
        PostIdentity(title: SearchKey.fold(title), author: SearchKey.fold(author ?? ""), date: date)
    }

    /// The hash of `title`, `author` and the day (`2014-10-24`) joined by
    /// U+001F, fed a piece at a time: no text is made for it.
    var stableHash: UInt64 {
        var hash = StableHash.start
        StableHash.feed(title, into: &hash)
        StableHash.feed(CollectionOfOne(0x1F), into: &hash)
        StableHash.feed(author, into: &hash)
        StableHash.feed(CollectionOfOne(0x1F), into: &hash)
        date?.writeISO { StableHash.feed(CollectionOfOne($0), into: &hash) }
        return hash
    }
}

/// The blog a capture belongs to, from its "About ..." section.
public struct Site: Hashable, Sendable {
    public var name: String
    public var description: String

    public init(name: String, description: String = "") { (self.name, self.description) = (name, description) }
}

/// Something in a capture that could not be understood, and where.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) { (self.file, self.line, self.message) = (file, line, message) }

    public var description: String { "\(file):\(line): \(message)" }

    /// Bytes that are not UTF-8 on `lines` lines from `line` on, in any format.
    public static func invalidUTF8(file: String, line: Int, lines: Int) -> Problem {
        let more = lines > 1 ? " (and on \(lines - 1) more line\(lines == 2 ? "" : "s"))" : ""
        return Problem(file: file, line: line, message: "invalid UTF-8, shown as U+FFFD\(more)")
    }
}
