import FolioFeed
import FolioHTML
import FolioModel
import FolioSources
import Foundation
import Testing

/// Saved HTML pages: what the markup says, what is never text, and pages
/// made to break a reader.
@Suite struct HTMLPages {
    static func page(head: String = "", _ article: String) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>A Trademark Battle | The Weekly Blog</title>\(head)</head>
        <body class="single has-sidebar">
        <header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
        <article>
        <h1 class="entry-title">A Trademark Battle</h1>
        <p class="byline">By <a rel="author" href="/ada">Ada Lindqvist</a> · <time datetime="2017-03-09T10:00:00Z">March 9, 2017</time></p>
        <div class="entry-content">
        \(article)
        </div>
        </article>
        <aside><h3>Recent posts</h3><ul><li><a href="/older">An older post</a></li></ul></aside>
        <footer>© 2024 The Weekly Blog</footer>
        </body></html>
        """
    }

    static let paragraphs = """
        <p>First paragraph of the article, which is long enough to be read as running text by anyone.</p>
        <p>Second paragraph of the article, which also goes on for a while, and ends with a full stop.</p>
        """

    static func only(_ html: String, bytes: [UInt8]? = nil) -> Post? {
        let capture = HTMLPage.parse(bytes: bytes ?? Array(html.utf8), file: "p.html")
        #expect(capture.posts.count == 1, "\(capture.posts.map(\.title)) \(capture.problems)")
        return capture.posts.first
    }

    @Test func readsTheTitleBylineAndTextOfAnArticle() {
        let post = Self.only(Self.page(Self.paragraphs))
        #expect(post?.title == "A Trademark Battle")
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2017-03-09")
        #expect(post?.body.map(\.kind) == [.paragraph, .paragraph])
        #expect(post?.body.first?.text.hasPrefix("First paragraph") == true)
    }

    @Test func jsonLDIsTheMostReliableEvidence() {
        let ld = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Blog"},
            {"@type": "BlogPosting", "headline": "A Trademark Battle", "author": {"@type": "Person", "name": "Ada Lindqvist"},
             "datePublished": "2017-03-08T23:00:00-05:00", "commentCount": 12}]}</script>
            """
        let post = Self.only(Self.page(head: ld, Self.paragraphs))
        #expect(post?.comments == 12)
        // Without a day by the title, the markup's, in a year the post shows.
        let undated = Self.page(head: ld, Self.paragraphs + "<p>Written in 2017, and long enough to be a paragraph of text.</p>")
            .replacingOccurrences(of: #"<time datetime="2017-03-09T10:00:00Z">March 9, 2017</time>"#, with: "")
        #expect(Self.only(undated)?.date?.iso == "2017-03-08")
    }

    /// The markup's word gives way to what the page shows: a time in
    /// another zone, a count of none, a day the post never shows.
    @Test func whatThePageShowsWinsOverTheMarkup() {
        let ld = #"<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2014-01-01", "commentCount": 0}</script>"#
        var html = Self.page(head: ld, Self.paragraphs)
            .replacingOccurrences(of: #"<time datetime="2017-03-09T10:00:00Z">March 9, 2017</time>"#,
                                  with: #"<time datetime="2017-03-10T03:00:00Z">March 9, 2017</time>"#)
            .replacingOccurrences(of: "Ada Lindqvist</a>", with: "Ada Lindqvist @ada</a>")
        var post = Self.only(html)
        #expect(post?.date?.iso == "2017-03-09")
        #expect(post?.comments == nil)
        #expect(post?.author == "Ada Lindqvist")
        // No day by the post: the markup's 2014 is shown nowhere near it.
        html = html.replacingOccurrences(of: #"<time datetime="2017-03-10T03:00:00Z">March 9, 2017</time>"#, with: "")
        post = Self.only(html)
        #expect(post?.date == nil)
    }

    @Test func keepsTheArticlesStructure() {
        let html = Self.page("""
            <p>An opening paragraph that says what the article is about, at some length, with commas.</p>
            <h2>A section</h2>
            <blockquote><p>A quotation from someone else, long enough to be a quotation of note.</p></blockquote>
            <ul><li>First item</li><li>Second item<ul><li>Nested item</li></ul></li></ul>
            <pre><code>let x = 1
                let y = 2</code></pre>
            """).replacingOccurrences(of: "let x = 1\n", with: "let x = 1\r\n")
        let post = Self.only(html)
        #expect(post?.body.map(\.kind) == [.paragraph, .heading, .quote, .item, .item, .item, .code])
        #expect(post?.body.last?.text == "let x = 1\n    let y = 2")
        #expect(post?.body.map(\.text).contains("Second item") == true)
    }

    /// Code set in a table beside its line numbers (Hugo's Chroma, Pygments'
    /// `linenos`) is the code alone; a table of data keeps its rows.
    @Test func codeBesideLineNumbersAndTablesOfDataAreKept() {
        let html = Self.page(Self.paragraphs + """
            <div class="highlight"><table class="lntable"><tr><td class="lntd"><pre><code><span class="lnt">1
            </span><span class="lnt">2
            </span></code></pre></td><td class="lntd"><pre><code class="language-rust">pub struct PWSTR(pub *mut u16);
            let s = w!("hello");</code></pre></td></tr></table></div>
            <table><tr><th>Type</th><th>Width</th></tr><tr><td>PWSTR</td><td>UTF-16</td></tr></table>
            """)
        let body = Self.only(html)?.body ?? []
        #expect(body.filter { $0.kind == .code }.map(\.text) == ["pub struct PWSTR(pub *mut u16);\nlet s = w!(\"hello\");"])
        #expect(body.filter { $0.kind == .paragraph }.map(\.text).suffix(2) == ["Type | Width", "PWSTR | UTF-16"])
    }

    /// A quotation of several paragraphs, code among them, keeps them apart;
    /// a pull quote is one.
    @Test func aQuotationKeepsItsParagraphsAndItsCode() {
        let html = Self.page(Self.paragraphs + """
            <blockquote><p>Can anyone help me with getting user input when piping code to Ruby?</p>
            <pre><code>name = gets&.strip
            puts "Hello, #{name}!"</code></pre><p>Any ideas?</p></blockquote>
            <blockquote class="wp-block-pullquote"><p>Pipes! Well done!</p></blockquote>
            """)
        let body = Self.only(html)?.body ?? []
        #expect(body.suffix(4).map(\.kind) == [.quote, .code, .quote, .pullquote])
        #expect(body.suffix(4).map(\.text) == ["Can anyone help me with getting user input when piping code to Ruby?",
                                              "name = gets&.strip\nputs \"Hello, #{name}!\"", "Any ideas?", "Pipes! Well done!"])
    }

