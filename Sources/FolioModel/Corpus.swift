/// Every post read from a set of captures, one post per identity.
public struct Corpus: Sendable {
    /// Posts in reading order of the captures (file order, then line).
    public private(set) var posts: [Post] = []
    /// The blog the captures are of; none when they are of several (a
    /// folder of pages saved from different blogs is no one blog).
    public var site: Site? { sites.count == 1 ? sites.first : nil }
    private var sites: [Site] = []
    public private(set) var problems: [Problem] = []
    /// Posts by the hash of their identity: hashing a number, not the
    /// texts, is most of what adding 100,000 posts cost. Two identities of
    /// one hash (rare) are told apart in `collided`.
    private var positions: [UInt64: Int] = [:]
    private var collided: [PostIdentity: Int] = [:]
    /// Posts per author, kept as posts come: an archive read in pieces
    /// says its authors after each piece.
    private var authorCounts = AuthorTally()
    /// How many sightings were merged into a post already there: a reader
    /// that was given the posts before sorts them again only when this moved.
    public private(set) var merges = 0

    public init() {}

    public init(captures: [Capture]) {
        for capture in captures { add(capture) }
    }

    /// Room for `count` posts in all, made at once: an archive read in
    /// pieces knows from its start about how many it holds, and its table of
    /// identities was otherwise rehashed at each doubling (a sixth of the
    /// corpus's time).
    public mutating func reserveCapacity(_ count: Int) {
        posts.reserveCapacity(count)
        positions.reserveCapacity(count)
    }

    public mutating func add(_ capture: Capture) {
        add(sites: capture.site.map { [$0] } ?? [], problems: capture.problems, posts: capture.posts)
    }

    /// The posts of `other`, read after these, added as its captures would
    /// be: a large archive's corpus is built on the cores that parse its
    /// pieces, as they come, and handed on whole.
    public mutating func add(_ other: Corpus) {
        guard !posts.isEmpty || !problems.isEmpty || !sites.isEmpty else {
            self = other
            return
        }
        merges += other.merges
        add(sites: other.sites, problems: other.problems, posts: other.posts)
    }

    private mutating func add(sites named: [Site], problems: [Problem], posts more: [Post]) {
        for site in named where !sites.contains(where: { $0.name == site.name }) { sites.append(site) }
        self.problems += problems
        // Room made once for a whole capture: grown a step at a time, both the
        // old and the new table of 100,000 posts stand in memory at each step.
        // The pieces of an archive double it: room made exactly for each had
        // every piece move the whole table (a gigabyte's thousand pieces, a
        // tenth of the reader's loading).
        let needed = posts.count + more.count
        if needed > posts.capacity { posts.reserveCapacity(max(needed, 2 * posts.capacity)) }
        positions.reserveCapacity(positions.count + more.count)
        for post in more { add(post) }
    }

    public mutating func add(problem: Problem) {
        problems.append(problem)
    }

    /// A post seen again is merged into the first sighting: the fullest text
    /// wins (a full text over a teaser, a text that keeps its headings, lists
    /// and code over one that does not, then the longer), and what either
    /// one knows (summary, comments) is kept.
    public mutating func add(_ post: Post) {
        // A new post (most of them) costs one look-up of its hash, which inserts it.
        let hash = post.stableHash
        let count = posts.count
        var new = false
        let first = Corpus.value(of: &positions[hash, default: { new = true; return count }()])
        if !new {
            let key = post.identity
            if let at = posts[first].identity == key ? first : collided[key] {
                posts[at] = Corpus.merge(posts[at], post)
                merges += 1
                return
            }
            collided[key] = posts.count
        }
        posts.append(post)
        authorCounts.count(post.author, at: posts.count - 1)
    }

    /// A dictionary's entry read through its modifying accessor: the
    /// default, when the key is missing, is inserted on the same hashing.
    private static func value(of entry: inout Int) -> Int { entry }

    static func merge(_ old: Post, _ new: Post) -> Post {
        var merged = old
        if fullness(new) > fullness(old) {
            merged.text = new.text
            merged.source = new.source
        }
        merged.summaryText = old.summaryText ?? new.summaryText
        merged.link = old.link ?? new.link
        merged.time = old.time ?? new.time
        if merged.categories.isEmpty { merged.categories = new.categories }
        switch (old.comments, new.comments) {
        case let (a?, b?): merged.comments = max(a, b)
        case let (a, b): merged.comments = a ?? b
        }
        return merged
    }

    /// How full a post's text is, to compare two sightings of it.
    static func fullness(_ post: Post) -> (Int, Int, Int) {
        let body = post.body
        let structured = body.contains { ![.paragraph, .pullquote].contains($0.kind) }
        return (post.isFullText ? 1 : 0, structured ? 1 : 0, body.reduce(0) { $0 + $1.text.count })
    }

    /// Authors with their number of posts, most first, then by name.
    public var authors: [AuthorCount] { authorCounts.ranked }

    /// Posts without an author are one entry, with a nil name, after the
    /// named authors.
    public static func authors(of posts: [Post]) -> [AuthorCount] {
        var tally = AuthorTally()
        for (n, post) in posts.enumerated() { tally.count(post.author, at: n) }
        return tally.ranked
    }
}

/// Posts counted by their authors' bytes (`NameBytes` says why). Names that
/// are one String, accents encoded two ways, are one author in the ranking,
/// spelt as in the first post seen.
struct AuthorTally: Sendable {
    private var counts: [NameBytes?: (posts: Int, first: Int)] = [:]

    mutating func count(_ author: String?, at post: Int) {
        counts[author.map(NameBytes.init), default: (0, post)].posts += 1
    }

    var ranked: [AuthorCount] {
        var byName: [String?: Int] = [:]
        for (name, count) in counts.sorted(by: { $0.value.first < $1.value.first }) { byName[name?.name, default: 0] += count.posts }
        return byName.map { AuthorCount(name: $0.key, count: $0.value) }.sorted {
            switch ($0.name, $1.name) {
            case (nil, _): return false
            case (_, nil): return true
            case let (a?, b?): return $0.count != $1.count ? $0.count > $1.count : a < b
            }
        }
    }
}

public struct AuthorCount: Hashable, Sendable {
    /// Nil for the posts that name no author.
    public var name: String?
    public var count: Int

    /// What to show for `name`.
    public var label: String { name ?? AuthorCount.noAuthor }
    public static let noAuthor = "no author"

    public init(name: String?, count: Int) {
        self.name = name
        self.count = count
    }
}

/// An archive as far as it has been read, for a reader that shows it while
/// the rest comes: the corpus's posts without its table of identities, which
/// the reading goes on adding to.
public struct CorpusSoFar: Sendable {
    public var posts: [Post]
    public var site: Site?
    public var problems: [Problem]
    public var authors: [AuthorCount]
    /// The corpus's `merges` when this was taken.
    public var merges: Int
    /// The whole archive is in.
    public var complete: Bool

    public init(_ corpus: Corpus, complete: Bool = true) {
        (posts, site, problems, authors) = (corpus.posts, corpus.site, corpus.problems, corpus.authors)
        (merges, self.complete) = (corpus.merges, complete)
    }
}
