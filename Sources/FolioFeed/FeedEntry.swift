import FoundationEssentials
import FolioHTML
import FolioModel

/// What one item of a feed says, as read from its markup: turned into a
/// post once the feed's own author is known, its HTML into blocks.
struct FeedEntry: Sendable {
    enum Text: Sendable {
        case html(String)
        case plain(String)
    }

    var title = ""
    /// `base`: what relative links in the text are read against.
    var author, written, link, base: String?
    var comments: Int?
    /// The full text (`content:encoded`, Atom's `content`, `content_html`)
    /// and a summary only (`description`, `summary`).
    var content, summary: Text?
    var categories: [String] = []
    var line = 1

    /// The post, by `feedAuthor` where the item names none. A date that
    /// cannot be read is named as a problem.
    func post(file: String, feedAuthor: String?) -> (Post, Problem?) {
        let date = written.flatMap(FeedDate.init)
        let problem = written.flatMap { date == nil && !$0.isEmpty ? Problem(file: file, line: line, message: "date not understood: “\(FeedText.line($0))”") : nil }
        // The HTML is read into blocks when the post is shown, searched or printed.
        let text = switch content {
        case .html(let html)?: PostText(markup: html, base: base, reader: HTMLFragment.self)
        case .plain(let text)?: PostText(blocks: FeedText.paragraphs(text))
        case nil: PostText()
        }
        let summary: String? = switch self.summary {
        case .html(let html)?: HTMLFragment.text(html)
        case .plain(let text)?: FeedText.line(text)
        case nil: nil
        }
        var title = self.title
        // An item may have only a text (RSS 2.0 allows it): its first words.
        if title.isEmpty {
            let words = (text.read().blocks.first?.text ?? summary ?? "").split(separator: " ")
            title = words.isEmpty ? "(untitled)" : words.prefix(8).joined(separator: " ") + (words.count > 8 ? "…" : "")
        }
        var post = Post(title: title, author: author ?? feedAuthor, date: date?.day, comments: comments,
                        summary: summary?.isEmpty == false ? summary : nil, source: SourceLocation(file: file, line: line))
        post.text = text
        post.link = link
        post.time = date?.time
        post.categories = categories
        return (post, problem)
    }
}

/// Text as feeds give it outside HTML: squeezed, its controls made visible.
enum FeedText {
    static func line(_ text: String) -> String { HTMLFragment.plain(text) }

    /// Plain text's paragraphs, split at blank lines.
    static func paragraphs(_ text: String) -> [Block] {
        text.replacing("\r\n", with: "\n").components(separatedBy: "\n\n")
            .map(line).filter { !$0.isEmpty }.map { Block(.paragraph, $0) }
    }

    /// `//bulimov.me/`: an address for whichever scheme the page was read
    /// by, which for a feed on disk is the web's, https.
    static func webAddress(_ href: String) -> String {
        href.hasPrefix("//") ? "https:" + href : href
    }

    /// `jo@example.org (Jo Smith)` is Jo Smith; a bare address stays.
    static func person(_ text: String) -> String? {
        let name = line(text)
        guard !name.isEmpty else { return nil }
        if let open = name.firstIndex(of: "("), name.hasSuffix(")"), name[..<open].contains("@") {
            let inside = name[name.index(after: open)..<name.index(before: name.endIndex)].trimming(\.isWhitespace)
            if !inside.isEmpty { return inside }
        }
        return name
    }
}
