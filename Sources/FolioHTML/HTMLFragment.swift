import FolioModel

/// A piece of HTML that is no page: a feed item's content, a title with
/// markup in it. Read into the same blocks and links as a saved page's
/// article, its links made absolute against `base`.
public enum HTMLFragment: MarkupReader {
    public static func read(_ markup: String, base: String?) -> (blocks: [Block], links: [Link]) { blocks(markup, base: base) }

    public static func blocks(_ html: String, base: String?) -> (blocks: [Block], links: [Link]) {
        HTMLText.readingOnePage {
            withBody(html) { body in
                let text = HTMLBlocks(body, skipping: nil, base: base)
                return (text.blocks, text.links)
            } ?? ([], [])
        }
    }

    /// The text a reader sees of `html`: tags gone, entities decoded,
    /// controls made visible, white space squeezed.
    public static func text(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return plain(html) }
        return HTMLText.readingOnePage { withBody(html, HTMLText.text) ?? "" }
    }

    /// Text that is no markup, as a reader sees it: controls made visible,
    /// white space squeezed.
    public static func plain(_ text: String) -> String { HTMLText.squeeze(HTMLText.visible(text)) }

    /// Where `href` leads from `base`; nil for what is no web or mail
    /// address (`javascript:`, `data:`).
    public static func absolute(_ href: String, base: String?) -> String? { HTMLURL.absolute(href, base: base) }

    /// `read` of the fragment's body, while its document lives.
    static func withBody<T>(_ html: String, _ read: (HTMLNode) -> T) -> T? {
        // Wrapped so that libxml2 reads any fragment as a body's content,
        // even one starting with text or a `<title>`.
        let page = HTMLText.controlsPictured(Array(("<html><body>" + html + "</body></html>").utf8))
        guard let document = HTMLDocument(bytes: page, encoding: "UTF-8"), let root = document.root,
              let body = root.children.first(where: { $0.name == "body" }) else { return nil }
        return withExtendedLifetime(document) { read(body) }
    }
}
