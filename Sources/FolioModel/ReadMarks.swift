/// What a person has read, and where they were: per post (read or not, how
/// far into it) and per corpus (which post was open). Every entry carries
/// the time it was set, so two processes' marks merge entry by entry, the
/// later one winning, and neither loses the other's.
public struct ReadMarks: Codable, Equatable, Sendable {
    public struct Mark: Codable, Equatable, Sendable {
        public var read: Bool
        /// The part of the post at the top of the article (0 title, 1 byline, 2+ blocks).
        public var part: Int
        /// Seconds since 1970 when this was last set.
        public var at: Double
        /// When `read` was decided (a key, the timer), nil while it never was:
        /// scrolling a post is no decision, and must not undo another
        /// process's mark when the two merge.
        public var readAt: Double?

        public init(read: Bool, part: Int, at: Double, readAt: Double?) {
            (self.read, self.part, self.at, self.readAt) = (read, part, at, readAt)
        }

        /// A file written before `readAt` was kept: a post marked read was decided then.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            read = try c.decode(Bool.self, forKey: .read)
            part = try c.decode(Int.self, forKey: .part)
            at = try c.decode(Double.self, forKey: .at)
            readAt = try c.decodeIfPresent(Double.self, forKey: .readAt) ?? (read ? at : nil)
        }
    }

    public struct Place: Codable, Equatable, Sendable {
        public var post: String
        public var part: Int
        public var at: Double

        public init(post: String, part: Int, at: Double) { (self.post, self.part, self.at) = (post, part, at) }
    }

    public var version = 1
    public var posts: [String: Mark] = [:]
    /// By corpus key: the post that was open and the part at its top.
    public var places: [String: Place] = [:]
    /// What was searched for, and when last: the prompts' history.
    public var searches: [String: Double] = [:]

    public init() {}

    /// A file written before searches were kept has none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        posts = try c.decodeIfPresent([String: Mark].self, forKey: .posts) ?? [:]
        places = try c.decodeIfPresent([String: Place].self, forKey: .places) ?? [:]
        searches = try c.decodeIfPresent([String: Double].self, forKey: .searches) ?? [:]
    }

    /// The searches, oldest first, as Up in a prompt goes back through them.
    public var searchHistory: [String] { searches.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key) }

    public static let searchesKept = 100

    public mutating func noteSearch(_ text: String, at: Double) {
        // Later than every search before, so the order holds on a clock that stands still.
        searches[text] = max(at, (searches.values.max() ?? at) + 0.001)
        if searches.count > Self.searchesKept { searches.removeValue(forKey: searchHistory[0]) }
    }

    public func isRead(_ id: String) -> Bool { posts[id]?.read ?? false }

    public func part(_ id: String) -> Int { posts[id]?.part ?? 0 }

    public mutating func set(_ id: String, read: Bool? = nil, part: Int? = nil, at: Double) {
        var mark = posts[id] ?? Mark(read: false, part: 0, at: at, readAt: nil)
        if let read {
            mark.read = read
            mark.readAt = at
        }
        if let part { mark.part = part }
        mark.at = at
        posts[id] = mark
    }

    /// Entries of `other` that are newer than ours replace ours.
    public mutating func merge(_ other: ReadMarks) {
        // The read flag and the place merge each by its own time.
        for (id, theirs) in other.posts {
            guard let mine = posts[id] else {
                posts[id] = theirs
                continue
            }
            var merged = theirs.at >= mine.at ? theirs : mine
            let (a, b) = (mine.readAt ?? -.infinity, theirs.readAt ?? -.infinity)
            let decided = b >= a ? theirs : mine
            merged.read = decided.read
            merged.readAt = decided.readAt
            posts[id] = merged
        }
        for (key, place) in other.places where place.at >= (places[key]?.at ?? -.infinity) { places[key] = place }
        for (text, at) in other.searches where at >= (searches[text] ?? -.infinity) { searches[text] = at }
    }

    /// The entries of `self` that differ from `saved`: what a save must write.
    public func changes(since saved: ReadMarks) -> ReadMarks {
        var delta = ReadMarks()
        for (id, mark) in posts where saved.posts[id] != mark { delta.posts[id] = mark }
        for (key, place) in places where saved.places[key] != place { delta.places[key] = place }
        for (text, at) in searches where saved.searches[text] != at { delta.searches[text] = at }
        return delta
    }

    public var isEmpty: Bool { posts.isEmpty && places.isEmpty && searches.isEmpty }
}

public enum StableHash {
    /// FNV-1a, 64 bits: the same on every run, unlike Swift's seeded Hasher.
    public static func hex(_ text: String) -> String { hex(of: hash(text)) }

    public static func hash(_ text: String) -> UInt64 {
        var hash = start
        feed(text, into: &hash)
        return hash
    }

    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Hashing text a piece at a time gives the hash of the pieces joined.
    static func feed(_ bytes: some Sequence<UInt8>, into hash: inout UInt64) {
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
    }

    /// The same, on the bytes a native String lends: its UTF8View taken a
    /// byte at a time was a twentieth of the parse.
    static func feed(_ text: String, into hash: inout UInt64) {
        var text = text
        text.withUTF8 { feed($0, into: &hash) }
    }

    /// Sixteen hex digits, written in place: a read mark is looked up by
    /// them for every post counted unread.
    public static func hex(of hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { out in
            for k in 0..<16 {
                let digit = UInt8(hash >> (60 - 4 * UInt64(k)) & 0xF)
                out[k] = digit < 10 ? 0x30 + digit : 0x57 + digit
            }
            return 16
        }
    }
}
