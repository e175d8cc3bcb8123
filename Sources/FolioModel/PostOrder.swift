/// How posts are ordered. Every order is stable: posts that compare equal
/// keep the order of the captures.
public enum PostOrder: String, CaseIterable, Sendable {
    /// Newest first.
    case date
    /// By author's name, then newest first.
    case author
    /// By title.
    case title
    /// Most comments first.
    case comments

    /// Posts that lack what the order sorts on (a date, an author, a count)
    /// come last in either direction, in the order of the pages.
    public func sorted(_ posts: [Post], reversed: Bool = false) -> [Post] {
        // Blogs list newest first: pages in that order are not sorted again, nor copied.
        if self == .date, !reversed, isNewestFirst(posts) { return posts }
        // Sorts positions, not posts: a post is a large value to move around.
        let known = posts.indices.filter { !lacksKey(posts[$0]) }
        let order: [Int]
        if self == .date {
            // By numbers: a million posts compared through their fields took most of a second.
            let days = known.map { posts[$0].date!.ordinal }
            order = days.indices.sorted { a, b in days[a] != days[b] ? days[a] > days[b] : a < b }.map { known[$0] }
        } else {
            order = known.sorted { a, b in
                let order = compare(posts[a], posts[b])
                return order != 0 ? order < 0 : a < b
            }
        }
        let last = posts.indices.filter { lacksKey(posts[$0]) }
        return (reversed ? order.reversed() : order).map { posts[$0] } + last.map { posts[$0] }
    }

    /// Whether every post has a date, none newer than the one before.
    private func isNewestFirst(_ posts: [Post]) -> Bool {
        var previous = UInt32.max
        for post in posts {
            guard let day = post.date?.ordinal, day <= previous else { return false }
            previous = day
        }
        return true
    }

    /// What `sorted(a + b)` gives, from `sorted(a)` and `sorted(b)` (each
    /// sorted the same way round) when every post of b comes after a's in
    /// the pages: an archive that grows is not sorted again whole. Also
    /// where the first of b's posts went, to know what moved.
    public func merged(_ a: [Post], _ b: [Post], reversed: Bool = false) -> (posts: [Post], firstOfB: Int) {
        let aKnown = a.firstIndex(where: lacksKey) ?? a.count
        let bKnown = b.firstIndex(where: lacksKey) ?? b.count
        // Equal keys keep the pages' order, which reversed is b's first.
        func goesFirst(_ x: Post, _ y: Post) -> Bool { reversed ? compare(x, y) > 0 : compare(x, y) <= 0 }
        var out: [Post] = []
        out.reserveCapacity(a.count + b.count)
        var firstOfB = a.count + b.count
        // The next piece of an archive lands in a band of what is in (or at
        // its end): a's posts before b's first and after b's last are found
        // by halving and copied whole, not compared one by one with b's.
        var (i, j, end) = (0, 0, aKnown)
        if bKnown > 0 {
            i = Self.firstIndex(in: a, 0..<aKnown) { !goesFirst($0, b[0]) }
            end = Self.firstIndex(in: a, i..<aKnown) { !goesFirst($0, b[bKnown - 1]) }
            out += a[..<i]
        }
        while i < end || j < bKnown {
            if j == bKnown || (i < end && goesFirst(a[i], b[j])) {
                out.append(a[i])
                i += 1
            } else {
                firstOfB = min(firstOfB, out.count)
                out.append(b[j])
                j += 1
            }
        }
        out += a[end...]
        if bKnown < b.count { firstOfB = min(firstOfB, out.count) }
        out += b[bKnown...]
        return (out, firstOfB)
    }

    /// The first index of `range` whose post `after` holds for, where it
    /// holds for every post from there on.
    private static func firstIndex(in posts: [Post], _ range: Range<Int>, where after: (Post) -> Bool) -> Int {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high {
            let middle = (low + high) / 2
            if after(posts[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    func lacksKey(_ post: Post) -> Bool {
        switch self {
        case .date: return post.date == nil
        case .author: return post.author == nil
        case .title: return false
        case .comments: return post.comments == nil
        }
    }

    /// Negative when `a` comes first.
    func compare(_ a: Post, _ b: Post) -> Int {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        // Undated posts after dated ones when dates break a tie.
        func newest(_ x: CalendarDate?, _ y: CalendarDate?) -> Int {
            switch (x, y) {
            case let (x?, y?): return cmp(y, x)
            case (nil, nil): return 0
            case (nil, _): return 1
            case (_, nil): return -1
            }
        }
        switch self {
        case .date:
            return newest(a.date, b.date)
        case .author:
            let byName = cmp(a.identity.author, b.identity.author)
            return byName != 0 ? byName : newest(a.date, b.date)
        case .title:
            return cmp(a.identity.title, b.identity.title)
        case .comments:
            return cmp(b.comments ?? -1, a.comments ?? -1)
        }
    }
}

/// Which posts are shown: an author, a piece of text, or both.
public struct PostFilter: Sendable, Equatable {
    public var author: String?
    /// Only the posts that name no author (the picker's "no author").
    public var authorless: Bool
    public var text: String?

    public init(author: String? = nil, authorless: Bool = false, text: String? = nil) {
        self.author = author
        self.authorless = authorless
        self.text = text
    }

    /// The filter that shows the posts of `author`, or those without one.
    public static func by(_ author: String?, text: String? = nil) -> PostFilter {
        PostFilter(author: author, authorless: author == nil, text: text)
    }

    /// The same author choice with another text.
    public func with(text: String?) -> PostFilter {
        PostFilter(author: author, authorless: authorless, text: text)
    }

    public var hasAuthor: Bool { authorless || !(author ?? "").isEmpty }

    public var isEmpty: Bool { !hasAuthor && (text ?? "").isEmpty }

    public func apply(_ posts: [Post]) -> [Post] {
        // Nothing to filter on: the posts as they are, not a copy of each.
        if isEmpty { return posts }
        let author = SearchKey.fold(self.author ?? "")
        let text = SearchNeedle(self.text ?? "")
        return posts.filter { post in
            (authorless ? post.author == nil : author.isEmpty || SearchKey.contains(post.author ?? "", folded: author))
                && (text.isEmpty || PostFilter.matches(post, text))
        }
    }

    /// Whether `needle` occurs in the title, author, summary or body.
    public static func matches(_ post: Post, _ needle: SearchNeedle) -> Bool {
        needle.occurs(in: post.title) || needle.occurs(in: post.author ?? "") || needle.occurs(in: post.summary ?? "")
            || post.body.contains { needle.occurs(in: $0.text) }
    }
}
