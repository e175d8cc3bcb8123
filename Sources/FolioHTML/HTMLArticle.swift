import CLibXML2
import FolioModel
import FoundationEssentials

/// Where a page keeps its article, and the article's parts: by the markup
/// CMSs use when there is any, else the densest block of paragraphs (the
/// readability idea).
enum HTMLArticle {
    /// Classes and properties that hold an article's text.
    static let contentClasses = ["entry-content", "post-content", "article-content", "article-body", "articlebody",
                                 "post-body", "story-body", "entry-body", "td-post-content", "post-entry", "content-body",
                                 "article__body", "c-entry-content", "blog-post-content", "single-content", "post-text",
                                 "article-text", "text-content", "entry", "post", "e-content"]
    /// Written without their dashes: `entry-title`, `post__title` and
    /// `newsTitle` alike.
    static let titleClasses = ["entrytitle", "posttitle", "articletitle", "headline", "pname", "titlepost", "newstitle",
                               "storytitle"]

    static func isTitleClass(_ word: String) -> Bool {
        titleClasses.contains(word.filter { $0 != "-" && $0 != "_" })
    }
    static let bylineClasses = ["byline", "posted-on", "post-meta", "entry-meta", "meta", "post-info", "article-meta",
                                "entry-date", "published", "author", "dateline", "post-date", "date"]

    static func skip(_ node: HTMLNode) -> Bool { HTMLText.isHidden(node) || HTMLText.isFurniture(node) }

    /// The element that holds the article's text.
    static func content(_ root: HTMLNode) -> HTMLNode? {
        let elements = root.descendants(skipping: skip)
        if let marked = elements.first(where: { $0.attribute("itemprop")?.lowercased() == "articlebody" }), score(marked) > 0 {
            return marked
        }
        for name in contentClasses {
            let found = elements.filter { $0.classes.contains(name) }
            if let best = found.max(by: { score($0) < score($1) }), score(best) >= 100 { return best }
        }
        let articles = elements.filter { $0.name == "article" }
        if articles.count == 1, score(articles[0]) >= 100 { return articles[0] }
        return densest(elements)
    }

    /// Characters of the paragraphs directly inside an element's subtree.
    static func score(_ node: HTMLNode) -> Int {
        node.descendants(where: { ["p", "pre", "li", "blockquote"].contains($0.name) || isParagraph($0) }, skipping: skip)
            .reduce(0) { $0 + HTMLText.text(of: $1).count }
    }

    /// A `<div>` that holds only inline elements and text, as Blogger's
    /// editor writes paragraphs: `<div><span style=…>Text</span></div>`.
    static func isParagraph(_ node: HTMLNode) -> Bool {
        node.name == "div" && !node.children.contains { $0.isElement && HTMLBlocks.blockElements.contains($0.name) }
            && HTMLText.text(of: node).count >= 25
    }

    /// The element whose paragraphs hold the most text, weighed down by its
    /// share of linked text (menus and lists of links are mostly links).
    static func densest(_ elements: [HTMLNode]) -> HTMLNode? {
        // In document order, so that of equals the first wins, every run.
        var order: [xmlNodePtr] = []
        var scores: [xmlNodePtr: Double] = [:]
        func add(_ node: HTMLNode, _ weight: Double) {
            if scores[node.pointer] == nil { order.append(node.pointer) }
            scores[node.pointer, default: 0] += weight
        }
        // Text set straight in a `<div>` between `<br>`s counts as its own paragraphs.
        for node in elements where ["div", "td", "section", "article", "main"].contains(node.name) {
            let loose = node.children.filter(\.isText).reduce(0) { $0 + HTMLText.squeeze($1.content).count }
            if loose >= 100 { add(node, 1 + min(Double(loose) / 100, 10)) }
        }
        for p in elements where p.name == "p" || p.name == "pre" || isParagraph(p) {
            let text = HTMLText.text(of: p)
            guard text.count >= 25 else { continue }
            let weight = 1 + Double(text.filter { $0 == "," || $0 == "，" || $0 == "、" }.count) + min(Double(text.count) / 100, 3)
            if let parent = p.parent {
                add(parent, weight)
                if let grand = parent.parent { add(grand, weight / 2) }
            }
        }
        var best: (node: HTMLNode, score: Double)?
        for pointer in order {
            let node = HTMLNode(pointer: pointer)
            let score = scores[pointer]! * (1 - linkDensity(node))
            if best == nil || score > best!.score { best = (node, score) }
        }
        return best?.node
    }

    static func linkDensity(_ node: HTMLNode) -> Double {
        let all = HTMLText.text(of: node).count
        guard all > 0 else { return 1 }
        let linked = node.descendants(where: { $0.name == "a" }, skipping: skip).reduce(0) { $0 + HTMLText.text(of: $1).count }
        return min(1, Double(linked) / Double(all))
    }