    @Test func headingsHaveLevelsItemsDepthsAndNumbersImagesTheirAltText() {
        let html = Self.page(head: #"<base href="https://blog.example.org/">"#, """
            <p>An opening paragraph that says what the article is about, at some length, with commas.</p>
            <h3>A subsection</h3>
            <ol start="3"><li>Third<ol><li>Inner</li></ol></li><li>Fourth</li></ol>
            <img src="/img/court.png" alt="The court in session">
            <hr>
            """)
        let body = Self.only(html)?.body ?? []
        #expect(body.map(\.kind) == [.paragraph, .heading, .item, .item, .item, .image, .rule])
        #expect(body[1].level == 3)
        #expect(body[2...4].map(\.depth) == [1, 2, 1])
        #expect(body[2...4].map(\.number) == [3, 1, 4])
        #expect(body[5].url == "https://blog.example.org/img/court.png" && body[5].text == "The court in session")
        let json = CorpusJSON.render(site: nil, posts: [Self.only(html)!], problems: [])
        #expect(json.contains(#"{"kind": "item", "text": "Inner", "depth": 2, "number": 1}"#))
        #expect(json.contains(#"{"kind": "heading", "text": "A subsection", "level": 3}"#))
    }

    @Test func scriptsStylesAndFurnitureAreNeverText() {
        let html = Self.page("""
            \(Self.paragraphs)
            <script>document.write("alert from a script")</script><style>.x { color: red }</style>
            <noscript>Please enable JavaScript to see the comments.</noscript>
            <div class="sharedaddy"><h3>Share this:</h3><a href="https://twitter.com/share">Twitter</a></div>
            <div hidden>Hidden text that no reader sees at all, however long it goes on.</div>
            <p style="display: none">Also hidden from every reader, in an inline style.</p>
            <div id="comments"><h3>2 thoughts on “A Trademark Battle”</h3><p>A commenter says something long enough.</p></div>
            """)
        let text = Self.only(html)?.body.map(\.text).joined(separator: " ") ?? ""
        for furniture in ["alert", "color: red", "enable JavaScript", "Share this", "Hidden text", "Also hidden", "commenter",
                          "Recent posts", "Home", "© 2024"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
        #expect(Self.only(html)?.comments == 2)
    }

    @Test func onlyTheWebsAndMailsLinksAreOffered() {
        let html = Self.page("""
            <p>Read <a href="javascript:alert(1)">this script</a>, <a href="data:text/html,hi">this data</a>,
            <a href="/relative/page">a page of ours</a> and <a href="https://example.org/x">another site</a>, all of them.</p>
            """)
        let post = Self.only(html)
        // Without a base or canonical address, a relative link leads nowhere known.
        #expect(post?.links.map(\.url) == ["https://example.org/x"])
        #expect(post?.links.contains { $0.url.hasPrefix("javascript") || $0.url.hasPrefix("data") } == false)
        #expect(post?.body.first?.text.contains("this script") == true)
        // A base address that is none (found by the fuzzer) resolves nothing.
        let garbled = Self.only(Self.page(head: #"<base href="htt it, you was lookinps://big fon">"#,
                                          #"<p>See <a href="log.html">the log</a>, which says a great deal more than this paragraph.</p>"#))
        #expect(garbled?.links.isEmpty == true)
        let based = Self.only(Self.page(head: #"<link rel="canonical" href="https://blog.example.org/2017/battle/">"#,
                                        #"<p>See <a href="notes.html">the notes</a> and <a href="/about">us</a>, which say more than this does, and more than that, at length.</p>"#))
        #expect(based?.links.map(\.url).suffix(2) == ["https://blog.example.org/2017/battle/notes.html", "https://blog.example.org/about"])
        #expect(based?.link == "https://blog.example.org/2017/battle/")
        #expect(CorpusJSON.render(site: nil, posts: [based!], problems: []).contains(#""link": "https://blog.example.org/2017/battle/""#))
    }

    @Test func controlCharactersInTextAndAttributesAreShownVisibly() {
        let html = Self.page(head: "<meta property=\"og:title\" content=\"Bell\u{07}\">",
                             "<p>An escape \u{1B}[31m in the text, long enough to be the text of an article here.</p>")
        let post = Self.only(html)
        let text = post?.body.first?.text ?? ""
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(text.contains("\u{241B}[31m"))
    }

    @Test func charsetsComeOutAsTheRightText() {
        let latin = Array("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head><body><article><h1>Caf".utf8) + [0xE9]
            + Array("</h1><p>Un caf".utf8) + [0xE9] + Array(" au lait, qui est long assez pour un paragraphe de texte.</p></article></body></html>".utf8)
        #expect(Self.only("", bytes: latin)?.title == "Café")
        // Shift_JIS: 日本 is 93 FA 96 7B.
        let sjis = Array("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><article><h1>".utf8)
            + [0x93, 0xFA, 0x96, 0x7B] + Array("</h1><p>".utf8) + Array(repeating: [0x93, 0xFA, 0x96, 0x7B], count: 20).flatMap { $0 }
            + Array("</p></article></body></html>".utf8)
        #expect(Self.only("", bytes: sjis)?.title == "日本")
        // Declared Latin-1, written in UTF-8: the bytes win.
        let mislabelled = Self.page("<p>Un café au lait, qui est assez long pour être un paragraphe de texte.</p>")
            .replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"iso-8859-1\"")
        #expect(Self.only(mislabelled)?.body.first?.text.contains("café") == true)
        let unknown = HTMLPage.parse(bytes: Array(Self.page(Self.paragraphs).replacingOccurrences(of: "utf-8", with: "x-klingon").utf8),
                                     file: "k.html")
        #expect(unknown.problems.map(\.message) == ["charset “x-klingon” not known; read as UTF-8"])
        #expect(unknown.posts.count == 1)
        // Bytes that are no Shift_JIS: the page is still read, and the problem named.
        let broken = Array("<!DOCTYPE html><html><head><meta charset=\"shift_jis\"></head><body><article><h1>Title</h1><p>".utf8)
            + [0x82, 0xFF, 0xFF, 0x82] + Array(" a text long enough to be the text of the post, and more.</p></article></body></html>".utf8)
        let read = HTMLPage.parse(bytes: broken, file: "s.html")
        #expect(read.posts.first?.title == "Title")
        #expect(read.problems.map(\.message) == ["bytes that are not shift_jis; read as Windows-1252"])
    }

    /// Found by the fuzzer: one stray byte in a UTF-8 page made libxml2 read
    /// the rest as Latin-1, so `0x90` came out as a raw C1 control and every
    /// `’` after it as three letters.
    @Test func aStrayByteInAUTF8PageIsOneReplacementCharacter() {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta property="og:title" content="BSidesS\u{FFFF}F CTF"><meta property="og:type" content="article"></head>
            <body><article><p>It was the first CTF I’ve tried, and I had a lot of fun on the team, which is long enough.</p>
            </article></body></html>
            """
        let bytes = Array(html.utf8).split(separator: 0xEF, maxSplits: 1, omittingEmptySubsequences: false)
        // U+FFFF is EF BF BF in UTF-8: it is swapped for the lone byte 0x90.
        let stray = Array(bytes[0]) + [0x90] + Array(bytes[1].dropFirst(2))
        let read = HTMLPage.parse(bytes: stray, file: "stray.html")
        let post = read.posts.first
        #expect(post?.title == "BSidesS�F CTF")
        #expect(post?.body.first?.text.contains("I’ve tried") == true)
        let text = ([post?.title ?? ""] + (post?.body.map(\.text) ?? [])).joined()
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
        #expect(read.problems.map(\.message) == ["invalid UTF-8, shown as U+FFFD"])
        #expect(read.problems.first?.line == 2)
    }

    @Test func hostilePagesNeverCrash() {
        // As deep as libxml2 goes, and no deeper: what is below is named, not lost unsaid.
        let nested = "<!DOCTYPE html><html><body><article><h1>Deep</h1><p>A paragraph long enough to be read as the text of a post.</p>\n"
            + String(repeating: "<div>", count: 100_000) + "<p>Deep down, another paragraph.</p></body></html>"
        let deep = HTMLPage.parse(bytes: Array(nested.utf8), file: "deep.html")
        #expect(deep.posts.first?.title == "Deep")
        #expect(deep.problems.map(\.description).contains { $0.hasPrefix("deep.html:2: elements nested deeper than") })
        let unterminated = "<!DOCTYPE html><html><body><article><h1>Open</h1><p>A paragraph long enough to be the text.</p><!-- never closed"
        #expect(HTMLPage.parse(bytes: Array(unterminated.utf8), file: "c.html").posts.first?.title == "Open")
        #expect(HTMLPage.parse(bytes: [], file: "empty.html").problems.map(\.message) == ["no HTML page could be read here"])
        let binary = [UInt8]("<html>".utf8) + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        _ = HTMLPage.parse(bytes: binary, file: "b.html")
    }

    @Test func aPageOfFiftyMegabytesIsRead() {
        var html = "<!DOCTYPE html><html><body><article><h1>A Long Read</h1>"
        let paragraph = "<p>" + String(repeating: "A sentence of a very long article, with a comma. ", count: 20) + "</p>\n"
        html += String(repeating: paragraph, count: 50 << 20 / paragraph.utf8.count) + "</article></body></html>"
        let post = HTMLPage.parse(bytes: Array(html.utf8), file: "long.html").posts.first
        #expect(post?.title == "A Long Read")
        #expect((post?.body.count ?? 0) > 40_000)
    }

    @Test func anIndexPageGivesEveryEntry() {
        var html = "<!DOCTYPE html><html><body><main>"
        for n in 1...3 {
            html += """
                <article class="post"><h2><a href="/post-\(n)">Post Number \(n)</a></h2>
                <p class="post-meta">Posted on March \(n), 2017 by Ada Lindqvist</p>
                <p>The teaser of post \(n), which says what the post is about in a sentence or two…</p>
                <a href="/post-\(n)">Read more</a></article>
                """
        }
        let posts = HTMLPage.parse(bytes: Array((html + "</main></body></html>").utf8), file: "i.html").posts
        #expect(posts.map(\.title) == ["Post Number 1", "Post Number 2", "Post Number 3"])
        #expect(posts.map(\.link) == [nil, nil, nil], "no base: a relative permalink leads nowhere known")
        #expect(posts.map(\.date?.iso) == ["2017-03-01", "2017-03-02", "2017-03-03"])
        #expect(posts.allSatisfy { $0.author == "Ada Lindqvist" && !$0.isFullText && $0.summary?.hasPrefix("The teaser") == true })
    }

    /// The same page saved as text and as HTML is one post, with the text
    /// that keeps its structure.
    @Test func aPostSavedInBothFormatsIsOnePostWithTheFullestText() {
        let folder = Fixtures.repository.appendingPathComponent("Tests/Corpus/hugo-izdwuut-apache-tls")
        for order in [["lynx.txt", "page.html"], ["page.html", "lynx.txt"]] {
            let corpus = CaptureFiles.load(order.map { folder.appendingPathComponent($0).path }).corpus
            #expect(corpus.posts.count == 1, "\(corpus.posts.map(\.title))")
            #expect(corpus.posts.first?.body.contains { $0.kind == .code } == true)
        }
    }

    /// Themes that set an entry's title as a card's caption, or a linked
    /// title class inside a heading.
    @Test func cardsAndLinkedTitlesAreEntriesToo() {
        var cards = "<!DOCTYPE html><html><body><main>"
        var headed = cards
        for n in 1...3 {
            cards += "<div class=\"article\"><div class=\"card\"><a href=\"/p\(n)\"><span class=\"card-title\">Card \(n)</span></a>"
                + "<div class=\"card-content\"><p>The summary of card \(n), which is long enough to be a summary of a post.</p></div>"
                + "<span class=\"publish-date\">2019-03-0\(n)</span></div></div>"
            headed += "<section class=\"post\"><h2><a class=\"post-title\" href=\"/p\(n)\">Headed \(n)</a></h2>"
                + "<p>The description of post \(n), because there are too many ways to do any one thing.</p></section>"
        }
        let fromCards = HTMLPage.parse(bytes: Array((cards + "</main></body></html>").utf8), file: "c.html").posts
        #expect(fromCards.map(\.title) == ["Card 1", "Card 2", "Card 3"])
        #expect(fromCards.map(\.date?.iso) == ["2019-03-01", "2019-03-02", "2019-03-03"])
        let fromHeadings = HTMLPage.parse(bytes: Array((headed + "</main></body></html>").utf8), file: "h.html").posts
        #expect(fromHeadings.map(\.title) == ["Headed 1", "Headed 2", "Headed 3"])
        #expect(fromHeadings.allSatisfy { !$0.isFullText })
    }

    /// Older CMSs: the title in a `<dl class="newsTitle">`, the text set
    /// straight in a `<div>` between `<br>`s.
    @Test func textBetweenBreaksAndATitleClassWithoutDashes() {
        let sentence = "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. "
        let html = "<!DOCTYPE html><html><body><div class=\"recentNews\"><h4>주요뉴스</h4><ul><li><a href=\"/a\">다른 기사</a></li></ul></div>"
            + "<div class=\"newsContent\"><dl class=\"newsTitle\"><dt>엘제이-류화영 진흙탕 싸움</dt></dl>"
            + "<div id=\"_article\"><br>" + String(repeating: sentence, count: 4) + "<br><br>" + String(repeating: sentence, count: 3)
            + "</div></div></body></html>"
        let post = Self.only(html)
        #expect(post?.title == "엘제이-류화영 진흙탕 싸움")
        #expect(post?.body.count == 2)
    }

    /// A page's language says how it writes `05/04/2013`; a byline the
    /// markup names is read field by field.
    @Test func datesInThePagesOrderAndBylinesFieldByField() {
        let french = "<!DOCTYPE html><html lang=\"fr\"><body><article><h1>Montebourg envisage des privatisations</h1>"
            + "<p class=\"byline\">Publié le 05/04/2013 à 17:08</p><p>" + String(repeating: "Le ministre a parlé longuement. ", count: 8)
            + "</p></article></body></html>"
        #expect(Self.only(french)?.date?.iso == "2013-04-05")
        let rust = "<!DOCTYPE html><html><body><section><header><h2>Rustfmt support for let-else</h2></header>"
            + "<div class=\"publish-date-author\">July 1, 2023 &middot; Caleb Cartwright on behalf of <a href=\"/t\">the style team</a></div>"
            + "<div class=\"post\"><p>" + String(repeating: "Rustfmt will add support for formatting let-else statements. ", count: 4)
            + "</p></div></section></body></html>"
        let post = Self.only(rust)
        #expect(post?.date?.iso == "2023-07-01")
        #expect(post?.author == "Caleb Cartwright")
        // The footer's `© Name 2020`, classed `author`, owns the site; the byline names the author.
        let hakyll = "<!DOCTYPE html><html lang=\"ja\"><body><div class=\"header\"><h1>IO モナドと副作用</h1><span class=\"meta\">"
            + "Posted by Mizunashi Mana on April 05, 2020</span></div><div class=\"body\"><p>"
            + String(repeating: "純粋関数型プログラミングで副作用を扱う方法を、順を追って見ていきます。", count: 4)
            + "</p></div><div class=\"notice\"><span class=\"author\">&copy; Mizunashi Mana 2020</span></div></body></html>"
        #expect(Self.only(hakyll)?.author == "Mizunashi Mana")
        // A `<time>` that shows no year gives no date, whatever its machine's.
        let today = Self.page(Self.paragraphs).replacingOccurrences(of: ">March 9, 2017<", with: ">Today 12:01 AM<")
        #expect(Self.only(today)?.date == nil)
    }

    /// A count of comments as themes print it: a link to the comments, or
    /// an element classed for them, with words or a bare number beside an icon.
    @Test func commentCountersAreReadInTheirThemesShapes() {
        func count(_ counter: String) -> Int? {
            Self.only(Self.page(Self.paragraphs + counter))?.comments
        }
        #expect(count("<div class=\"entry-content-comments\"><a href=\"#respond\">Nessun commento</a></div>") == 0)
        #expect(count("<a href=\"https://example.org/post/#comments\" class=\"comments\"><span class=\"dsq-postid\">4</span></a>") == 4)
        #expect(count("<span class=\"entry-meta__comments\" title=\"Комментарии\"><span class=\"fa fa-comment-o\"></span> 0</span>") == 0)
        #expect(count("<div class=\"comments\">[ <a href=\"https://forums.example.org/t/1/\">167 comments</a> ]</div>") == 167)
        #expect(count("<h2>Комментарии</h2><span class=\"comments__title-total\">224</span>") == 224)
        // A number in the comment form, or any other number, is no count.
        #expect(count("<div class=\"comment-respond\"><h3 class=\"comment-reply-title\">Leave a Reply</h3></div><span class=\"views\">12</span>") == nil)
        #expect(count("<a href=\"/page/2\">2</a>") == nil)
        // Disqus's placeholder, which its script would have filled in; and what it fills in.
        #expect(count("<span class=\"disqus-comment-count\" data-disqus-identifier=\"332740\">0</span>") == nil)
        #expect(count("<span class=\"disqus-comment-count\" data-disqus-identifier=\"332740\">5 Comments</span>") == 5)
        // Another post's count, on its card in a list of posts.
        #expect(count("<ul><li><a rel=\"bookmark\" href=\"/older\">Pres. Jonathan's Alleged Forged Certificate Surfaces</a> "
                      + "<span class=\"comments\">16 comments</span></li></ul>") == nil)
    }

    /// Entries set flat in one element, each a linked heading, its date and
    /// summary; an article's sections (headings linked to themselves) stay one post.
    @Test func entriesSetFlatOneAfterAnotherAreEntries() {
        func entry(_ n: Int, href: String) -> String {
            "<h1 class=\"title\"><a href=\"\(href)\">Post number \(n)</a></h1><p class=\"date\"><time datetime=\"2016-01-2\(n)\">"
                + "January 2\(n), 2016</time></p><div class=\"content summary\"><p>The summary of post \(n), which goes on "
                + "long enough to be a teaser of it.</p></div><br>"
        }
        let index = "<!DOCTYPE html><html><body><article>" + (1...3).map { entry($0, href: "/blog/post-\($0)/") }.joined()
            + "</article></body></html>"
        let posts = HTMLPage.parse(bytes: Array(index.utf8), file: "index.html").posts
        #expect(posts.map(\.title) == ["Post number 1", "Post number 2", "Post number 3"])
        #expect(posts.map { $0.date?.iso } == ["2016-01-21", "2016-01-22", "2016-01-23"])
        #expect(posts.allSatisfy { $0.summary?.hasPrefix("The summary of post") == true && $0.body.isEmpty })
        let sections = "<!DOCTYPE html><html><body><article>" + (1...3).map { entry($0, href: "#part-\($0)") }.joined()
            + "</article></body></html>"
        #expect(HTMLPage.parse(bytes: Array(sections.utf8), file: "one.html").posts.count == 1)
    }

    /// Two authors in microdata, and the update's `<time>` before the publication's.
    @Test func microdataAuthorsAndThePublicationsTime() {
        let html = "<!DOCTYPE html><html lang=\"fr\"><body><article><h1>Montebourg envisage des privatisations</h1><ul>"
            + "<li class=\"fig-auteur\">Par <span itemprop=\"author\"><a itemprop=\"name\" href=\"#auteur\">Bertille Bayart</a></span>, "
            + "<span itemprop=\"author\"><a itemprop=\"name\" href=\"#auteur\">Marie Visot</a></span></li><li>Mis à jour <time "
            + "itemprop=\"dateModified\" datetime=\"2013-04-06T10:37:32+02:00\">le 06/04/2013 à 10:37</time></li><li>Publié <time "
            + "itemprop=\"datePublished\" datetime=\"2013-04-05T17:08:00+02:00\">le 05/04/2013 à 17:08</time></li></ul><p>"
            + String(repeating: "Le ministre a parlé longuement des privatisations. ", count: 5) + "</p></article></body></html>"
        let post = Self.only(html)
        #expect(post?.author == "Bertille Bayart, Marie Visot")
        #expect(post?.date?.iso == "2013-04-05")
        // Names in capitals end where the capitals do.
        let capitals = html.replacingOccurrences(of: "<span itemprop=\"author\"><a itemprop=\"name\" href=\"#auteur\">Bertille Bayart</a></span>, "
            + "<span itemprop=\"author\"><a itemprop=\"name\" href=\"#auteur\">Marie Visot</a></span>",
            with: "<strong>LILIAN ALEMAGNA</strong>, <strong>LAURE BRETTON</strong> Envoyés spéciaux à Toulouse")
        #expect(Self.only(capitals)?.author == "LILIAN ALEMAGNA, LAURE BRETTON")
    }

    /// A teaser's byline line with the post's tags after it is read, and no text.
    @Test func aBylineWithTagsAfterItIsNoTeaserText() {
        func entry(_ title: String) -> String {
            "<article><h2><a href=\"/\(title.count)\">\(title)</a></h2><p>Date Чт. 09 Октябрь 2014 Tags Kernel / Python / "
                + "Программирование / Книги</p><p>Читая книгу о ядре Linux, я разбирался с page-cache и написал заметку.</p></article>"
        }
        let html = "<!DOCTYPE html><html lang=\"ru\"><body>" + entry("Разбирался с page-cache") + entry("Личный VPS") + "</body></html>"
        let posts = HTMLPage.parse(bytes: Array(html.utf8), file: "i.html").posts
        #expect(posts.count == 2)
        #expect(posts.allSatisfy { $0.date?.iso == "2014-10-09" && $0.summary?.hasPrefix("Читая книгу") == true })
    }

    /// An entry whose text has headings of its own is one entry still.
    @Test func anEntryWithSubheadingsIsOneEntry() {
        func entry(_ title: String, _ inside: String = "") -> String {
            "<article class=\"post h-entry\"><header><h1 class=\"post-title\"><a href=\"/\(title.lowercased())\">\(title)</a></h1></header>"
                + "<div class=\"e-content\"><p>Today I decided to try out something new, and wrote it down.</p>\(inside)</div></article>"
        }
        let html = "<!DOCTYPE html><html><body>" + entry("Trying Rails") + entry("Go Learn", "<h3>What is Go?</h3><p>A language "
            + "designed at Google by smart people.</p><h3>Features</h3><ul><li>Garbage collection.</li></ul>") + entry("Older One")
            + "</body></html>"
        #expect(HTMLPage.parse(bytes: Array(html.utf8), file: "i.html").posts.map(\.title) == ["Trying Rails", "Go Learn", "Older One"])
    }

    /// Paragraphs as editors write them: Blogger's `<div><span>` lines, and
    /// a page builder's content box classed a widget like its sidebar's.
    @Test func paragraphsInDivsAndContentInWidgetsAreTheText() {
        let line = "<div><span style=\"font-size: small;\">Veteran actress Kate Henshaw has taken to her page to share photos.</span></div>"
        let blogger = "<!DOCTYPE html><html><body><div class=\"widget Blog\"><h1 class=\"post-title\">Looking Stunning</h1>"
            + "<div class=\"post-body post-content\">" + String(repeating: line, count: 3) + "</div></div></body></html>"
        #expect(Self.only(blogger)?.body.map(\.text) == Array(repeating: "Veteran actress Kate Henshaw has taken to her page to share photos.", count: 3))
        let elementor = "<!DOCTYPE html><html><body><h1>Names a Pioneer</h1><div class=\"elementor-element elementor-widget "
            + "elementor-widget-theme-post-content\">" + Self.paragraphs + "</div><div class=\"elementor-widget sidebar\"><p>"
            + "Subscribe to the newsletter of the company for every piece of news.</p></div></body></html>"
        #expect(Self.only(elementor)?.body.count == 2)
    }

    /// Sharing buttons in no class that says so are no text, over the
    /// article or in it; under it, they end it.
    @Test func sharingButtonsAreNoText() {
        let html = Self.page("<div class=\"bar\"><a href=\"/f\">Facebook</a> <a href=\"/t\">Twitter</a> <a href=\"/w\">Whatsapp</a></div>"
                             + Self.paragraphs + "<p>Share this on WhatsApp</p><p>Comments that lack respect will be removed.</p>")
        let text = Self.only(html)?.body.map(\.text) ?? []
        #expect(text.count == 2)
        #expect(!text.joined().contains("Whatsapp") && !text.joined().contains("WhatsApp") && !text.joined().contains("respect"))
    }

    /// The headline the markup gives, shown in a plain `title` box, wins
    /// over the page's one `<h1>`, a search overlay's.
    @Test func theHeadlineIsFoundWhereThePageShowsIt() {
        let html = "<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
            + "\"headline\": \"Monastero Santa Rosa on the Amalfi Coast\"}</script></head><body><div class=\"search\">"
            + "<h1>No matches for your search</h1></div><div class=\"info\"><div class=\"title\">Monastero Santa Rosa on the "
            + "Amalfi Coast</div></div><div class=\"body\"><p>" + String(repeating: "A hotel carved into the cliffs, with views. ", count: 6)
            + "</p></div></body></html>"
        #expect(Self.only(html)?.title == "Monastero Santa Rosa on the Amalfi Coast")
        #expect(Self.only(html)?.source.line == 1)
        // Shown twice, in a sticky bar and over the article: the article's, with its byline under it.
        let twice = "<!DOCTYPE html><html><head><meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" "
            + "content=\"Cells That Taste Danger\"></head><body><div class=\"post\"><div class=\"fixed\"><h1 class=\"h3\">Cells That "
            + "Taste Danger</h1><span>Read Later</span></div>\n<div class=\"post__title\"><h1 class=\"post__title__title\">Cells That "
            + "Taste Danger</h1><div><h6 class=\"byline\">By Carrie Arnold</h6><p>November 15, 2019</p></div></div><div class=\"body\"><p>"
            + String(repeating: "Tuft cells sense parasites in the gut and set off immune responses. ", count: 4)
            + "</p></div><h1>Comment on this article</h1><p>Quanta Magazine moderates comments to facilitate an informed discussion.</p>"
            + "</div></body></html>"
        let post = Self.only(twice)
        #expect(post?.source.line == 2)
        #expect(post?.author == "Carrie Arnold")
        #expect(post?.date?.iso == "2019-11-15")
        #expect(post?.body.map(\.text).joined().contains("moderates") == false)
    }

    /// `Back to top` ends the text; a sentence that starts `Back to` is text.
    @Test func aSentenceStartingBackToIsText() {
        let html = Self.page(Self.paragraphs + "<p><strong>Back to Taylor! It’s her music, so why can’t she sing it?</strong></p>"
                             + "<p>It is complicated, and the label owns the masters of the recordings.</p><p>Back to top</p><p>Footer words.</p>")
        let text = Self.only(html)?.body.map(\.text) ?? []
        #expect(text.last == "It is complicated, and the label owns the masters of the recordings.")
        #expect(text.count == 4)
    }

    /// A box classed `headline` (a reading tip's) is no title where the
    /// article has its `<h1>`.
    @Test func theArticlesH1WinsOverABoxClassedHeadline() {
        let html = "<!DOCTYPE html><html lang=\"de\"><body><div class=\"tip\"><div class=\"headline\">Lese-Empfehlung</div>"
            + "<a href=\"/x\">Feministischer Minimalismus</a></div><article class=\"content-bg\"><header class=\"article-header\">"
            + "<h1>Die Redaktion zeigt ihre Christmas Sweater</h1></header><p>" + String(repeating: "Sie können ironisch-unschön, "
            + "lustig und überraschend sein. ", count: 4) + "</p></article></body></html>"
        #expect(Self.only(html)?.title == "Die Redaktion zeigt ihre Christmas Sweater")
    }

    /// A card shown only on hover, inside a sentence, is no text of it.
    @Test func hoverCardsAreNoText() {
        let html = Self.page("<p>South Dakota Gov. <a href=\"/people/kristi-noem\">Kristi Noem</a><span class=\"rollover-people-block\">"
                             + "<a href=\"/p/1\">South Dakota drops pipeline protest laws after lawsuit</a></span> (R) is defending the "
                             + "state’s launch of an anti-drug campaign with a slogan.</p>" + Self.paragraphs)
        let text = Self.only(html)?.body.first?.text ?? ""
        #expect(text.hasPrefix("South Dakota Gov. Kristi Noem (R) is defending"))
    }

    /// Microdata's headline over its dek, and a link to the author's page
    /// as the byline (not the links of a line of image credits).
    @Test func microdataHeadlinesAndAuthorLinksAreRead() {
        let html = "<!DOCTYPE html><html><body><div class=\"article\"><h1 class=\"article__hed\" itemprop=\"headline\">The "
            + "Disappearance of John M. Ford</h1><h2 class=\"article__dek\" itemprop=\"alternativeHeadline\">I wanted to learn why "
            + "a beloved writer fell into obscurity.</h2><div class=\"contributor_details\"><div class=\"contributor\"><a href=\""
            + "/author/isaac-butler/\">Isaac Butler</a></div></div><p><small>(Image credits: <a href=\"/authors/henry\">Henry Chen"
            + "</a>)</small></p><div class=\"article__body\"><p>" + String(repeating: "Ford wrote books that readers loved. ", count: 6)
            + "</p></div></div></body></html>"
        let post = Self.only(html)
        #expect(post?.title == "The Disappearance of John M. Ford")
        #expect(post?.author == "Isaac Butler")
        let credits = html.replacingOccurrences(of: "<a href=\"/author/isaac-butler/\">Isaac Butler</a>", with: "")
        #expect(Self.only(credits)?.author == nil)
    }

    /// A title alone in a banner, its byline further down the page; not the
    /// sidebar's dates.
    @Test func aBylineAwayFromATitleInABannerIsRead() {
        let html = "<!DOCTYPE html><html lang=\"zh\"><body><div class=\"bg-cover\"><div class=\"container\"><div class=\"row\">"
            + "<div class=\"col\"><h1>面向对象编程的理解</h1></div></div></div></div><div class=\"sidebar\"><div class=\"post-date\">"
            + "2017-01-01</div></div><main><div class=\"post-info\"><div class=\"post-date\">发布日期: 2018-10-21</div></div>"
            + "<div class=\"card-content\"><p>" + String(repeating: "面向对象编程是一种程序设计的思想，它把数据和操作放在一起。", count: 5)
            + "</p></div></main></body></html>"
        #expect(Self.only(html)?.date?.iso == "2018-10-21")
    }

    /// A byline in no class the CMSs use, right over the headline.
    @Test func theLinesAroundTheTitleAreReadAsItsByline() {
        let html = "<!DOCTYPE html><html lang=\"de\"><body><div class=\"hero\"><p class=\"about\"><span>Von</span> "
            + "<a class=\"author-link\" href=\"/m\">Moritz Bachmann</a> <span>publiziert am 30. Juli 2018</span></p>"
            + "<h1 class=\"hero__headline\">Take C.A.R.E. auf der DMEXCO 2018</h1></div><div class=\"body\"><p>"
            + String(repeating: "Die Messe war ein voller Erfolg, und wir waren dabei. ", count: 6) + "</p></div></body></html>"
        let post = Self.only(html)
        #expect(post?.author == "Moritz Bachmann")
        #expect(post?.date?.iso == "2018-07-30")
    }

    /// What an article sets after its text: its own footer (a disclaimer,
    /// sharing), its tags, and a call to sign up or take part.
    @Test func anArticlesFooterTagsAndCallsToActionAreNoText() {
        let html = Self.page(Self.paragraphs + """
            <p><strong>There's plenty more where that came from. <a href="/n">Sign up</a> for our daily newsletter.</strong></p>
            <p>(Image credits: Henry Chen)</p>
            <div class="article__tags"><a href="/tag/books">Books</a> <a href="/tag/fantasy">Fantasy</a></div>
            <footer><p class="affiliate-disclaimer">Sometimes we include links to online retail stores.</p></footer>
            """)
        let text = Self.only(html)?.body.map(\.text).joined(separator: "\n") ?? ""
        #expect(text.contains("Second paragraph of the article"))
        #expect(text.contains("Image credits"))
        for furniture in ["plenty more", "Fantasy", "retail stores"] { #expect(!text.contains(furniture), "\(furniture)") }
    }

    /// A sentence that asks the reader to subscribe, inside the article, is
    /// the article's.
    @Test func aCallToActionWithinTheTextIsKept() {
        let html = Self.page("""
            <p>First paragraph of the article: I asked my readers to sign up for the study, and a hundred did.</p>
            """ + Self.paragraphs)
        #expect(Self.only(html)?.body.first?.text.contains("sign up for the study") == true)
    }

    /// Two authors' links in one byline are both the post's, joined as the
    /// page shows them.
    @Test func twoAuthorLinksInABylineAreBothTheAuthors() {
        let html = "<!DOCTYPE html><html><body><div class=\"article\"><h1>Las listas de espera se agravan</h1>"
            + "<div class=\"firma\"><span class=\"autor\"><a rel=\"author\" href=\"/autor/m\">María R. Sahuquillo</a> / "
            + "<a rel=\"author\" href=\"/autor/e\">Emilio de Benito</a></span> <span>27 OCT 2012 - 12:14</span></div><p>"
            + String(repeating: "Los recortes pasan factura a los pacientes, que esperan más que nunca. ", count: 4)
            + "</p></div></body></html>"
        #expect(Self.only(html)?.author == "María R. Sahuquillo / Emilio de Benito")
    }

    /// The markup's author counts where the post's text names her, even
    /// when its title stands alone in a box of its own.
    @Test func theMarkupsAuthorNamedInTheTextIsTheAuthor() {
        let ld = #"<script type="application/ld+json">[{"@type":"BlogPosting","headline":"Business Focus","author":{"@type":"Person","name":"Pamela Wilson"}}]</script>"#
        let html = "<!DOCTYPE html><html><head>\(ld)</head><body><section><div class=\"title-box\"><h1>Business Focus</h1></div></section>"
            + "<section><div class=\"text\"><p>" + String(repeating: "Focus is why some people build the business they dream of. ", count: 3)
            + "</p><p>If we haven’t met yet, my name is Pamela Wilson, and I have been working online since 2010.</p></div></section></body></html>"
        #expect(Self.only(html)?.author == "Pamela Wilson")
    }

    /// A page whose `<html>` names no language, its head naming Brazilian
    /// Portuguese: `05/10/2018` is the 5th of October.
    @Test func theHeadsLanguageSaysHowSlashedDatesRead() {
        let html = "<!DOCTYPE html><html><head><meta http-equiv=\"content-language\" content=\"pt_BR\"></head><body><div class=\"noticia\">"
            + "<h1>Atendimento Domiciliar registra arrombamento</h1><p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde</p>"
            + String(repeating: "<p>A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois veículos.</p>", count: 3)
            + "</div></body></html>"
        let post = Self.only(html)
        #expect(post?.date?.iso == "2018-10-05")
        #expect(post?.author == "Clarissa Borba")
    }

    /// A head whose first character is no `<` nor `{` is ruled out from
    /// its first bytes; where the character is found only further on, or is
    /// one with marks, the whole sniff decides as before.
    @Test func aHeadsFirstCharacterRulesMarkupOut() {
        let ideographic = String(repeating: "\u{3000}", count: 33)
        for markup in [String(repeating: " ", count: 80) + "<html>", " \u{0301}<html>", "\u{00A0}\u{3000}<!doctype html>",
                       ideographic + "<html>", "\u{FEFF}<html>"] {
            #expect(!MarkupStart.cannotBeMarkup(Array(markup.utf8)), "\(markup.debugDescription)")
            #expect(HTMLPage.sniff(Array(markup.utf8)), "\(markup.debugDescription)")
        }
        #expect(Feed.sniff(Array((ideographic + "<rss>").utf8)))
        for text in ["  • A Trademark Battle\n\n    Posted by: Ada", "", "   ", "Notes on <html>", "\u{0301}<html>"] {
            #expect(MarkupStart.cannotBeMarkup(Array(text.utf8)), "\(text.debugDescription)")
            #expect(!HTMLPage.sniff(Array(text.utf8)) && !Feed.sniff(Array(text.utf8)), "\(text.debugDescription)")
        }
    }

    @Test func sniffsHTMLByContentNotName() {
        #expect(HTMLPage.sniff(Array("\u{FEFF}\n  <!doctype html><html>".utf8)))
        #expect(HTMLPage.sniff(Array("<!-- saved from url=(0044)https://blog.example.org/ -->\n<html>".utf8)))
        #expect(HTMLPage.sniff(Array("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".utf8)))
        #expect(!HTMLPage.sniff(Array("• A Trademark Battle\n  Posted by: Ada".utf8)))
        #expect(!HTMLPage.sniff(Array("Notes on <html> tags\n".utf8)))
    }
}
