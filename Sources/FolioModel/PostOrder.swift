/// How posts are ordered. Every order is stable: posts that compare equal
/// keep the order of the captures.
public enum PostOrder: String, CaseIterable, Sendable {
    /// Newest first.
    case date
    /// By author's name, then newest first.
    case author
    /// By title.
    case title
    /// Most comments first; posts without a count last.
    case comments

    public func sorted(_ posts: [Post], reversed: Bool = false) -> [Post] {
        // Sorts positions, not posts: a post is a large value to move around.
        let order = posts.indices.sorted { a, b in
            let order = compare(posts[a], posts[b])
            return order != 0 ? order < 0 : a < b
        }
        return reversed ? order.reversed().map { posts[$0] } : order.map { posts[$0] }
    }

    /// Negative when `a` comes first.
    func compare(_ a: Post, _ b: Post) -> Int {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        switch self {
        case .date:
            return cmp(b.date, a.date)
        case .author:
            let byName = cmp(a.identity.author, b.identity.author)
            return byName != 0 ? byName : cmp(b.date, a.date)
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
    public var text: String?

    public init(author: String? = nil, text: String? = nil) {
        self.author = author
        self.text = text
    }

    public var isEmpty: Bool { (author ?? "").isEmpty && (text ?? "").isEmpty }

    public func apply(_ posts: [Post]) -> [Post] {
        let author = SearchKey.fold(self.author ?? "")
        let text = SearchKey.fold(self.text ?? "")
        return posts.filter { post in
            (author.isEmpty || SearchKey.contains(post.author, folded: author))
                && (text.isEmpty || PostFilter.matches(post, folded: text))
        }
    }

    /// Whether the folded `needle` occurs in the title, author, summary or body.
    public static func matches(_ post: Post, folded needle: String) -> Bool {
        SearchKey.contains(post.title, folded: needle)
            || SearchKey.contains(post.author, folded: needle)
            || SearchKey.contains(post.summary ?? "", folded: needle)
            || post.body.contains { SearchKey.contains($0.text, folded: needle) }
    }
}
