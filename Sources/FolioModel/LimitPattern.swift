import FoundationEssentials

/// mutt's limit (`l` there), for posts: terms a post must all meet. A plain
/// word is looked for in the title and the author, as mutt's simple
/// pattern is; `~a`, `~t`, `~b` look in the author, the title, the text;
/// `~d 2014-10` or `~d 2014-10-01..2014-10-15` keep a span of dates;
/// `~U` and `~R` the unread or read posts; `!` before a term turns it round.
public struct LimitPattern: Equatable, Sendable {
    public indirect enum Term: Equatable, Sendable {
        case words(SearchNeedle), author(SearchNeedle), title(SearchNeedle), text(SearchNeedle)
        case dates(from: String, to: String)
        case unread, read
        case not(Term)
    }

    public let typed: String
    public let terms: [Term]

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static let summary = "~a author  ~t title  ~b text  ~d 2014-10  ~U unread  ~R read  !~x not"

    public init(_ typed: String) throws(Problem) {
        self.typed = typed
        var tokens = Self.tokens(typed)[...]
        var terms: [Term] = []
        while let token = tokens.popFirst() {
            let negated = token.hasPrefix("!") && token.count > 1
            let word = negated ? String(token.dropFirst()) : token
            func argument() throws(Problem) -> String {
                guard let next = tokens.popFirst() else { throw Problem(description: "\(word) needs something after it") }
                return next
            }
            let term: Term
            switch word {
            case "~a": term = .author(SearchNeedle(try argument()))
            case "~t": term = .title(SearchNeedle(try argument()))
            case "~b": term = .text(SearchNeedle(try argument()))
            case "~U": term = .unread
            case "~R": term = .read
            case "~d":
                let span = try argument()
                let ends = span.components(separatedBy: "..")
                guard ends.count <= 2, ends.allSatisfy({ $0.allSatisfy { $0.isNumber || $0 == "-" } }) else {
                    throw Problem(description: "~d takes a date or a span: 2014-10, 2014-10-01..2014-10-15")
                }
                term = .dates(from: ends[0], to: ends.count == 2 ? ends[1] : ends[0])
            default:
                guard !word.hasPrefix("~") else { throw Problem(description: "\(word) is no pattern here: " + Self.summary) }
                term = .words(SearchNeedle(word))
            }
            terms.append(negated ? .not(term) : term)
        }
        self.terms = terms
    }

    public func matches(_ post: Post, isRead: (Post) -> Bool) -> Bool {
        terms.allSatisfy { Self.meets($0, post, isRead) }
    }

    private static func meets(_ term: Term, _ post: Post, _ isRead: (Post) -> Bool) -> Bool {
        switch term {
        case .words(let needle): needle.occurs(in: post.title) || needle.occurs(in: post.author ?? "")
        case .author(let needle): needle.occurs(in: post.author ?? "")
        case .title(let needle): needle.occurs(in: post.title)
        case .text(let needle): PostFilter.matches(post, needle)
        case .unread: !isRead(post)
        case .read: isRead(post)
        // A date's ISO form compared as text: `2014-10` is the whole month at either end.
        case .dates(let from, let to):
            post.date.map { date in
                let iso = date.iso
                return (from.isEmpty || iso >= from) && (to.isEmpty || iso.prefix(to.count) <= to)
            } ?? false
        case .not(let inner): !meets(inner, post, isRead)
        }
    }

    /// Words, with "double quotes" round words that go together.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for c in text {
            if c == "\"" {
                quoted.toggle()
            } else if c == " " && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
