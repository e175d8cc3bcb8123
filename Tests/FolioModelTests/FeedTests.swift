import FolioFeed
import FolioModel
import FolioSources
import Foundation
import Testing

/// Feeds: each format and version on a small feed of its own, the dates
/// and encodings old feeds use, broken feeds and feeds made to harm.
@Suite struct Feeds {
    static func parse(_ text: String, file: String = "feed.xml") -> Capture {
        Feed.parse(bytes: Array(text.utf8), file: file)
    }

    static let wordpress = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:creator="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
        <channel><title>The Weekly &amp; Blog</title><link>https://blog.example.org/</link>
        <description>Notes, &lt;b&gt;weekly&lt;/b&gt;</description>
        <item><title>A Trademark Battle</title><link>https://blog.example.org/2017/03/09/trademark/</link>
        <creator:creator><![CDATA[Ada Lindqvist]]></creator:creator><pubDate>Thu, 09 Mar 2017 23:30:00 -0500</pubDate>
        <category><![CDATA[Law]]></category><category>Brands</category><slash:comments>13</slash:comments>
        <description><![CDATA[A short summary&nbsp;of it.]]></description>
        <content:encoded><![CDATA[<p>First paragraph, with a <a href="/about">link</a> &amp; more.</p><h2>Section</h2>
        <pre>let x  = 1</pre><blockquote><p>A quotation.</p></blockquote><script>alert(1)</script>]]></content:encoded></item>
        <item><title>Second &nbsp; post, &eacute;t&eacute; at AT&T</title><author>bo@example.org (Bo Berg)</author>
        <pubDate>Wed, 8 Mar 17 10:00 EST</pubDate><description>Only a summary.</description></item>
        </channel></rss>
        """

    @Test func rss2ItemsArePostsWithTheirWholeBylineAndText() {
        let capture = Self.parse(Self.wordpress)
        #expect(capture.problems.isEmpty, "\(capture.problems)")
        #expect(capture.site == Site(name: "The Weekly & Blog", description: "Notes, weekly"))
        let first = capture.posts[0]
        #expect(first.title == "A Trademark Battle")
        #expect(first.author == "Ada Lindqvist")
        // The day as written, in the item's own offset: not the 10th in UTC.
        #expect(first.date?.iso == "2017-03-09")
        #expect(first.time == "2017-03-09T23:30:00-05:00")
        #expect(first.comments == 13)
        #expect(first.categories == ["Law", "Brands"])
        #expect(first.link == "https://blog.example.org/2017/03/09/trademark/")
        #expect(first.body.map(\.kind) == [.paragraph, .heading, .code, .quote])
        #expect(first.body[0].text == "First paragraph, with a link & more.")
        #expect(first.body[2].text == "let x  = 1")
        #expect(first.links == [Link(text: "link", url: "https://blog.example.org/about")])
        #expect(!first.body.contains { $0.text.contains("alert") })
        let second = capture.posts[1]
        #expect(second.title == "Second post, été at AT&T")
        #expect(second.author == "Bo Berg")
        #expect(second.date?.iso == "2017-03-08")
        #expect(second.time == "2017-03-08T10:00:00-05:00")
        #expect(second.summary == "Only a summary." && !second.isFullText)
    }

    /// An item's HTML is kept as the feed gives it and read into blocks
    /// when the post is shown, searched or printed; blank content is no
    /// full text, and the summary stands for it.
    @Test func itemHTMLIsReadWhenAskedFor() {
        let capture = Self.parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <link>https://t.example.org/</link>
            <item><title>Blank</title><content:encoded>  \n </content:encoded><description>Only this.</description></item>
            <item><title>Full</title><content:encoded><![CDATA[<p>One <a href="/x">x</a></p><ul><li>two</li></ul>]]></content:encoded></item>
            </channel></rss>
            """)
        #expect(!capture.posts[0].isFullText)
        #expect(capture.posts[0].summary == "Only this.")
        let full = capture.posts[1]
        #expect(full.isFullText)
        #expect(full.body == [Block(.paragraph, "One x"), Block(.item, "two", depth: 1)])
        #expect(full.links == [Link(text: "x", url: "https://t.example.org/x")])
        #expect(PostFilter.matches(full, SearchNeedle("two")))
    }

    /// libxml2 keeps a line number in 16 bits unless told otherwise: an
    /// item far down a big feed is named by its own line, not 65,535.
    @Test func anItemPastLine65535IsNamedByItsLine() {
        let feed = "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>First</title></item>"
            + String(repeating: "\n", count: 70_000) + "<item><title>Far</title></item>\n</channel></rss>"
        let capture = Self.parse(feed)
        #expect(capture.posts.map(\.source.line) == [2, 70_002])
    }

    @Test func rss1AndRss091() {
        let rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://old.example.org/"><title>Old Blog</title><link>https://old.example.org/</link>
            <description>Since 2003</description><items><rdf:Seq><rdf:li rdf:resource="https://old.example.org/1"/></rdf:Seq></items></channel>
            <item rdf:about="https://old.example.org/1"><title>First</title><link>https://old.example.org/1</link>
            <dc:creator>Cy Old</dc:creator><dc:date>2003-12-13T18:30:02+01:00</dc:date><description>Hello &lt;i&gt;world&lt;/i&gt;</description></item>
            </rdf:RDF>
            """
        let capture = Self.parse(rdf)
        #expect(capture.site?.name == "Old Blog")
        #expect(capture.posts.map(\.title) == ["First"])
        #expect(capture.posts.first?.author == "Cy Old")
        #expect(capture.posts.first?.date?.iso == "2003-12-13")
        #expect(capture.posts.first?.summary == "Hello world")
        let old = "<rss version=\"0.91\"><channel><title>Ninety-one</title><managingEditor>ed@example.org (Ed Itor)</managingEditor>"
            + "<item><title>Item</title><link>https://n.example.org/i</link><description>Text</description></item></channel></rss>"
        let capture091 = Self.parse(old)
        #expect(capture091.posts.map(\.title) == ["Item"])
        // The channel's editor signs what no item signs.
        #expect(capture091.posts.first?.author == "Ed Itor")
        #expect(capture091.posts.first?.date == nil)
    }

    @Test func atomContentOfEveryTypeAndRelativeLinks() {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0"
                  xml:base="https://atom.example.org/blog/">
            <title type="html">Ada &lt;em&gt;writes&lt;/em&gt;</title><subtitle>Notes</subtitle>
            <author><name>Ada Lindqvist</name></author><link href="https://atom.example.org/blog/"/>
            <entry><title>Atom post</title><link rel="alternate" href="posts/one.html"/><link rel="replies" thr:count="4" href="c"/>
            <published>2020-11-11T23:30:00-08:00</published><updated>2020-12-01T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <a href="two.html">two</a>.</p>
            <ul><li>one</li></ul></div></content></entry>
            <entry><title type="text">Plain &lt;b&gt;title&lt;/b&gt;</title><author><name>Bo Berg</name></author>
            <updated>2020-11-10T08:00:00Z</updated><thr:total>2</thr:total>
            <content type="html">&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;.&lt;/p&gt;</content></entry>
            <entry><title>Text</title><updated>2020-11-09</updated><content type="text">Line one &lt;not a tag&gt;

            Line two</content></entry>
            </feed>
            """
        let capture = Self.parse(atom)
        #expect(capture.problems.isEmpty, "\(capture.problems)")
        #expect(capture.site == Site(name: "Ada writes", description: "Notes"))
        let posts = capture.posts
        #expect(posts.map(\.title) == ["Atom post", "Plain <b>title</b>", "Text"])
        #expect(posts.map(\.author) == ["Ada Lindqvist", "Bo Berg", "Ada Lindqvist"])
        #expect(posts.map { $0.date?.iso } == ["2020-11-11", "2020-11-10", "2020-11-09"])
        #expect(posts.map(\.comments) == [4, 2, nil])
        #expect(posts[0].link == "https://atom.example.org/blog/posts/one.html")
        #expect(posts[0].body.map(\.kind) == [.paragraph, .item])
        #expect(posts[0].links.first?.url == "https://atom.example.org/blog/two.html")
        #expect(posts[1].body.first?.text == "Escaped HTML.")
        #expect(posts[2].body.map(\.text) == ["Line one <not a tag>", "Line two"])
    }

    /// With no `xml:base`, relative addresses are the feed's own address's;
    /// one with no scheme (`//host/`) is the web's.
    @Test func relativeLinksAreReadAgainstTheFeedsOwnAddress() {
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"self\" href=\"http://intertwingly.net/blog/index.atom\"/>"
            + "<title>Sam Ruby</title><entry><title>Suspend</title><link href=\"/blog/2012/07/16/Inhibiting-Suspend\"/></entry></feed>"
        #expect(Self.parse(atom).posts.first?.link == "http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend")
        let rss = "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>B</title><link>//bulimov.me/</link>"
            + "<atom:link href=\"//bulimov.me/index.xml\" rel=\"self\"/><item><title>Q</title><link>//bulimov.me/it/q/</link>"
            + "<description>&lt;a href=\"/x\"&gt;x&lt;/a&gt;</description></item></channel></rss>"
        #expect(Self.parse(rss).posts.first?.link == "https://bulimov.me/it/q/")
    }

    @Test func atom03() {
        let atom = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Blogger of old</title>
            <author><name>Di Old</name></author>
            <entry><title>Old entry</title><link rel="alternate" type="text/html" href="https://b.example.org/2005/01/old.html"/>
            <issued>2005-01-31T22:15:00-08:00</issued><modified>2005-02-01T06:15:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;Escaped in 2005.&lt;/p&gt;</content></entry></feed>
            """
        let post = Self.parse(atom).posts.first
        #expect(post?.title == "Old entry")
        #expect(post?.author == "Di Old")
        #expect(post?.date?.iso == "2005-01-31")
        #expect(post?.body.first?.text == "Escaped in 2005.")
        #expect(post?.link == "https://b.example.org/2005/01/old.html")
    }

    @Test func jsonFeed10And11() {
        let v11 = #"""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Micro", "description": "Short posts",
             "home_page_url": "https://micro.example.org/", "authors": [{"name": "Ada Lindqvist"}],
             "items": [
              {"id": "1", "url": "/2020/one", "title": "One", "content_html": "<p>Hello <a href=\"/x\">x</a></p>",
               "date_published": "2020-02-29T23:00:00+09:00", "tags": ["a", "b"]},
              {"id": "2", "content_text": "No title here, only a note that is fairly long\n\nand a second paragraph",
               "date_modified": "2020-03-01T00:00:00Z", "authors": [{"name": "Bo"}, {"name": "Cy"}]},
              {"id": "3", "title": "Summary", "summary": "Only this", "date_published": "not a date"}]}
            """#
        let capture = Feed.parse(bytes: Array(v11.utf8), file: "feed.json")
        #expect(capture.site == Site(name: "Micro", description: "Short posts"))
        let posts = capture.posts
        #expect(posts.map(\.title) == ["One", "No title here, only a note that is…", "Summary"])
        #expect(posts.map(\.author) == ["Ada Lindqvist", "Bo, Cy", "Ada Lindqvist"])
        #expect(posts[0].date?.iso == "2020-02-29" && posts[0].link == "https://micro.example.org/2020/one")
        #expect(posts[0].links.first?.url == "https://micro.example.org/x")
        #expect(posts[0].categories == ["a", "b"])
        #expect(posts[1].body.count == 2)
        #expect(posts[2].summary == "Only this" && !posts[2].isFullText)
        #expect(capture.problems.map(\.message) == ["date not understood: “not a date”"])
        #expect(posts.map(\.source.line) == [4, 6, 8])
        let v10 = #"{"version": "https://jsonfeed.org/version/1", "title": "T", "author": {"name": "Old Style"}, "items": [{"id": "a", "title": "A", "content_text": "Hi"}]}"#
        #expect(Feed.parse(bytes: Array(v10.utf8), file: "f.json").posts.first?.author == "Old Style")
    }

    @Test(arguments: [
        ("Sun, 01 Dec 2019 23:30:00 GMT", "2019-12-01", "2019-12-01T23:30:00Z"),
        ("Sun, 01 Dec 2019 23:30:00 +0200", "2019-12-01", "2019-12-01T23:30:00+02:00"),
        ("Sun, 1 Dec 2019 23:30 EST", "2019-12-01", "2019-12-01T23:30:00-05:00"),
        ("01 Dec 19 23:30:00 PDT", "2019-12-01", "2019-12-01T23:30:00-07:00"),
        ("Mon, 02 Dec 99 08:00:00 Z", "1999-12-02", "1999-12-02T08:00:00Z"),
        ("Mon, 02 Dec 2019 08:00:00 A", "2019-12-02", "2019-12-02T08:00:00-01:00"),
        ("Mon, 02 Dec 2019 08:00:00 N", "2019-12-02", "2019-12-02T08:00:00+01:00"),
        ("Mon, 02 Dec 2019 08:00:00 UT", "2019-12-02", "2019-12-02T08:00:00Z"),
        ("2019-12-01T23:30:00.123-05:00", "2019-12-01", "2019-12-01T23:30:00-05:00"),
        ("2019-12-01T23:30Z", "2019-12-01", "2019-12-01T23:30:00Z"),
        ("2019-12-01 23:30:00", "2019-12-01", "2019-12-01T23:30:00"),
    ])
    func datesOfEveryZoneAreTheDayWritten(text: String, day: String, time: String) {
        let date = FeedDate(text)
        #expect(date?.day.iso == day)
        #expect(date?.time == time)
    }

    @Test func aDayAloneAndNoDate() {
        #expect(FeedDate("2003-12-13")?.day.iso == "2003-12-13" && FeedDate("2003-12-13")?.time == nil)
        #expect(FeedDate("Feb 30 2019") == nil)
        #expect(FeedDate("yesterday") == nil)
        #expect(FeedDate("2019-13-01") == nil)
    }

    @Test func charsetsBOMsAndPrefixes() {
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf".utf8) + [0xE9]
            + Array("</title><item><title>".utf8) + [0x93] + Array("Quoted".utf8) + [0x94] + Array("</title></item></channel></rss>".utf8)
        let capture = Feed.parse(bytes: latin1, file: "l.xml")
        #expect(capture.site?.name == "Café")
        // A blank line before the declaration changes nothing of it.
        #expect(Feed.parse(bytes: Array("\n".utf8) + latin1, file: "l.xml").site?.name == "Café")
        // ISO-8859-1 read as Windows-1252, as feed readers do.
        #expect(capture.posts.first?.title == "“Quoted”")
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Sixteen</title>"
            + "<entry><title>Ünïcode</title></entry></feed>"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Feed.sniff(utf16))
        #expect(Feed.parse(bytes: utf16, file: "u.xml").posts.first?.title == "Ünïcode")
        let bom = [0xEF, 0xBB, 0xBF] + Array(Self.wordpress.utf8)
        #expect(Feed.sniff(bom) && Feed.parse(bytes: bom, file: "b.xml").posts.count == 2)
    }

    @Test func sniffsFeedsByContentNotName() {
        #expect(Feed.sniff(Array("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<!-- hi -->\n<rss version=\"2.0\">".utf8)))
        #expect(Feed.sniff(Array("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">".utf8)))
        #expect(Feed.sniff(Array("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
        #expect(Feed.sniff(Array("<!DOCTYPE rss [ <!ENTITY a \"b\"> ]><rss>".utf8)))
        #expect(Feed.sniff(Array("  {\"version\": \"https:\\/\\/jsonfeed.org\\/version\\/1.1\", \"items\": []}".utf8)))
        #expect(!Feed.sniff(Array("<feed><entry/></feed>".utf8)))
        #expect(!Feed.sniff(Array("{\"posts\": []}".utf8)))
        #expect(!Feed.sniff(Array("{\"format\": \"jsonfeed\", \"notes\": \"declares https://jsonfeed.org/version/1.1\"}".utf8)))
        #expect(!Feed.sniff(Array("<!DOCTYPE html><html>".utf8)))
        #expect(!Feed.sniff(Array("• A Trademark Battle\n".utf8)))
    }

    /// A broken feed gives what can be read, and says where it broke.
    @Test func brokenFeedsGiveTheItemsThatCanBeRead() {
        func items(_ n: Int) -> String {
            (1...n).map { "<item><title>Post \($0)</title><description>Text \($0)</description></item>\n" }.joined()
        }
        let head = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title>\n"
        let truncated = Self.parse(head + items(3) + "<item><title>Post 4</tit")
        #expect(truncated.posts.map(\.title).prefix(3) == ["Post 1", "Post 2", "Post 3"])
        #expect(truncated.problems.contains { $0.message.hasPrefix("not well-formed") && $0.line == 6 }, "\(truncated.problems)")
        let unclosed = Self.parse(head + items(2) + "<item><title>Post <b>three</title></item>\n</channel></rss>")
        #expect(unclosed.posts.map(\.title).prefix(2) == ["Post 1", "Post 2"])
        #expect(!unclosed.problems.isEmpty)
        let undeclared = Self.parse(head + "<item><title>Caf&eacute; &bogus; ok</title></item></channel></rss>")
        #expect(undeclared.posts.first?.title.hasPrefix("Café") == true)
        #expect(undeclared.problems.first?.message.contains("bogus") == true)
        let stray = Self.parse(head + "<item><title>Salt & pepper & more</title></item></channel></rss>")
        #expect(stray.posts.first?.title == "Salt & pepper & more")
        #expect(stray.problems.isEmpty)
        let garbage = Feed.parse(bytes: Array("<rss>\u{0}\u{1}".utf8) + [0xFF, 0xFE, 0x00], file: "g.xml")
        #expect(garbage.posts.isEmpty && !garbage.problems.isEmpty)
    }

    /// A feed with no items is still its blog's.
    @Test func aFeedWithoutItemsHasItsSite() {
        let capture = Self.parse("<rss><channel><title>Quiet Blog</title><description>Nothing yet</description></channel></rss>")
        #expect(capture.site == Site(name: "Quiet Blog", description: "Nothing yet"))
        #expect(capture.posts.isEmpty)
        #expect(capture.problems.map(\.message) == ["no items in this feed"])
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY net SYSTEM "http://127.0.0.1:9/x"> <!ENTITY ok "fine"> ]>
            <rss><channel><title>T &xxe;</title><item><title>Leak &xxe; &net; &ok;</title><description>&xxe;</description></item></channel></rss>
            """
        let capture = Self.parse(xxe)
        let everything = capture.posts.map { $0.title + ($0.summary ?? "") }.joined() + (capture.site?.name ?? "")
        #expect(!everything.contains("root:"))
        #expect(capture.posts.first?.title.contains("fine") == true)
    }

    @Test func theBillionLaughsIsAnErrorNotAHang() {
        var dtd = "<!ENTITY lol \"lol\">"
        for n in 2...10 { dtd += "<!ENTITY lol\(n) \"" + String(repeating: "&lol\(n == 2 ? "" : String(n - 1));", count: 10) + "\">" }
        let feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(dtd)]><rss><channel><title>Laughs</title>"
            + "<item><title>Before</title></item><item><title>&lol10;</title></item></channel></rss>"
        let start = Date()
        let capture = Self.parse(feed)
        // Milliseconds; a hang would be hours. Generous for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(!capture.problems.isEmpty)
        #expect(capture.posts.map(\.title).allSatisfy { $0.count < 10_000 })
    }

    @Test func controlCharactersInEveryFieldAreShownVisibly() {
        let esc = "\u{1B}[31m"
        let json = #"{"version": "https://jsonfeed.org/version/1.1", "title": "S\u001b[2J", "authors": [{"name": "A\u001b]0;x\u0007"}], "#
            + #""items": [{"id": "1", "title": "T\u001b[31m", "content_html": "<p>B\u001b[31m</p>", "summary": "S\u009b1m", "tags": ["\u001b"]}]}"#
        let capture = Feed.parse(bytes: Array(json.utf8), file: "c.json")
        let post = capture.posts[0]
        let fields = [capture.site?.name ?? "", post.title, post.author ?? "", post.summary ?? ""] + post.body.map(\.text) + post.categories
        for field in fields {
            #expect(!field.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(field.debugDescription)")
        }
        #expect(post.title.contains("\u{241B}"))
        // XML 1.0 forbids the controls themselves; their references are no text either.
        let xml = Self.parse("<rss><channel><title>X</title><item><title>A&#27;[31m \(esc)B</title></item></channel></rss>")
        #expect(xml.posts.allSatisfy { !$0.title.unicodeScalars.contains { $0.value == 0x1B } })
    }

    /// A control character in the `xml:base` links are read against stays
    /// out of the links and of a link's text made of its address (found by the fuzzer).
    @Test func aControlCharacterInTheBaseAddressIsShownVisibly() {
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://atom\u{9B}.example.org/blog/\"><title>T</title>"
            + "<entry><title>E</title><content type=\"html\">&lt;p&gt;Hello &lt;a href=\"two.html\"&gt;&lt;/a&gt;&lt;/p&gt;</content></entry></feed>"
        let links = Self.parse(atom).posts.first?.links ?? []
        #expect(!links.isEmpty)
        for text in links.map(\.text) + links.map(\.url) {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(text.debugDescription)")
        }
    }

    @Test func aMillionItems() {
        var feed = "<rss version=\"2.0\"><channel><title>Many</title>"
        feed.reserveCapacity(60_000_000)
        for n in 0..<1_000_000 { feed += "<item><title>P\(n)</title><pubDate>Sun, 01 Dec 2019 10:00:00 GMT</pubDate></item>" }
        feed += "</channel></rss>"
        let capture = Self.parse(feed)
        #expect(capture.posts.count == 1_000_000)
        #expect(capture.posts.last?.title == "P999999")
    }

    /// A gigabyte in one item, cut off: what comes before is read, the rest
    /// named, nothing held up.
    @Test func aGigabyteItemCutOff() {
        var bytes = Array("<rss version=\"2.0\"><channel><title>Huge</title><item><title>Small</title></item><item><title>Big</title><description>".utf8)
        bytes += [UInt8](repeating: 0x61, count: 1 << 30)
        let capture = Feed.parse(bytes: bytes, file: "huge.xml")
        #expect(capture.posts.first?.title == "Small")
        #expect(capture.problems.contains { $0.message.hasPrefix("not well-formed") })
    }

    /// A big feed's first screen comes from its start, before the whole is
    /// read: its first items, none cut short, and nothing of its end read
    /// as text.
    @Test func aBigFeedsPreviewIsItsFirstItems() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = (0..<4000).map { "<item><title>Post \($0)</title><description>The text of post \($0), at some length.</description></item>\n" }
        let file = dir.appendingPathComponent("feed.xml")
        try ("<rss version=\"2.0\"><channel><title>Big</title>\n" + items.joined() + "</channel></rss>\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let preview = CaptureFiles.preview([file.path], limit: 1 << 14).head.posts
        let whole = CaptureFiles.load([file.path]).corpus.posts
        #expect(whole.count == 4000)
        #expect(preview.first?.title == "Post 0")
        #expect(preview.count > 10 && preview.count < 4000)
        #expect(Set(preview.map(\.identity)).isSubset(of: Set(whole.map(\.identity))))
        #expect(preview.allSatisfy { $0.summary?.hasSuffix("at some length.") == true })
    }

    /// A feed and a text capture of the same post are one post, with the
    /// feed's full text.
    @Test func aFeedAndATextCaptureOfOnePostAreOnePost() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let capture = """
            The Weekly Blog

              • A Trademark Battle

                Posted by: Ada Lindqvist Thursday, March 9, 2017 13

                The first lines of the post, as the index shows them.

            """
        try capture.write(to: dir.appendingPathComponent("index.txt"), atomically: true, encoding: .utf8)
        try Self.wordpress.write(to: dir.appendingPathComponent("feed.xml"), atomically: true, encoding: .utf8)
        try "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>".write(to: dir.appendingPathComponent("sitemap.xml"),
                                                                                        atomically: true, encoding: .utf8)
        let outcome = CaptureFiles.load([dir.path])
        let battles = outcome.corpus.posts.filter { $0.title == "A Trademark Battle" }
        #expect(battles.count == 1)
        #expect(battles.first?.body.contains { $0.kind == .heading } == true)
        #expect(battles.first?.comments == 13)
        // The sitemap in the folder is no feed, and none of folio's business.
        #expect(!outcome.corpus.problems.contains { $0.file.hasSuffix("sitemap.xml") }, "\(outcome.corpus.problems)")
    }
}