    /// The article's headline: the heading its markup names, else the
    /// page's only `<h1>`, else the nearest heading above its text.
    static func title(_ root: HTMLNode, content: HTMLNode?, headline: String?) -> HTMLNode? {
        let elements = root.descendants(skipping: skip)
        // The heading that shows the headline the markup gives; of several
        // (a sticky bar's and the article's), the article's: classed a title
        // (`post__title__title`), or in its text.
        if let headline = headline.map(HTMLText.squeeze)?.lowercased(), !headline.isEmpty {
            let shown = elements.indices.filter { n in
                let node = elements[n]
                return (["h1", "h2", "h3"].contains(node.name) || node.classes.contains { isTitleClass($0) || $0 == "title" })
                    && HTMLText.text(of: node).lowercased() == headline
            }
            let inside = shown.first { n in content.map { isInside(elements[n], $0) } ?? false }
            let titled = shown.first { n in elements[n].classes.contains { $0.contains("title") } }
            if let best = titled ?? inside ?? shown.first { return elements[best] }
        }
        // schema.org's microdata names it (`<h1 itemprop="headline">`), over
        // its dek (`itemprop="alternativeHeadline"`).
        if let marked = elements.first(where: { $0.attribute("itemprop")?.lowercased() == "headline" && !HTMLText.text(of: $0).isEmpty }) {
            return marked
        }
        // Classed a title: a heading first; a box so classed (a teaser's
        // `headline`) only where no `<h1>` stands in the article.
        let classed = titleClasses.lazy.compactMap { name in
            elements.first { node in
                node.classes.contains { $0.filter { $0 != "-" && $0 != "_" } == name } && !HTMLText.text(of: node).isEmpty
            }
        }
        if let heading = classed.first(where: { HTMLBlocks.headings.contains($0.name) }) { return heading }
        let h1s = elements.filter { $0.name == "h1" && !HTMLText.text(of: $0).isEmpty }
        if let content, let inside = h1s.first(where: { isInside($0, content) || isInside(content, $0.parent ?? $0) }) {
            return inside
        }
        if let box = classed.first { return box }
        if h1s.count == 1 { return h1s[0] }
        guard let content else { return h1s.first }
        // The last heading before the text starts.
        let headings = elements.prefix { $0.pointer != content.pointer }.filter { ["h1", "h2", "h3"].contains($0.name) }
        return headings.last ?? h1s.first
    }

    static func isInside(_ node: HTMLNode, _ ancestor: HTMLNode) -> Bool {
        var up: HTMLNode? = node
        while let current = up {
            if current.pointer == ancestor.pointer { return true }
            up = current.parent
        }
        return false
    }

    /// What holds a post's title and byline: up from the title to the
    /// article or the section around it.
    static func scope(of title: HTMLNode?) -> HTMLNode? {
        guard var scope = title?.parent else { return nil }
        for _ in 0..<3 where !["article", "main", "body"].contains(scope.name) { scope = scope.parent ?? scope }
        return scope
    }

    /// The count the comments' heading gives (`3 thoughts on “…”`,
    /// `One Response to`), wherever the page sets it.
    static func commentCount(_ root: HTMLNode) -> Int? {
        root.descendants(where: { ["h2", "h3", "h4"].contains($0.name) }, skipping: HTMLText.isHidden).lazy
            .compactMap { PageWords.commentCount(HTMLText.text(of: $0)) }.first
    }

