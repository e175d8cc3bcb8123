/// A post as Markdown, for `w` to a `.md` file: its title, byline, text
/// with its structure, and its links where the text had them.
public enum PostMarkdown {
    public static func render(_ post: Post) -> String {
        var out = "# " + escape(post.title) + "\n\n"
        let byline = [post.author.map(escape), post.date?.iso, post.comments.map { "\($0) comment\($0 == 1 ? "" : "s")" }]
            .compactMap { $0 }
        if !byline.isEmpty { out += "*" + byline.joined(separator: " · ") + "*\n\n" }
        if let link = post.link { out += "<" + link + ">\n\n" }
        var (blocks, links) = post.text.read()
        if blocks.isEmpty, let summary = post.summary { blocks = [Block(.paragraph, summary)] }
        for block in blocks {
            let text = linked(escape(block.text), links)
            switch block.kind {
            case .paragraph: out += text + "\n\n"
            case .heading: out += "## " + text + "\n\n"
            case .item: out += String(repeating: "  ", count: max(0, (block.depth ?? 1) - 1)) + (block.number.map { "\($0). " } ?? "- ") + text + "\n"
            case .code: out += "```\n" + block.text + "\n```\n\n"
            case .quote, .pullquote: out += text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") + "\n\n"
            case .image: out += "*[image: " + text + "]*\n\n"
            case .rule: out += "---\n\n"
            }
        }
        return out.replacing("\n\n\n", with: "\n\n")
    }

    /// The first place each link's words stand becomes `[words](url)`.
    static func linked(_ text: String, _ links: [Link]) -> String {
        var text = text
        for link in links where !link.text.isEmpty {
            let words = escape(link.text)
            guard let at = text.firstRange(of: words), !text[..<at.lowerBound].hasSuffix("[") else { continue }
            text.replaceSubrange(at, with: "[" + words + "](" + link.url.replacing(")", with: "%29") + ")")
        }
        return text
    }

    /// Characters Markdown would read as markup, taken as they are.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
