import FoundationEssentials
import FolioModel

/// What a page's markup says of its post, most reliable first: schema.org
/// JSON-LD, then OpenGraph and `article:` meta tags, `<meta name="author">`
/// and the page's `<title>`.
struct HTMLMetadata {
    var headline, author, siteName, pageTitle, canonical, base: String?
    var date: CalendarDate?
    var comments: Int?
    /// The markup says the page is one article (JSON-LD, `og:type`).
    var isArticle = false
    /// The language the head names (`content-language`, `og:locale`),
    /// for a page whose `<html>` names none.
    var language: String?

    static let articleTypes: Set<String> = ["blogposting", "article", "newsarticle", "reportagenewsarticle", "techarticle",
                                            "scholarlyarticle", "socialmediaposting", "liveblogposting", "opinionnewsarticle",
                                            "analysisnewsarticle", "review", "posting"]

    init(_ root: HTMLNode) {
        var meta: [String: String] = [:]
        for node in root.descendants(where: { ["meta", "link", "title", "script", "base"].contains($0.name) }) {
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                    ?? node.attribute("http-equiv") ?? "").lowercased()
                if !key.isEmpty, meta[key] == nil, let content = node.attribute("content") {
                    meta[key] = HTMLText.value(content)
                }
            case "link":
                if (node.attribute("rel") ?? "").lowercased().split(separator: " ").contains("canonical") {
                    canonical = canonical ?? node.attribute("href")
                }
            case "base":
                base = base ?? node.attribute("href")
            case "title":
                pageTitle = pageTitle ?? HTMLText.text(of: node)
            case "script" where (node.attribute("type") ?? "").lowercased().contains("ld+json"):
                readJSONLD(HTMLText.rawText(of: node))
            default:
                break
            }
        }
        headline = headline ?? meta["og:title"] ?? meta["twitter:title"]
        author = author ?? meta["author"].flatMap(Self.name) ?? meta["article:author"].flatMap(Self.name)
            ?? meta["dc.creator"].flatMap(Self.name)
        date = date ?? [meta["article:published_time"], meta["datepublished"], meta["dc.date"], meta["date"],
                        meta["pubdate"], meta["publishdate"]].lazy.compactMap { $0.flatMap(PageWords.day) }.first
        siteName = meta["og:site_name"]
        language = meta["content-language"] ?? meta["og:locale"]
        if meta["og:type"]?.lowercased() == "article" { isArticle = true }
        canonical = canonical ?? meta["og:url"]
    }

    /// An author's name, not a link to a profile.
    static func name(_ text: String) -> String? {
        let name = HTMLText.value(text)
        guard !name.isEmpty, !name.contains("://"), !name.hasPrefix("@") || name.count > 1 else { return nil }
        return name
    }

    private mutating func readJSONLD(_ text: String) {
        guard let data = text.data(using: .utf8),
              let json = try? JSONTree.parse(data) else { return }
        var stack: [Any] = [json]
        var seen = 0
        while let next = stack.popLast(), seen < 10_000 {
            seen += 1
            if let array = next as? [Any] { stack += array.reversed(); continue }
            guard let object = next as? [String: Any] else { continue }
            if let graph = object["@graph"] { stack.append(graph) }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) else { continue }
            isArticle = true
            if headline == nil, let text = (object["headline"] ?? object["name"]) as? String {
                headline = HTMLText.value(text)
            }
            if author == nil { author = Self.authors(object["author"] ?? object["creator"]) }
            if date == nil, let text = (object["datePublished"] ?? object["dateCreated"]) as? String { date = PageWords.day(text) }
            if comments == nil {
                comments = (object["commentCount"] as? Int) ?? (object["commentCount"] as? String).flatMap { Int($0) }
            }
        }
    }

    /// `"Ada"`, `{"name": "Ada"}`, `[{"name": "Ada"}, {"name": "Bo"}]`.
    static func authors(_ value: Any?) -> String? {
        if let text = value as? String { return name(text) }
        if let object = value as? [String: Any] { return (object["name"] as? String).flatMap(name) }
        if let array = value as? [Any] {
            let names = array.compactMap(authors)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