    /// The byline the markup names: `<time datetime>`, `rel="author"`, and
    /// the classes CMSs give it, read as text captures' bylines are.
    /// `page`: the address of a single post's page, whose other posts'
    /// cards (`Related`, a sidebar) hold counts that are not its own.
    static func byline(_ root: HTMLNode, near title: HTMLNode?, order: DateOrder = .monthFirst, page: String?? = nil,
                       skipping skip: (HTMLNode) -> Bool = HTMLText.isHidden)
        -> (author: String?, date: CalendarDate?, comments: Int?) {
        let scope = self.scope(of: title) ?? root
        var author: String?
        var date: CalendarDate?
        var comments: Int?
        let elements = scope.descendants(skipping: skip)
        for node in elements {
            // The day the reader sees (`November 18, 2019`) over the machine's,
            // often in another time zone (`2019-11-19T03:00Z`); the machine's
            // only where the reader sees its year (`Today 12:01 AM` is no date).
            // An update's time (`itemprop="dateModified"`, WordPress's
            // `class="updated"`) is not the day of the post.
            let update = node.attribute("itemprop")?.lowercased() == "datemodified" || node.classes.contains("updated")
            if date == nil, node.name == "time", !update {
                let shown = HTMLText.text(of: node)
                date = BylineReading(shown, order: order)?.date
                    ?? node.attribute("datetime").flatMap(PageWords.day).flatMap { shown.contains(String($0.year)) ? $0 : nil }
            }
            if author == nil, (node.attribute("rel") ?? "").lowercased() == "author" || node.attribute("itemprop") == "author"
                || node.classes.contains(where: { authorClasses.contains($0) }) || isAuthorLink(node) {
                let text = HTMLText.text(of: node)
                // `© Mizunashi Mana 2020` in the page's footer owns the site, signs no post.
                let copyright = ["©", "(c)", "copyright"].contains(where: text.lowercased().hasPrefix)
                if !text.isEmpty, text.count <= 60, !copyright {
                    author = BylineReading(text)?.author ?? BylineReading("By " + text)?.author ?? text
                    author = coauthors(of: node) ?? author
                }
            }
        }
        // `byline`, `publish-date-author`, `entry-meta`: by the words in the class.
        for node in elements where node.classes.contains(where: { word in bylineClasses.contains(word)
            || ["byline", "posted", "publish", "-meta", "dateline"].contains(where: word.contains) }) {
            let text = HTMLText.text(of: node)
            guard text.count <= 200 else { continue }
            if let reading = BylineReading(text, order: order) {
                author = author ?? reading.author
                date = date ?? reading.date
                comments = comments ?? reading.comments
                continue
            }
            // The markup says this is the byline: its fields one by one
            // (`July 1, 2023 · Caleb Cartwright on behalf of the style team`).
            // The name is the field right after the date, two words or more.
            let fields = text.components(separatedBy: " · ")
            for (n, field) in fields.enumerated() {
                guard let day = BylineReading(field, order: order)?.date else { continue }
                date = date ?? day
                if author == nil, n + 1 < fields.count, let name = BylineReading("By " + fields[n + 1], order: order)?.author,
                   name.split(separator: " ").count >= 2 {
                    author = name
                }
                break
            }
        }
        // The lines right around the title, whatever their class: `Von Moritz
        // Bachmann publiziert am 30. Juli 2018` over a headline.
        if let title, let parent = title.parent, author == nil || date == nil {
            let siblings = parent.children.filter(\.isElement)
            if let at = siblings.firstIndex(where: { $0.pointer == title.pointer }) {
                for node in siblings[max(0, at - 1)..<min(siblings.count, at + 3)] where node.pointer != title.pointer {
                    let text = HTMLText.text(of: node)
                    guard text.count <= 200, let reading = BylineReading(text, order: order) else { continue }
                    author = author ?? reading.author
                    date = date ?? reading.date
                    comments = comments ?? reading.comments
                }
            }
        }
        // A title alone in a banner: the byline is elsewhere in the page
        // (`发布日期: 2018-10-21` under it), not in its furniture.
        if page != nil, author == nil, date == nil, scope.pointer != root.pointer {
            let wider = byline(root, near: nil, order: order, skipping: self.skip)
            author = wider.author
            date = wider.date
        }
        // By the title first; a single post's count may also sit past its
        // article (an entry footer), anywhere but among other posts.
        if comments == nil {
            comments = commentCount(page == nil ? elements : elements + root.descendants(skipping: HTMLText.isHidden), page: page)
        }
        return (author, date, comments)
    }

    /// The first count a counter of `nodes` gives, leaving out other posts'
    /// on a single post's page.
    static func commentCount(_ nodes: [HTMLNode], page: String??) -> Int? {
        for node in nodes where isCommentCounter(node) {
            if let page, isAmongOtherPosts(node) || !points(node, to: page) && isOnAnotherPostsCard(node, page: page) { continue }
            // `[ 167 comments ]`, `(4)`: the brackets around say nothing.
            let text = HTMLText.text(of: node).trimmingCharacters("[]() ")
            // Disqus's script writes its counts in (`5 Comments`): a bare
            // number in its counter is the page's placeholder, no count.
            let bare = text.count <= 6 && !isDisqusCounter(node) ? Int(text) : nil
            if let count = PageWords.commentCount(text) ?? bare { return count }
        }
        return nil
    }

    /// Authors named one by one in the same markup, as the page sets them:
    /// `Par <span itemprop="author">Bertille Bayart</span>, <span
    /// itemprop="author">Marie Visot</span>`, `<a rel="author">María R.
    /// Sahuquillo</a> / <a rel="author">Emilio de Benito</a>`.
    static func coauthors(of node: HTMLNode) -> String? {
        let marks = [("itemprop", "author"), ("rel", "author")].filter { node.attribute($0.0)?.lowercased() == $0.1 }
        guard let (name, value) = marks.first, let parent = node.parent else { return nil }
        let children = parent.children.filter { !$0.isText || !HTMLText.squeeze($0.content).isEmpty }
        let marked = children.indices.filter { children[$0].isElement && children[$0].attribute(name)?.lowercased() == value }
        guard marked.count > 1, let first = marked.first, let last = marked.last else { return nil }
        var shown = ""
        for child in children[first...last] {
            let text = child.isText ? HTMLText.squeeze(HTMLText.visible(child.content)) : HTMLText.text(of: child)
            // Between two names only what joins them: `,` `/` `&` `and` `y`.
            if !marked.contains(where: { children[$0].pointer == child.pointer }) {
                guard child.isText, text.count <= 3 || ["and", "y", "et", "und", "e"].contains(text.lowercased()) else { return nil }
            } else if text.isEmpty || text.count > 60 {
                return nil
            }
            shown += [",", ";"].contains(text) || shown.isEmpty ? text : " " + text
        }
        return shown
    }

