/// One kind of saved page folio reads: text captures, HTML, and feeds to
/// come. Each tells its own files by their first bytes, and turns a file
/// into posts and problems.
public protocol PageFormat {
    /// Whether a file starting with `head` is of this format.
    static func sniff(_ head: some Collection<UInt8>) -> Bool
    static func parse(bytes: [UInt8], file: String) -> Capture
}

/// Text captures take what no other format claims.
extension CaptureParser: PageFormat {
    public static func sniff(_ head: some Collection<UInt8>) -> Bool { true }
}

/// What a line of a page says of a post's author, day and comment count,
/// read as the text captures' bylines are (`By Ada · March 9, 2017`), for
/// the formats whose markup says which line is the byline.
public struct BylineReading: Sendable {
    public var author: String?
    public var date: CalendarDate?
    public var comments: Int?

    /// `unmarked` reads a bare `Ada Lindqvist March 9, 2017`, as under a
    /// title; elsewhere a name needs its marker (`by`, `Author:`).
    public init?(_ text: String, unmarked: Bool = false, order: DateOrder = .monthFirst) {
        guard let byline = PageByline.read(text, order: order == .dayFirst ? .dayFirst : .monthFirst, unmarked: unmarked)
        else { return nil }
        author = byline.author
        date = byline.day
        comments = byline.comments
    }
}

/// Which comes first in a date of numbers with slashes, `05/04/2013`: US
/// pages put the month first, the rest of the world the day.
public enum DateOrder: Sendable {
    case monthFirst, dayFirst

    /// The order a page in `language` (`fr`, `en-US`) writes its dates in;
    /// with no language, day first when one of its dates can only be read so
    /// (`23/03/2015`), as for text captures.
    public init(language: String?, text: () -> String) {
        if let lang = language?.lowercased(), !lang.isEmpty {
            self = lang == "en" || lang.hasPrefix("en-us") || lang.hasPrefix("en_us") ? .monthFirst : .dayFirst
            return
        }
        for word in text().split(separator: " ") where word.contains("/") {
            let parts = word.split(separator: "/")
            if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), (13...31).contains(a), b <= 12 {
                self = .dayFirst
                return
            }
        }
        self = .monthFirst
    }
}

/// What the words of a page say, read as the text captures' are, for the
/// formats whose markup does not say it.
public enum PageWords {
    /// The count a line gives at its start: `12 Comments`, `No comments`.
    public static func commentCount(_ text: String) -> Int? { Furniture.commentCount(text) }

    /// Whether a line starts what follows an article (sharing, related
    /// posts, tags, comments), in the languages the text captures know.
    public static func endsArticle(_ text: String) -> Bool { Furniture.endsArticle(text) }

    /// A line of sharing buttons: `Share on: Facebook Twitter Reddit`.
    public static func isButtons(_ text: String) -> Bool { Furniture.isButtons(text) }

    /// `Sign up for our newsletter`, `Submit it here!`: a request to the
    /// reader, furniture where it closes an article.
    public static func isCallToAction(_ text: String) -> Bool { Furniture.isCallToAction(text) }

    /// `6 minute read`, `Tempo de leitura: 2 minutos`: no text of the post.
    public static func isReadingTime(_ text: String) -> Bool { Furniture.isReadingTime(text) }

    /// The author a box about the author under an article names
    /// (`Craig is a freelance UK web consultant…`); nil when `text` is none.
    public static func authorBox(_ text: String, author: String?) -> String? { AuthorBox.name(text, author: author) }

    /// The day a date's words name (`2019-11-18T08:00:00Z`, `Nov 18, 2019`).
    public static func day(_ text: String) -> CalendarDate? {
        // ISO 8601, as markup gives it: the day is the first ten characters.
        let iso = text.utf8.prefix(10).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            .map { Int(String(decoding: $0, as: UTF8.self)) }
        if iso.count == 3, let y = iso[0], let m = iso[1], let d = iso[2], text.utf8.count >= 10 {
            return CalendarDate(year: y, month: m, day: d)
        }
        guard let found = DateText.first(in: PageByline.words(text))?.found, case .valid(let day) = found else { return nil }
        return day
    }
}