    static let authorClasses: Set<String> = ["author", "fn", "author-name", "p-author", "byline-name"]

    /// A link to an author's page (`/author/craig-buckler/`, `/authors/…`)
    /// with a name's words: the author, as `rel="author"` says it; not in
    /// a line of credits (`Image credits: Henry Chen; Carrie McBride`).
    static func isAuthorLink(_ node: HTMLNode) -> Bool {
        guard node.name == "a", let href = node.attribute("href")?.lowercased(),
              ["/author/", "/authors/", "/autor/", "/auteur/", "/autore/"].contains(where: href.contains) else { return false }
        if let line = node.parent.map(HTMLText.text)?.lowercased(), line.contains("credit") || line.contains("crédit") { return false }
        let words = HTMLText.text(of: node).split(separator: " ")
        return (1...4).contains(words.count) && !words.contains { $0.contains(where: \.isNumber) }
    }

    /// A link to the comments (`#comments`, `#respond`, Disqus's thread), or
    /// an element whose class or title names them (`comments-link`,
    /// `entry-meta__comments`, `title="Комментарии"`); not the reply form.
    /// In a sidebar or a list of other posts (`Related`, `Popular`,
    /// `Read these next`), whose counts are theirs.
    static func isAmongOtherPosts(_ node: HTMLNode) -> Bool {
        var up = node.parent
        // The page's frame is named for its layout (`has-sidebar`).
        while let box = up, !["html", "body", "main", "article"].contains(box.name) {
            let words = (box.classes + [(box.attribute("id") ?? "").lowercased()]).joined(separator: " ")
            if box.name == "aside" || ["sidebar", "widget", "related", "recent", "popular", "trending", "read-next", "readnext",
                                       "more-stories"].contains(where: words.contains) {
                return true
            }
            up = box.parent
        }
        return false
    }

    /// A counter in a small block that links to a title (`<li><a>An older
    /// post</a> <span>16 comments</span></li>`): another post's.
    static func isOnAnotherPostsCard(_ node: HTMLNode, page: String?) -> Bool {
        var up = node.parent
        while let card = up, HTMLText.text(of: card).count < 300 {
            let titled = card.descendants(where: { $0.name == "a" }).contains { link in
                let rel = (link.attribute("rel") ?? "").lowercased()
                return link.pointer != node.pointer && HTMLText.text(of: link).count >= 20 && !rel.contains("tag")
                    && !rel.contains("category") && !points(link, to: page)
            }
            if titled { return true }
            up = card.parent
        }
        return false
    }

    /// Whether a link (or the link around an element) goes to this page:
    /// `#comments`, or the page's own address.
    static func points(_ node: HTMLNode, to page: String?) -> Bool {
        var link: HTMLNode? = node
        while let current = link, current.name != "a" { link = current.parent }
        guard let href = link?.attribute("href") else { return false }
        if href.hasPrefix("#") { return true }
        func bare(_ url: String) -> Substring {
            var url = Substring(url.split(separator: "#", omittingEmptySubsequences: false).first ?? "")
            for scheme in ["https://", "http://"] where url.hasPrefix(scheme) { url = url.dropFirst(scheme.count) }
            while url.hasSuffix("/") { url = url.dropLast() }
            return url
        }
        return page.map { bare(href) == bare($0) } ?? false
    }

    static func isDisqusCounter(_ node: HTMLNode) -> Bool {
        node.classes.contains { $0.hasPrefix("disqus") } || node.attribute("href")?.contains("#disqus_thread") == true
    }

    static func isCommentCounter(_ node: HTMLNode) -> Bool {
        if node.name == "a", let href = node.attribute("href"),
           ["#comment", "#respond", "#disqus_thread"].contains(where: href.contains) {
            return true
        }
        if let title = node.attribute("title"), PageWords.commentCount("1 " + title) != nil { return true }
        return node.classes.contains { word in
            word.hasSuffix("comments") || word.hasPrefix("comments-") || word.contains("comment")
                && ["count", "total", "number"].contains(where: word.contains)
        }
    }
}
