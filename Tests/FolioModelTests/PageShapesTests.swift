import Testing
@testable import FolioModel
import FolioHTML

/// The shapes of real pages the issue names, each on a small page with a
/// menu, a title, its byline, two paragraphs and sharing buttons.
@Suite struct PageShapes {
    static func page(_ head: String, tail: String = "") -> String {
        """
        The Weekly Blog

          * Home
          * About

        \(head)

        First paragraph of the article, which is long enough to be read as running text by anyone.

        Second paragraph of the article, which also goes on for a while, and ends with a full stop.
        \(tail)
        Share this:
          * Facebook
          * Twitter

        © 2024 The Weekly Blog

        """
    }

    /// The post's head: its title, author and day.
    static func expectHead(_ post: Post?, _ title: String, _ author: String?, _ iso: String?,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(post?.title == title, sourceLocation: sourceLocation)
        #expect(post?.author == author, sourceLocation: sourceLocation)
        #expect(post?.date?.iso == iso, sourceLocation: sourceLocation)
    }

    static func only(_ text: String) -> Post? {
        let posts = Fixtures.parse(text).posts
        #expect(posts.count == 1, "\(posts.map(\.title))")
        return posts.first
    }

    @Test(arguments: [
        ("Ada Lindqvist March 9, 2017 13", "Ada Lindqvist", "2017-03-09", 13 as Int?),
        ("Date: July 4, 2026 | Reading time: 31 min | Author: Ada Lindqvist", "Ada Lindqvist", "2026-07-04", nil),
        ("Tuesday 15 October 2019 by Ada Lindqvist", "Ada Lindqvist", "2019-10-15", nil),
        ("// By Ada Lindqvist • Nov 11, 2020", "Ada Lindqvist", "2020-11-11", nil),
        ("Posted on August 2, 2019August 2, 2019Author Ada LindqvistCategories", "Ada Lindqvist", "2019-08-02", nil),
        ("Ada LindqvistTuesday, September 20, 2022 4", "Ada Lindqvist", "2022-09-20", 4),
        ("Publiziert am 13. Januar 2014 von ada", "ada", "2014-01-13", nil),
        ("par Ada Lindqvist, 21 juin 2018", "Ada Lindqvist", "2018-06-21", nil),
        ("投稿者: ada 2019年4月13日", "ada", "2019-04-13", nil),
        ("Posted on October 23, 2022 | 9 minutes | Ada Lindqvist", "Ada Lindqvist", "2022-10-23", nil),
        ("October 12, 2018/0 Comments/in Promotion /by ada", "ada", "2018-10-12", 0),
        ("Текст: Ada Lindqvist·11 октября 2018", "Ada Lindqvist", "2018-10-11", nil),
        ("23/10/2018 - Publicado por: Ada Lindqvist - Categoria: Saúde", "Ada Lindqvist", "2018-10-23", nil),
        ("Écrit par Ada Lindqvist le 3 mars 2019", "Ada Lindqvist", "2019-03-03", nil),
        ("By Ada Lindqvist\nNov 15, 20195:45 AM", "Ada Lindqvist", "2019-11-15", nil),
        ("Ada Lindqvist / Bo de Lind Madrid 27 OCT 2012", "Ada Lindqvist / Bo de Lind", "2012-10-27", nil),
        ("Monday November 18, 2019 7:45 am PST by Ada Lindqvist", "Ada Lindqvist", "2019-11-18", nil),
    ])
    func readsBylinesUnderAnUnbulletedTitle(byline: String, author: String, date: String, comments: Int?) {
        let post = Self.only(Self.page("A Trademark Battle\n\n\(byline)"))
        #expect(post?.title == "A Trademark Battle")
        #expect(post?.author == author)
        #expect(post?.date?.iso == date)
        #expect(post?.comments == comments)
        #expect(post?.body.count == 2)
    }

    @Test func readsLabelsOverTheirValues() {
        let post = Self.only(Self.page("A Trademark Battle\n\nAuthor:\n       The Water Coolest\n\nPublish date:\n       Nov 18, 2019"))
        #expect(post?.author == "The Water Coolest")
        #expect(post?.date?.iso == "2019-11-18")
    }

    @Test func readsTheAuthorOnOneLineAndTheDateOnTheNext() {
        let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist\nMarch 9, 2017"))
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2017-03-09")
    }

    @Test func readsADayHeaderAboveTheTitle() {
        let post = Self.only(Self.page("Friday, December 23, 2016\n\nA Trademark Battle"))
        #expect(post?.title == "A Trademark Battle")
        #expect(post?.date?.iso == "2016-12-23")
        #expect(post?.author == nil)
    }

    @Test func readsABylineBelowTheText() {
        let post = Self.only(Self.page("A Trademark Battle", tail: "\nPosted by Ada Lindqvist at 5:11 AM\n"))
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date == nil)
        #expect(post?.body.count == 2)
    }

    @Test func aPageWithNoBylineStillGivesItsPost() {
        let post = Self.only(Self.page("A Trademark Battle"))
        #expect(post?.title == "A Trademark Battle")
        #expect(post?.author == nil && post?.date == nil)
        #expect(post?.isFullText == true)
    }

    @Test func furnitureIsNotText() {
        let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | March 9, 2017",
                                       tail: "\nTags: law, brands\n\n3 Comments\n\nBob March 10, 2017 at 9:14 am\n\nNice post, thanks.\n"))
        let text = post?.body.map(\.text).joined(separator: " ") ?? ""
        #expect(!text.contains("Facebook") && !text.contains("Tags") && !text.contains("Nice post") && !text.contains("©"))
        #expect(post?.comments == 3)
    }

    @Test func lynxLinkNumbersGoAndItsReferencesBecomeTheLinks() {
        let text = """
           [1]Home [2]About

        [3]A Trademark Battle

           By [4]Ada Lindqvist | March 9, 2017

           First paragraph of the article, with [5]a link in it, long enough to
           be read as running text by anyone who reads it.

           Second paragraph of the article, which also goes on for a while and
           ends with a full stop.

        References

           1. https://example.org/
           2. https://example.org/about
           3. https://example.org/2017/03/battle
           4. https://example.org/author/ada
           5. https://example.org/elsewhere

        """
        let post = Self.only(text)
        #expect(post?.title == "A Trademark Battle")
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.body.first?.text.contains("with a link in it") == true)
        #expect(post?.links == [Link(text: "a link in it, long enough to", url: "https://example.org/elsewhere")])
    }

    @Test func w3mArtefactsAreNotText() {
        let text = """
        A Trademark Battle

        By Ada Lindqvist | March 9, 2017

        [logo.png]
        First paragraph of the article, which is long enough to be       Recent Posts
        read as running text by anyone who reads it to its end.          Archives

          □ Pinterest
          ☆ Facebook

        Second paragraph of the article, which also goes on for a while, and ends
        with a full stop.

        """
        let post = Self.only(text)
        #expect(post?.body.map(\.text) == [
            "First paragraph of the article, which is long enough to be read as running text by anyone who reads it to its end.",
            "Second paragraph of the article, which also goes on for a while, and ends with a full stop.",
        ])
    }

    @Test func anIndexPageGivesEveryTeaser() {
        var text = "The Weekly Blog\n\n  * Home\n  * About\n\n"
        for (n, day) in ["March 9, 2017", "March 2, 2017", "February 23, 2017"].enumerated() {
            text += "Post Number \(n + 1) Has a Title\n\nPosted on \(day) by Ada Lindqvist\n\n"
            text += "The teaser of post \(n + 1), which says what the post is about in a sentence or two.\n\nRead more\n\n"
        }
        let posts = Fixtures.parse(text).posts
        #expect(posts.map(\.title) == ["Post Number 1 Has a Title", "Post Number 2 Has a Title", "Post Number 3 Has a Title"])
        #expect(posts.allSatisfy { !$0.isFullText && $0.summary?.hasPrefix("The teaser of post") == true })
        #expect(posts.map { $0.date?.iso } == ["2017-03-09", "2017-03-02", "2017-02-23"])
    }

    @Test(arguments: [
        ("June 28th, 2018", "2018-06-28"), ("13. Januar 2014", "2014-01-13"), ("11.05.2012", "2012-05-11"),
        ("2012/05/11", "2012-05-11"), ("03/23/15", "2015-03-23"), ("05/11/2012", "2012-05-11"),
        ("2019年4月13日", "2019-04-13"), ("2019-04-13T10:00:00+02:00", "2019-04-13"), ("13 de abril de 2019", "2019-04-13"),
        ("21 giugno 2018", "2018-06-21"), ("3 maart 2015", "2015-03-03"), ("3 mars 2015", "2015-03-03"),
        ("27 de setembro de 2018", "2018-09-27"), ("Oktober 27, 2015", "2015-10-27"), ("30 Maret 2015", "2015-03-30"),
        ("23 Nov 2017", "2017-11-23"), ("4 APR 2019", "2019-04-04"), ("2019년 4월 13일", "2019-04-13"),
    ])
    func readsDatesInEveryCommonForm(date: String, iso: String) {
        let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | \(date)"))
        #expect(post?.date?.iso == iso)
    }

    /// Found by the fuzzer: a run of digits overflowed the date's number.
    @Test func aLongRunOfDigitsIsNoDateAndNoCrash() {
        let digits = String(repeating: "2", count: 30)
        let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | \(digits).\(digits)-05"))
        #expect(post?.date == nil)
        #expect(DateText.numericDate("\(digits).5", order: .monthFirst) == nil)
    }

    /// A browser's version in a list of user agents is no date, not even
    /// one not understood.
    @Test func aVersionNumberIsNoDate() {
        #expect(DateText.numericDate("19.0.1036.7", order: .monthFirst) == nil)
        #expect(DateText.numericDate("1.1.4322;", order: .monthFirst) == nil)
        #expect(DateText.numericDate("2019.04.13.", order: .monthFirst) != nil)
        let capture = Fixtures.parse(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | March 9, 2017",
                                               tail: "\n    ike Gecko) Chrome/19.0.1036.7 Safari/535.20\",\n"))
        #expect(!capture.problems.contains { $0.message.contains("date not understood") }, "\(capture.problems)")
    }

    @Test func aSlashedDateIsDayFirstWhenThePageSaysSo() {
        let page = Self.page("A Trademark Battle\n\nBy Ada Lindqvist | 05/11/2012", tail: "\nUpdated 23/11/2012\n")
        #expect(Self.only(page)?.date?.iso == "2012-11-05")
    }

    @Test func theDayOfPublishingIsTheDateNotTheDayOfTheLastUpdate() {
        let french = Self.only(Self.page("A Trademark Battle\n\nMis à jour le 06/04/2013 à 10:37\nPublié le 05/04/2013 à 17:08",
                                         tail: "\nRéagir à cet article, le 21/04/2013 à 02:20\n"))
        #expect(french?.date?.iso == "2013-04-05")
        let english = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | Updated March 12, 2017\nPublished March 9, 2017"))
        #expect(english?.date?.iso == "2017-03-09")
        let onlyUpdated = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | Updated March 12, 2017"))
        #expect(onlyUpdated?.date?.iso == "2017-03-12")
    }

    @Test func aPostWithoutADateTakesTheOneItsListingGivesIt() {
        let tail = "\nLatest posts by Ada Lindqvist\n  * How to Add Schema Markup to a Page - June 30, 2014\n"
            + "  * The Best Stock Photo Site I Have Ever Used - June 16, 2014\n"
        let post = Self.only(Self.page("How to Add Schema Markup to a Page\n\nBy Ada Lindqvist | No Comments", tail: tail))
        #expect(post?.date?.iso == "2014-06-30")
        #expect(post?.comments == 0)
    }

    @Test func aDateWithoutAYearIsNoDate() {
        let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | March 9"))
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date == nil)
    }

    @Test func checkSaysTheDateWasNotUnderstood() {
        let capture = Fixtures.parse(Self.page("A Trademark Battle\n\nPosted on February 30, 2017 by Ada Lindqvist"))
        #expect(capture.problems.map(\.message) == ["date not understood: “February 30, 2017”"])
        #expect(capture.problems.first?.line == 8)
        let unreadable = Fixtures.parse(Self.page("A Trademark Battle\n\nPosted on Brumaire 12 by Ada Lindqvist"))
        #expect(unreadable.problems.map(\.message) == ["date not understood: “Brumaire 12”"])
    }

    @Test func theBoxAboutTheAuthorIsNotTextAndNamesTheAuthor() {
        let box = "\nAda Lindqvist\n\nAda is a freelance writer based in Malmö who has blogged since 2004.\n"
        let named = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist", tail: box))
        #expect(named?.body.count == 2)
        #expect(named?.author == "Ada Lindqvist")
        // No byline: the box under the text names the author, and WordPress's
        // long trailer under it the day.
        let trailer = "\nAda Lindqvist (aka ada) is the co-founder of a small press. You can follow her on Mastodon.\n"
            + "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under Personal,\n"
            + "Technology. You can follow any responses to this entry through the RSS 2.0 feed.\n"
        let unnamed = Self.only(Self.page("A Trademark Battle", tail: trailer))
        #expect(unnamed?.author == "Ada Lindqvist")
        #expect(unnamed?.date?.iso == "2012-12-30")
        #expect(unnamed?.body.count == 2)
        // w3m runs the two into one paragraph.
        let glued = Self.only(Self.page("A Trademark Battle", tail: trailer.replacingOccurrences(of: "Mastodon.\n", with: "Mastodon. ")))
        #expect(glued?.date?.iso == "2012-12-30")
        // A paragraph about someone else is the article's.
        let other = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist",
                                        tail: "\nBo Svensson is a freelance lawyer, and he won the case in the end.\n"))
        #expect(other?.body.count == 3)
    }

    /// A w3m capture: no headings, a search box, a link to the next post,
    /// a headline as long as a sentence, a sign-off after a heading.
    @Test func aPageWithoutHeadingsGivesItsHeadlineAndItsSignOff() {
        let page = """
            Search for: [                    ] [Search]

            Try Our Product

            « An older post
            Solidify your web skills in two days at our conference »

            Facebook and Publishers: A fix for direct traffic from the mobile app

            Yesterday, Facebook announced a number of new tools for publishers, as part of a long effort.

            We know that people have a lot of questions about this, and we are happy to answer them.

            Related

            Parse.ly, December 11, 2014

            Leave a Reply
            """
        let post = Self.only(page)
        #expect(post?.title == "Facebook and Publishers: A fix for direct traffic from the mobile app")
        #expect(post?.author == "Parse.ly")
        #expect(post?.date?.iso == "2014-12-11")
        #expect(post?.body.map(\.text.first) == ["Y", "W"])
    }

    /// The article's date set as a badge, a word a line.
    @Test func aDateSetAsABadgeDatesTheArticle() {
        let post = Self.only(Self.page("Beauty Blog\n\n29\nMai\n2013\n\nLieblingsstück: die iPhone-Hülle von Iphoria"))
        #expect(post?.title == "Lieblingsstück: die iPhone-Hülle von Iphoria")
        #expect(post?.date?.iso == "2013-05-29")
        #expect(post?.body.count == 2)
    }

    /// A news layout: a headline, a dek that reads as a sentence, the
    /// byline, and tags in capitals.
    @Test func theHeadlineIsNotItsDekNorItsTags() {
        let dek = "A former convent converted into a lavish 20-room resort, this Italian sanctuary is blessed with heavenly views"
        let post = Self.only(Self.page("Monastero Santa Rosa on the Amalfi Coast\n\n\(dek)\n\nby Kelly Badal\n\n"
                                       + "HOTELS ITALY SPAS TRAVEL AMALFI COAST"))
        #expect(post?.title == "Monastero Santa Rosa on the Amalfi Coast")
        #expect(post?.author == "Kelly Badal")
        #expect(post?.body.count == 2)
    }

    /// lynx sets a news page's kicker, headline and dek as three headings.
    /// A newspaper's headline over two deks, each longer than the line
    /// above it, signed by two authors and the dateline's city; its tags,
    /// a caption and buttons come before the text, related news after it.
    @Test func ofAHeadlineAndTwoDeksTheHeadlineIsTheTitle() {
        let text = """
               * [1]Sanidad
               * [2]Consumo
               Más temas »

            Las listas de espera se agravan

            Los recortes elevan la demora para operarse un 125% en año y medio

            El número de pacientes que aguardan más de 180 días para entrar en quirófano crece un 178%

               [3]María R. Sahuquillo / [4]Emilio de Benito Madrid [5]27 OCT 2012 -
               12:14 CET

            Archivado en:

                 * [6]Sanidad pública
                 * [7]Listas espera

               Sala de espera de un ambulatorio madrileño. / GORKA LEJARCEGI

               [8]Recomendar en Facebook 0
               [9]Twittear [10]0
               [11]Enviar a LinkedIn 0

               La lista de espera para operarse ha crecido un 125% en año y medio en los hospitales públicos
               españoles, según los datos que las comunidades autónomas han enviado al ministerio este mes.

               Los recortes en la sanidad pública han llevado a muchas comunidades a cerrar quirófanos por las
               tardes y a reducir el personal, lo que alarga la espera de los pacientes en toda España.

            NOTICIAS RELACIONADAS

               Selección de temas realizada automáticamente con

                 * [12]Hachazo de 5.000 millones a la sanidad

            References

               1. https://elpais.com/sanidad
               2. https://elpais.com/consumo
            """
        let post = Self.only(text)
        Self.expectHead(post, "Las listas de espera se agravan", "María R. Sahuquillo / Emilio de Benito", "2012-10-27")
        let body = post?.body.map(\.text).joined(separator: "\n") ?? ""
        #expect(body.hasPrefix("La lista de espera para operarse"), "\(body)")
        #expect(!body.contains("Selección de temas"))
    }

    /// Names of code in a title are no breadcrumb; a dek under it is no
    /// title; the previous post's link over `トップに戻る` is no text.
    @Test func aTitleOfCodeNamesOverItsDek() {
        let text = """
            Toggle navigation

              • About
              • Blog

            data / newtype / type の使い方

            Haskell でデータ型を定義する 3 つの方法

            Posted by Mizunashi Mana on June 14, 2020

            Haskell プログラミングにおいて，データ型は非常に重要な役割を持つ．データ型は，扱うデータ
            をプログラミング上で安全かつ容易に加工するために用いられる．

            Haskell には，データ型を新たに定義する方法が3つある．今回は，それぞれどういう使い方をする
            のか，どういう違いがあるのかについて見ていきたいと思う．

            The Haskell 2010 Report defines the data, newtype and type declarations in its fourth
            chapter, which this post follows with an example for each of the three declarations.

            Haskell AntennaのCI/CDをGitHub Actionsに移行する
            トップに戻る
            Strict拡張を使用する際の注意点

            © Mizunashi Mana 2020
            """
        let post = Self.only(text)
        #expect(post?.title == "data / newtype / type の使い方")
        #expect(post?.author == "Mizunashi Mana")
        let body = post?.body.map(\.text).joined(separator: "\n") ?? ""
        #expect(body.contains("今回は"))
        #expect(!body.contains("Haskell Antenna"), "\(body)")
    }

    /// A sidebar's latest posts, a title over a date each, before the
    /// article: they are no posts, and no title of theirs is an author.
    @Test func aListOfTitlesAndDatesIsNoPost() {
        let text = """
               * Blogs
               hunter-boots
                   Rubber boots reach new heights
                   18. Dezember 2014, 17:34 Suzy Menkes latest blog entry
               8_credit_damiani
                   Dancing Jewels
                   16. Dezember 2014, 14:45 Suzy Menkes about the design inspirations
               credit_venturelli
                   CANDY CRUSH: Who will win the fashion version?
                   15. Dezember 2014, 10:30 There are more designers and executives moving
                   around the big houses than ever, and the changes are not over […]
               Alle Blogs

            Die Redaktion zeigt ihre Christmas Sweater

               Von Hella Schneider, 24. Dezember 2014

               Sie können ironisch-unschön, lustig und überraschend, aber auch
               klassisch-traditionell sein, doch das Wichtigste ist, dass sie gemütlich
               sind, Spaß machen und uns an die schönsten Tage des Jahres erinnern.

               Die Tradition des Weihnachtspullovers ist eine recht junge, erst in den
               80er-Jahren wurde er in Amerika zum Kult, und heute trägt ihn jeder gern.
            """
        let post = Self.only(text)
        #expect(post?.title == "Die Redaktion zeigt ihre Christmas Sweater")
        #expect(post?.author == "Hella Schneider")
    }

    /// A Pelican index in lynx: a day header with the category over each
    /// title, tags, a teaser cut short; CJK lines lynx could not wrap; the
    /// pages' links at the end.
    @Test func anIndexOfTeasersCutShortUnderDayHeaders() {
        let cjk = String(repeating: "中文輸入我用嘸蝦米，在打中英文切換時候，很容易打出這東西，", count: 2)
        let text = """
               Nov 04, 2015 in [1]Coding

            [2]Customize Django User Model

               [3]zh [4]django [5]python

               Django 帳號的欄位定義在 [6]User 中，\(cjk)
                 * 指定 Group 和 Permission
                 * 帳 …

               Sep 27, 2015 in [7]Bioinfo

            [8]FASTA/Q sequence processing toolkit -- seqtk

               [9]en [10]seqtk

               This post demonstrates the FASTQ to FASTA conversion and sequence
               quality check using seqtk, and what the quality scores of a read say.

               [11]← Previous Page 5 of 6 [12]Next →

            References

               1. https://blog.example.org/category/coding.html
            """
        let posts = Fixtures.parse(text).posts
        #expect(posts.map(\.title) == ["Customize Django User Model", "FASTA/Q sequence processing toolkit -- seqtk"])
        #expect(posts.map(\.date?.iso) == ["2015-11-04", "2015-09-27"])
        #expect(posts.allSatisfy { !$0.isFullText })
        #expect(posts.last?.summary?.hasSuffix("what the quality scores of a read say.") == true)
        // w3m's rendering: no headings, and the CJK teasers read as titles.
        var w3m = "Nov 04, 2015 in Coding\n\n用 Django 與 SQLite 架抽籤網站\n\nzh django\n\n"
            + "把之前用 Flask 架的抽籤網站改用 Django 實作，也藉這個機會比較一下兩個 Framework\n設計概念的不同。\n\n"
        w3m += "Sep 28, 2015 in Coding\n\nDatetime in SQLite and Python\n\nzh python\n\n"
            + "整理在 Python 中處理時區的問題，並如何自 SQLite 存取考慮時區的時間\n\n← Previous Page 5 of 6 Next →\n"
        #expect(Fixtures.parse(w3m).posts.map(\.title) == ["用 Django 與 SQLite 架抽籤網站", "Datetime in SQLite and Python"])
    }

    /// A short review found by its byline, an advert's label in it, and a
    /// footer's teaser with more text than the review and no byline.
    @Test func aPostFoundByItsBylineOutweighsALongerRunWithout() {
        var text = Self.page("Clymer workshop manual review\n\n13/06/2014 Tony Carter All, Books, Kit Reviews",
                             tail: "\n                  Advert\n\nThe manuals can save you a small fortune, and the gratification makes them worth it.\n")
        text += (1...14).map { "\nMenu item \($0)\n" }.joined() + "\nWORLD LAUNCH: First impressions of the Africa Twin\n\n"
        for n in 1...7 {
            text += "Footer paragraph \(n) of the site, which tells you about the magazine and its many offers at length.\n\n"
        }
        text += "Copyright © Mortons Media Group Ltd, Media Centre, Morton Way, Horncastle, Lincolnshire\n"
        let post = Self.only(text)
        #expect(post?.title == "Clymer workshop manual review")
        #expect(post?.author == "Tony Carter")
        #expect(post?.body.map(\.text).contains("Advert") == false)
    }

    /// Titles in scripts without capitals, and ending in a closing
    /// guillemet, are titles; a link ending in `»` is none.
    @Test func titlesInEveryScriptAndWithQuotesAreTitles() {
        for title in ["엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유", "53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»"] {
            #expect(Self.only(Self.page("\(title)\n\nBy Ada Lindqvist | March 9, 2017"))?.title == title)
        }
        #expect(PageParser.titleScore(PageParser.Group(lines: 0..<1, text: "Solidify your web skills at PyCon 2013 »", indent: 0,
                                                       isHeading: false, isBullet: false)) == nil)
    }

    @Test func sharingButtonsEndTheArticle() {
        let page = Self.page("A Trademark Battle\n\nBy Ada Lindqvist",
                             tail: "  * Facebook\n  * Twitter\n  * E-mail\n\nOur Newsletter\n\nJoin over 500 readers who get our tips, delivered right to your inbox once a week.\n")
        #expect(Self.only(page)?.body.count == 2)
    }

    /// A menu item over the title printed with its date reads, in the
    /// sample's layout, as a post with an unmarked byline; on a page of menus
    /// it is none, and the menus are not reported.
    @Test func aMenuItemOverADatedTitleDoesNotMakeThePageTheSamples() {
        let menu = ["Steve Mnuchin", "Cryptocurrencies", "Deutsche Bank", "Banks", "Hedge Funds", "Careers"]
        let text = menu.map { "  • \($0)\n" }.joined() + "\n  • Home\n  • Opening Bell\nOpening Bell 11.18.19\n\n"
            + "T-Swift is beefing with The Carlyle Group, and the markets are having none of it this morning.\n\n"
            + "Stocks rose on Monday as investors waited for news of the trade talks, which went on all weekend.\n"
        let capture = Fixtures.parse(text)
        #expect(!capture.problems.contains { $0.message.contains("no readable byline") }, "\(capture.problems)")
    }

    /// The title printed twice with its date, its dek, the author and the
    /// date under labels, and the dek again: a post of the title's day,
    /// whose newsletter's call to sign up, over its signature, is no text.
    @Test func aTitlePrintedTwiceWithItsDateIsDatedByItself() {
        let text = """
              • Steve Mnuchin
              • Cryptocurrencies
              • Deutsche Bank
              • Hedge Funds
              • Careers

              • Home
              • Opening Bell
            Opening Bell 11.18.19

            Opening Bell 11.18.19

            T-Swift is beefing with The Carlyle Group ... what a time to be alive ...

            Author:
                   The Water Coolest

            Publish date:
                   Nov 18, 2019

            T-Swift is beefing with The Carlyle Group ... what a time to be alive ...

              •
              •

            Brace yourself, Swifties: Taylor Swift might not be able to perform all of her hits due to a legal
            dispute with Scooter Braun, which owns her former record label, Big Machine Label Group.

            Moving forward, Swift has a new record deal in place with Universal Music Group, and The Carlyle
            Group will be left to wonder what went wrong.

            There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily
            newsletter delivered to your inbox daily.

            By
            The Water Coolest

              •
              •

            Related

              • Opening Bell 10.29.19
            """
        let post = Self.only(text)
        Self.expectHead(post, "Opening Bell 11.18.19", "The Water Coolest", "2019-11-18")
        let body = post?.body.map(\.text).joined(separator: "\n") ?? ""
        #expect(body.contains("Moving forward"), "\(body)")
        #expect(!body.contains("plenty more"))
    }

    @Test func readingTimesAndCopyrightLinesAreNoText() {
        let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist | March 9, 2017\n\nTempo de leitura: 2 minutos",
                                       tail: "\nCopyright 2019 Hawaii News Now. All rights reserved. Any reuse needs our written permission.\n"))
        #expect(post?.body.count == 2, "\(post?.body.map(\.text) ?? [])")
        let html = HTMLPages.page("<p>6 minute read</p>" + HTMLPages.paragraphs
                                  + "<p>Copyright 2019 Hawaii News Now. All rights reserved. Any reuse needs our written permission.</p>")
        #expect(HTMLPage.parse(bytes: Array(html.utf8), file: "p.html").posts.first?.body.count == 2)
    }

    @Test func aPageOfMenusSaysItHoldsNoPostInOneLine() {
        let capture = Fixtures.parse("The Weekly Blog\n\n  * Home\n  * About\n  * Contact\n\nSearch\n")
        #expect(capture.posts.isEmpty)
        #expect(capture.problems.map(\.description) == ["t.txt:1: no post found on this page"])
    }

    /// `Date Чт. 13 Март 2014 Tags Ansible` (Pelican): a date's label and a
    /// two-letter weekday name no one, and a title of capitalised words over
    /// such a byline is the title, not the author's name alone.
    @Test func aLabelledDateNamesNoOneAndLeavesTheTitleAboveIt() {
        let page = """
            [17]Тестирование Ansible Playbook

               Date Чт. 13 Март 2014 Tags [18]Ansible

               Давно хотел сделать авто-тестирование целостности развертывания, производимого с помощью Ansible.

               Вот наконец до этого дошли руки, и теперь всё проверяется само при каждом изменении.

            """
        let post = Self.only(Self.page(page))
        #expect(post?.title == "Тестирование Ansible Playbook")
        #expect(post?.author == nil)
        #expect(post?.date?.iso == "2014-03-13")
    }

    /// w3m numbers no link: a page's code keeps its indexes, where lynx's
    /// numbers (`[17]Title`, before a word) are taken out.
    @Test func indexesInCodeAreNoLinkNumbers() {
        let head = "How I Read The Parts Of A Line\n\nPosted by Ada Lindqvist on April 5, 2020\n"
        let post = Self.only(Self.page(head, tail: "\n    split_res[1] = split_res[1][:-1]\n"))
        #expect(post?.body.contains { $0.text == "split_res[1] = split_res[1][:-1]" } == true, "\(post?.body.map(\.text) ?? [])")
        let lynx = Self.only(Self.page("[17]How I Read The Parts Of A Line\n\n   Posted by Ada Lindqvist on April 5, 2020\n"))
        #expect(lynx?.title == "How I Read The Parts Of A Line")
    }

    /// Hugo's Even theme: a table of contents between the date and the
    /// text, and the author signing under it, past the last heading.
    @Test func aTableOfContentsLeadsToTheTextAndTheAuthorSignsBelow() {
        let page = """
            初学爬虫小记

               2021-02-01
               [10]工程
               spinner.svg times read

            Contents

                 *
                      + [11]起因
                      + [12]爬 manga1001.com
                      + [12]爬 manhuagui.com
                           o [12]Step 1
                           o [12]Step 2
                           o [12]Step 3
                           o [12]Step 4
                           o [12]Step 5
                      + [12]后记

            起因

               补完的番，感觉真好看啊，漫画也不错，就打算补补的生肉漫画，但是这网站广告特别多，还会检测我的拦截器。

            后记

               写这篇博客比玩爬虫本身还累啊，看来我果然不适合写作文，不过这篇博客很大程度上也是写给自己看的。

               Author tom0727

               License [29]CC BY-SA 4.0

            References

               10. https://example.org/categories/
               11. https://example.org/#a
               12. https://example.org/#b
               29. https://creativecommons.org/licenses/by-sa/4.0/

            """
        let post = Self.only(page)
        #expect(post?.title == "初学爬虫小记")
        #expect(post?.author == "tom0727")
        #expect(post?.date?.iso == "2021-02-01")
        #expect(post?.body.contains { $0.text.hasPrefix("写这篇博客") } == true)
    }

    /// Hexo's Matery theme, as lynx sets it: the title a heading, its tags
    /// and category under it, then the labelled date; the author after the text.
    @Test func aHeadingOverItsTagsAndCategoryIsTheTitle() {
        let page = """
            面向对象编程的理解

               [7]Java [8]面向对象编程
               [9]编程之道
               发布日期: 2018-10-21
               文章字数: 1.2k

            面向过程思想概述

               面向着具体的每一个步骤和过程，把每一个步骤和过程完成，然后由这些功能方法相互调用，完成需求，这就是面向过程的思想。

               当需求单一，或者简单时，我们一步一步去操作没问题，并且效率也挺高，可随着需求的更改，功能的增多，就麻烦了。

               文章作者: [10]blinkfox

            References

                7. https://example.org/tags/Java/
                8. https://example.org/tags/oop/
                9. https://example.org/categories/
               10. https://example.org/about

            """
        let post = Self.only(page)
        #expect(post?.title == "面向对象编程的理解")
        #expect(post?.author == "blinkfox")
        #expect(post?.date?.iso == "2018-10-21")
    }

    /// Pelican's index: each teaser has three paragraphs or more, cut with
    /// ` ...` or not, and a `more ...` link under it.
    @Test func aTeaserUnderWhichMoreLinksToThePostIsASummary() {
        let teaser = { (title: String, day: Int) in """
            \(title)

            Date Чт. \(day) Март 2014 Tags Ansible

            Давно хотел сделать авто-тестирование целостности развертывания, производимого с помощью Ansible.

            Вот наконец до этого дошли руки.

            Точнее, руки до этого дошли еще в середине 2013 года, но тогда я собрал все это с помощью костылей.

            more ...

            """ }
        let posts = Fixtures.parse(teaser("Тестирование Ansible Playbook", 13) + teaser("Влияние курсов Cisco на психику", 5)).posts
        #expect(posts.count == 2)
        #expect(posts.allSatisfy { !$0.isFullText && $0.summary?.hasPrefix("Давно хотел") == true }, "\(posts)")
    }

    /// Hexo's cards, as w3m sets them with no blank line between: the title
    /// printed twice (its image's name, then its link's), a teaser, the date
    /// and category, the tags.
    @Test func cardsWithTheirTitlePrintedTwiceAreEachAPost() {
        let page = """
            Java反射基础 Java反射基础
            反射是 Java 语言的一个特性，它允许程序在运行时获取类的内部信息，并能直接操作任意对象的内部属性及方法。
            2018-10-17 后端
            Java Reflection
            单元测试指南单元测试指南
            一、必要性在我们公司中要做单元测试，确实比较难，因为公司缺少这种氛围，有也只是局部的，大多数工程师没有这方面的习惯和素养，
            很多人都是有一定的抵触的心理。
            2018-11-15 后端
            Java 单元测试
            1 / 5

            """
        let posts = Fixtures.parse(Self.page("Recent posts") + page).posts
        #expect(posts.map(\.title) == ["Java反射基础", "单元测试指南"])
        #expect(posts.map { $0.date?.iso } == ["2018-10-17", "2018-11-15"])
        #expect(posts.allSatisfy { $0.author == nil })
        #expect(posts.last?.summary?.hasPrefix("一、必要性") == true)
        #expect(posts.last?.summary?.contains("Java 单元测试") == false)
    }

    /// Minimal Mistakes as w3m sets it: the title, a dek that is one sentence,
    /// the date with the reading time, the picture's credit, and the author's
    /// box of the sidebar (a line about them, Follow, the links) before the
    /// text.
    @Test func aDekUnderTheTitleAndTheSidebarsAuthorBoxLeadToTheText() {
        let page = """
            Sawdust and Shellac

              • About

            Toggle search Toggle menu

            Knitting Circle

            Starting a knitting circle gave my aunt a new lease on life.

            March 3, 2021 4 minute read

            Photo by Ola Berg on Unsplash
            Ada Lindqvist

            Ada Lindqvist

            :heart: wood / :heart: wool :se: :no: / :heart: boats / Learning the cello

            Follow

              • Malmö, Sweden
              • Website
              • Email
              • Twitter
              • GitHub
              • YouTube

            Subscribe

            I send email when I have something new to share. No spam; unsubscribe at any time.

            When you start a circle, one of the harder things to judge is whether anybody will come at all.

            Feedback is scarce, so it can be hard to know whether the evening you arranged means something to the people who came to it.

            Then one day I heard about my own circle from the least likely person, and it changed how I see the whole thing.

            """
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.title) == ["Knitting Circle"])
        #expect(posts.first?.author == "Ada Lindqvist")
        #expect(posts.first?.date?.iso == "2021-03-03")
        let text = posts.first?.body.map(\.text) ?? []
        #expect(text.contains { $0.hasPrefix("When you start a circle") }, "\(text)")
        #expect(!text.contains { $0.contains(":heart:") || $0.contains("Unsplash") }, "\(text)")
    }

    /// Chorus (The Verge) as w3m sets it: the headline, its comment count,
    /// the dek, and the byline with the author's handle glued to the name.
    @Test func aCommentCountUnderTheHeadlineMakesTheLineBelowItsDek() {
        let page = Self.page("""
            Owls return to the city parks after forty years away

            New, 15 comments

            The birds left when the old elms came down in the eighties

            By Ada Lindqvist@adalind Nov 19, 2019, 7:53pm EST

            Share this story
            """)
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.title) == ["Owls return to the city parks after forty years away"])
        #expect(posts.first?.author == "Ada Lindqvist")
        #expect(posts.first?.comments == 15)
    }

    /// Kinja: headlines of other posts with their authors and dates, then
    /// the post, whose byline gives a day of the week and a time only.
    @Test func aBylineWithOnlyAWeekdayAndATimeHeadsAPostWithNoDate() {
        let page = """
            Recent from Ada Lindqvist

            Why the Ferry Timetable Changed Again This Spring

            Ada Lindqvist

            11/12/19 4:40PM

            Harbour

            The Lighthouse Keepers Who Never Left Their Island

            Ada Lindqvist

            Monday 5:30PM

            Filed to:islands

            The last keepers of the northern light were meant to leave in 1998, when the lamp was made automatic, and yet three of them stayed on.

            Nobody asked them to go, and nobody asked them to stay; they simply kept the logbook going, as their fathers had.

            Today the island has a café, a ferry twice a day in summer, and the same three names in the logbook.

            """
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.title) == ["The Lighthouse Keepers Who Never Left Their Island"])
        #expect(posts.first?.author == "Ada Lindqvist")
        #expect(posts.first.map { $0.date == nil } == true)
    }

    /// Hakyll (haskell-jp) as w3m sets it: the title, a subtitle in Japanese
    /// that is longer than it, and the byline.
    @Test func aLongSubtitleInJapaneseIsADekNotTheTitle() {
        let page = """
              • About
              • Blog

            型クラスと辞書

            型クラスの仕組みを辞書渡しの変換から順を追って理解する方法

            Posted by Ada Lindqvist on April 05, 2020

            型クラスは Haskell の特徴の一つですが、その実装は辞書と呼ばれるレコードを関数に渡す変換として説明できます。この記事ではその変換を順に見ていきます。

            まず、単純な Eq クラスの例から始めましょう。インスタンスごとに辞書が一つ作られ、関数はそれを引数として受け取ります。

            """
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.title) == ["型クラスと辞書"])
        #expect(posts.first?.author == "Ada Lindqvist")
        #expect(posts.first?.date?.iso == "2020-04-05")
    }

    /// Chorus (SB Nation) as lynx sets a post of notes in a list: the list's
    /// long lines outnumber the paragraphs, and still the headline is a
    /// heading and the paragraphs text. The count is no title; the dek, a
    /// sentence, is none either.
    @Test func aPostMostlyInListItemsKeepsItsHeadline() {
        let item = (1...6).map { n in
            "     * Note \(n): the second line of defence played more snaps than ever this season, and it\n"
                + "       showed in the last quarter, when the starters were tired and the bench kept going.\n"
        }.joined(separator: "\n")
        let text = """
               * [1]Masthead

            Ravens' defensive snap counts and notes: Week 11

               New, 6 comments

               The Ravens' defense is dealing with a bunch of injuries right now.

               By [2]Ada Lindqvist Nov 18, 2019, 11:47am EST

               Below, we look at the snap counts on defense for the Ravens' Week 11 game against the Gulls.

            \(item)
               That is all for this week, and the numbers will be back after the next game on Sunday.

            References

               1. https://example.com/masthead
               2. https://example.com/authors/ada
            """
        // w3m sets the same with no indents, links or references.
        let w3m = text.components(separatedBy: "References")[0]
            .replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop { $0 == " " } }.joined(separator: "\n")
        for page in [text, w3m] {
            let post = Self.only(page)
            #expect(post?.title == "Ravens' defensive snap counts and notes: Week 11")
            #expect(post?.author == "Ada Lindqvist")
            #expect(post?.comments == 6)
        }
    }

    /// A page with no byline whose article has lists between its sections
    /// (what to eat, what not to), then its reviews (`Отзывы`) and a
    /// sidebar of teasers: the article ends at the reviews.
    @Test func theReviewsUnderAnArticleEndIt() {
        let list = { (items: [String]) in items.map { "  • \($0)" }.joined(separator: "\n") }
        let page = """
              • Главная
              • Все диеты

            Гречневая диета - минус пять килограмм за неделю

            Эта диета пришла к нам из деревни и в своей основе содержит гречку, которую едят три раза в день.

            Диета противопоказана при болезнях желудка, и перед её началом стоит поговорить с врачом.

            Список разрешенных продуктов:

            \(list(["любая гречка (и ядрица и продел)", "любой кефир (но не больше литра)", "зелёные овощи в любом виде",
                    "несладкий чай и кофе", "вода без газа и с газом"]))

            Список запрещенных продуктов:

            \(list(["сахар в любом виде", "хлеб и булки из белой муки", "алкоголь в любом виде",
                    "жирное мясо и колбасы", "сладкие фрукты и соки"]))

            Пить можно и обычную, и минеральную воду, и чай, и кофе, но без сахара и без молока.

            Через неделю вес уходит, но возвращается, если сразу вернуться к прежней еде без меры.

            Выходить из диеты надо медленно: каждый день добавлять по одному продукту из запрещенного списка.

            Отзывы

            Добавить отзыв

            Самые популярные диеты

            Белковая диета

            Популярная диета при активном ритме жизни. Результаты заметны уже через неделю, и это правда.

            """
        let post = Self.only(page)
        #expect(post?.title == "Гречневая диета - минус пять килограмм за неделю")
        let text = post?.body.map(\.text).joined(separator: "\n") ?? ""
        #expect(text.contains("Эта диета пришла") && text.contains("Через неделю вес уходит"), "\(text)")
        #expect(!text.contains("Популярная диета"), "\(text)")
    }

    /// Nikola's index: each post's title, its author on a line of their
    /// own, the day with its time. A title of two words is still one there,
    /// where a commenter's name over a time would not be.
    @Test func aShortTitleOverItsAuthorAndATimedDateIsAPost() {
        let post = { (title: String, day: String) in """
            \(title)

            Ada Lindqvist

            \(day)

            Today I decided to try out a new language, and this post is about the first week of it, with notes.


            """ }
        let posts = Fixtures.parse(post("Learning a Programming Language", "Feb 14, 2014 09:14 AM")
                                   + post("Go Learn", "Sep 8, 2013 04:33 PM")).posts
        #expect(posts.map(\.title) == ["Learning a Programming Language", "Go Learn"])
        #expect(posts.map(\.author) == ["Ada Lindqvist", "Ada Lindqvist"])
    }

    /// Slate as lynx sets it: the headline, a dek of two sentences set as a
    /// heading, the byline with the year glued to the time, and a box of
    /// links to other reviews inside the article, which goes on under it.
    @Test func aBoxOfLinksInsideAnArticleIsSkippedAndTheTextGoesOn() {
        let text = """
               * [1]Book Review

                                   The Forgetting of Ada Lindqvist

            I wanted to learn why a beloved poet fell into obscurity after her death. I did not expect to bring her books back.

               By [2]Bo Berg
               Nov 15, 20195:45 AM

               Three years ago, over breakfast, a friend handed me a book of poems that set me off on a long search for its author.

            More on Slate Book Review

                1. How to Read a Long Poem Slowly 2. The Fifty Best Books of the Past Years
                3. A Poet and Her Editor on Refusing to Tidy Up

               The poems were out of print, and used copies of the slim paperback from 1985 started at two hundred dollars online.

            References

               1. https://example.com/books
               2. https://example.com/authors/bo
            """
        let post = Self.only(text)
        #expect(post?.title == "The Forgetting of Ada Lindqvist")
        #expect(post?.author == "Bo Berg")
        #expect(post?.date?.iso == "2019-11-15")
        let body = post?.body.map(\.text).joined(separator: "\n") ?? ""
        #expect(body.contains("The poems were out of print"), "\(body)")
        #expect(!body.contains("How to Read a Long Poem"), "\(body)")
    }

    /// Pelican's index as w3m sets it: each card's date, its title, its
    /// tags, its teaser. A teaser that ends as a sentence in Chinese (`。`)
    /// or is cut short (`Among all …`) is no title of the card below it.
    @Test func aTeaserEndingInAFullStopOrCutShortIsNoTitle() {
        let page = """
            Ada's Blog

            About | Talks | Archives

            Oct 04, 2015 in Coding

            數位時代的生氣

            zh

            在數位時代，很用力地的生氣是件很困難的事，因為溝通媒介就不太鼓勵這種事，我們只好忍住。

            Sep 22, 2015 in Coding

            PNG Optimizer

            zh png

            部落格剛成立總是特別興奮，測了一下瀏覽像這樣的網站要用多少頻寬。首頁能壓在
            600KB 左右，因為文章 summary 裡面暫時還沒圖 …

            Sep 21, 2015 in Coding

            設定部落格筆記

            zh pelican blog python

            Blog 對我來說，最重要的就是書寫的舒適度。

            一開始在設定 github CNAME 的時候就訂為 blog.example.tw，但一直以來都只是個一頁式
            的自我介 …

            ← Previous Page 5 of 6 Next →

            """
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.title) == ["數位時代的生氣", "PNG Optimizer", "設定部落格筆記"])
    }

    /// Minimal Mistakes' list of recent posts: each title, its date with the
    /// reading time, its teaser of one sentence. A title that reads as a
    /// name (`Flashing Georgi Firmware`) under the teaser before it is the
    /// next post's title, not its author.
    @Test func aTitleThatReadsAsANameUnderATeaserIsTheNextPost() {
        let page = """
            Recent posts

            Steno Gaming: Doom Typist

            June 7, 2022 20 minute read

            Demon hordes are no match for steno chords!

            Flashing Georgi Firmware

            May 18, 2022 9 minute read

            Make your steno keyboard do your bidding by codifying your preferences.

            Play Classic Doom on a Mac

            May 13, 2022 6 minute read

            Send Doomguy to hell without having to migrate to Windows.

            """
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.title) == ["Steno Gaming: Doom Typist", "Flashing Georgi Firmware", "Play Classic Doom on a Mac"])
        #expect(posts.allSatisfy { $0.author == nil })
        #expect(posts.first?.summary == "Demon hordes are no match for steno chords!")
    }

    /// A town hall's news page in Portuguese as lynx sets it: the title, the
    /// byline starting with its date, the text, with no blank line between,
    /// the archive's months in the sidebar, and `Voltar` before the footer.
    /// `05/10/2018` is the fifth of October there: the page names its months
    /// in a language that writes the day first.
    @Test func aDateInFiguresIsReadInTheOrderOfThePagesLanguage() {
        let text = """
                 * [1]Abril (7)
                 * [2]Março (11)

               Atendimento Domiciliar registra arrombamento em dois veículos
               05/10/2018 - Publicado por: Ada Lindqvist - Categoria: [3]Saúde -
               Tags: [4]sad [5]veiculo
               A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o
               arrombamento de dois dos cinco automóveis da unidade, que estavam sem
               as baterias e com marcas de depredação.

               Voltar

               Jaraguá do Sul - SC - Caixa Postal 421 - Fone: (047) 2106-8000

            References

               1. https://example.gov.br/2018/04
               2. https://example.gov.br/2018/03
               3. https://example.gov.br/saude
               4. https://example.gov.br/tag/sad
               5. https://example.gov.br/tag/veiculo
            """
        let post = Self.only(text)
        #expect(post?.title == "Atendimento Domiciliar registra arrombamento em dois veículos")
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2018-10-05")
        #expect(post?.body.map(\.text).joined().contains("Caixa Postal") == false)
    }

    /// A magazine's blog page: the post names no author, and the blog's box
    /// in the sidebar names its one author (`von Ada Lindqvist`).
    @Test func aBlogsOneAuthorInTheSidebarWroteAPostThatNamesNoOne() {
        let page = Self.page("Lieblingsstück: die Hülle von Iphoria\n\n29. Mai 2013, 12:34", tail: """

            Kategorie: Nagellack

            Kommentare

            Beauty Blog

            Ada Lindqvist

            von Ada Lindqvist

            Kategorien dieses Blogs

            """)
        let post = Self.only(page)
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2013-05-29")
        // Two names on the page: which wrote it is not known.
        let two = page.replacingOccurrences(of: "Kategorien dieses Blogs", with: "von Bo Berg\n\nKategorien dieses Blogs")
        #expect(Self.only(two).map { $0.author == nil } == true)
    }

    /// The Kitchn: the title over a series' name that reads as a name, the
    /// text, a call to send in one's own with its question, then past the
    /// related posts the box about the author with the post's day.
    @Test func theAuthorsBoxPastTheArticleSignsAndDatesIt() {
        let page = """
              • Kitchens

            Before & After: Small Details Made a Big Difference

            Reader Kitchen Remodel

            Kaycee shared her kitchen remodel with us as part of our contest earlier this year, and it shows how much small changes can do.

            Doesn't it look so much fresher? Kaycee writes that the cabinets were in good shape, but that they needed a few improvements.

            Have a remodel or a DIY project to share with us?

            Submit it here!

            You Might Also Like

            Categories

            Ada Lindqvist

            Ada is a contributing editor for The Kitchn. A former editor at a magazine, she loves solving people's problems.

              • 12.18.14 10:00AM

            """
        let post = Self.only(page)
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2014-12-18")
        #expect(post?.body.contains { $0.text.contains("Have a remodel") } == false, "\(post?.body ?? [])")
    }

    /// Apartment Therapy: a draw to enter closes the text right before the
    /// series' other posts, and the author's box names her in its first
    /// sentence rather than at its start.
    @Test func aLongCallToActionBeforeTheRelatedPostsAndABoxThatNamesTheAuthorLater() {
        let page = """
            Interactive Children's Books to Give This Year

            These books are full of flaps, holes and wheels, and they keep small hands and curious minds busy for hours on end.

            This is one of the most creative interactive books I've ever seen. Children can move the pictures around to change each scene.

            Treat yourself after all this shopping! Enter for a chance to win $1500 to spend on custom furniture. It's our little gift to you!

            More posts in this series

            Ada Lindqvist

            As Apartment Therapy's Family Editor, Ada covers design and modern home life with children, and lives in Brooklyn.

              • 12.16.14 9:30AM

            """
        let post = Self.only(page)
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2014-12-16")
        #expect(post?.body.contains { $0.text.contains("Treat yourself") } == false, "\(post?.body ?? [])")
    }

    /// The Rust blog: the post's text, then the site's footer of short
    /// headings over lists of links and a last line; none of it is text.
    @Test func aFooterOfListsOfLinksPastTheLastParagraphIsNoText() {
        let page = Self.page("Support for let-else statements\n\nJuly 1, 2023 · Ada Lindqvist", tail: """

            Both teams hang out on the chat, so if you would like to get more involved or have any questions, please drop by.

            Get help!

              • Documentation
              • Contact the Team

            Terms and policies

              • Code of Conduct
              • Licenses
              • Logo Policy and Media Guide
              • Security Disclosures

            Maintained by the Team. See a typo? Send a fix here!

            """)
        let post = Self.only(page)
        let body = post?.body.map(\.text) ?? []
        #expect(body.last?.hasPrefix("Both teams hang out") == true, "\(body)")
    }

    /// pv magazine as w3m sets it: an image's caption and its `Share`
    /// buttons come before the text, and the box about the author, who
    /// joined the magazine, names her after it.
    @Test func aCaptionAndItsShareButtonsBeforeTheTextLeadToIt() {
        let page = """
              • Advertise

            South Korea’s roadmap to drive down solar costs

            The government has unveiled a plan to help the industry cut the cost of solar panels by half by 2030, it was announced.

            November 20, 2019 Ada Lindqvist

              • Markets
              • Policy

            Hanwha Q Cells was reportedly the country’s largest cell maker at the end of 2017, with much capacity.

            Image: Hanwha Q cells

            Share

            Icon Facebook Icon Twitter Icon LinkedIn Icon Email

            The ministry has unveiled a plan to help the industry further reduce the costs of solar modules and cells over the next decade.

            The initiative is part of the fourth energy technology plan and roadmap, submitted to the industry's representatives this week.

            Share

            Ada Lindqvist

            Ada joined pv magazine in March 2017. She has been reporting on solar and renewable energy since 2009.

            """
        let post = Self.only(page)
        #expect(post?.author == "Ada Lindqvist")
        #expect(post?.date?.iso == "2019-11-20")
        let body = post?.body.map(\.text) ?? []
        #expect(body.first?.hasPrefix("The ministry has unveiled") == true, "\(body)")
        #expect(!body.contains { $0.contains("joined pv magazine") })
    }

    /// A magazine sets its byline box again inside the text, under the
    /// picture, and a box to share and subscribe between two parts of it.
    @Test func theBylineBoxAndTheShareBoxInsideTheTextAreSkipped() {
        let long = String(repeating: "Researchers around the world are tracing the roots of these receptors in the body. ", count: 14)
        let page = """
            immunology

            Cells That ‘Taste’ Danger Set Off Immune Responses

            By Carrie Arnold

               November 15, 2019
               Taste and smell receptors in unexpected organs monitor the state of the body’s natural microbial health.

               Lungs made from a collection of “tasting” tongues.

            Carrie Arnold

               Contributing Writer

               November 15, 2019

               When the immunologist looked deep inside the lungs of mice infected with influenza, he found cells.

               \(long)

            Share this article

               Get Quanta Magazine delivered to your inbox

               One of life’s fundamental challenges is to find food that’s good to eat and avoid food that isn’t.

               \(long)

            Carrie Arnold

               Contributing Writer

               November 15, 2019

            Share this article

            Newsletter

            """
        let post = Self.only(page)
        #expect(post?.title == "Cells That ‘Taste’ Danger Set Off Immune Responses")
        #expect(post?.author == "Carrie Arnold")
        let body = (post?.body ?? []).map(\.text)
        #expect(body.contains { $0.hasPrefix("When the immunologist") }, "\(body)")
        #expect(body.contains { $0.hasPrefix("One of life’s fundamental") }, "\(body)")
        #expect(!body.contains { $0.contains("Share this article") || $0 == "Contributing Writer" }, "\(body)")
    }

    /// Two posts of an index under the same title, two years apart.
    @Test func twoPostsWithOneTitleOnTwoDaysAreTwo() {
        var page = "Liang2's Blog\n\n  * Home\n  * Archives\n\n"
        for (day, teaser) in [("Sat 20 October 2018", "My new key replaces the one of 2016, which expires at the end of the year, so sign it please."),
                              ("Tue 06 December 2016", "I have made a new GPG key of 4096 bits, and the old one of 2013 is now retired for good.")] {
            page += "GPG Key Transition\n\n   \(day)\n\n   \(teaser)\n\n   Read more\n\n"
        }
        let posts = Fixtures.parse(page).posts
        #expect(posts.map(\.date?.iso) == ["2018-10-20", "2016-12-06"], "\(posts.map(\.title))")
    }

    /// A short title over a date with its time, at the top of the page, is
    /// a post's, not a comment's: comments come after some text.
    @Test func aShortTitleOverATimedDateAtTheTopIsAPost() {
        let page = """
              • FÓRUM

            [pirelli-logo-teste] [carlos_cunha_b] Anuncie no Autoracing agora!

            Classificação NASCAR

            sexta-feira, 22 de outubro de 2010 às 20:13

            Share this on WhatsApp

            Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida, e mais!

            Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR, depois de cada etapa!

            Comentários

            """
        let post = Self.only(page)
        #expect(post?.title == "Classificação NASCAR")
        #expect(post?.date?.iso == "2010-10-22")
        #expect(post?.author == nil)
    }

    /// A newspaper's title over its date, then the picture's caption, the
    /// buttons, the dek and only then the authors.
    @Test func theAuthorsUnderTheCaptionAndTheDekSignThePostAboveThem() {
        for dek in ["Analyse Après une semaine agitée, le Premier ministre s'est offert un succès d'estrade à bon compte.",
                    "Analyse Après une semaine agitée, le Premier ministre s'est offert un succès d'estrade"] {
            let page = """
                Politiques

                Ayrault «assume» et «revendique» sa méthode

                27 octobre 2012 à 18:27 (Mis à jour: 19:56)

                   Jean-Marc Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure. AFP)

                     * Tweeter
                     * Envoyer
                     * Abonnez-vous à partir de 1€

                \(dek)

                   Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse

                   A Toulouse, Jean-Marc Ayrault aura fait deux rappels sur scène. Le premier, seul, une fois son
                   discours sur le «nouveau modèle français» bouclé.

                   Après les turbulences de la semaine, le chef du gouvernement avait bien besoin de cette longue
                   onction militante, et il l'a eue.

                     * Commenter

                """
            let post = Self.only(page)
            #expect(post?.title == "Ayrault «assume» et «revendique» sa méthode")
            #expect(post?.author == "LILIAN ALEMAGNA, LAURE BRETTON")
            #expect(post?.date?.iso == "2012-10-27")
            #expect(post?.body.first?.text.hasPrefix("A Toulouse") == true, "\(post?.body.map(\.text) ?? [])")
        }
    }

    /// A headline whose kicker the page glued to it, printed with its colon
    /// in the page's header, over a date with its update and its source.
    @Test func aGluedKickerTakesItsColonBackAndTheDateWithItsSourceIsRead() {
        let page = """
              * Unternehmen
              * Industrie

             Linde: Gasekonzern muss Teile des US-Geschäfts verkaufen

               weitere Themen

            Linde Gasekonzern muss Teile des US-Geschäfts verkaufen

               23. März 2017 , aktualisiert 23. März 2017, 15:43 Uhr | Quelle: Handelsblatt Online

               Der Linde-Konzern muss sich von Teilen seiner US-Aktivitäten trennen. Den Verkauf machen
               Kartellbehörden zur Bedingung, damit sie die geplante Fusion genehmigen.

               Beim Geschäft mit Industriegasen kommt Linde in den USA auf einen Umsatz von rund zwei Milliarden
               Dollar und beschäftigt in dem Segment etwa 6.000 Mitarbeiter.

               Zur Startseite

            """
        let post = Self.only(page)
        #expect(post?.title == "Linde: Gasekonzern muss Teile des US-Geschäfts verkaufen")
        #expect(post?.date?.iso == "2017-03-23")
        #expect(post?.body.first?.text.hasPrefix("Der Linde-Konzern") == true)
    }

    /// The news ticker under an item: headlines, each over its byline and
    /// time in a list, one of them as wordy as a sentence.
    @Test func aNewsTickerUnderAnItemGivesNoPosts() {
        var page = """
            BREAKING NEWS

            Son of former German president stabbed to death in Berlin

               By JERUSALEM POST STAFF
               NOVEMBER 20, 2019 10:43

               The son of a former president was stabbed to death, while another man was critically injured in an
               attempt to stop the assailant, the radio reported on Wednesday.

               The stabbing occurred during a presentation he led at the clinic in Berlin, where he worked as a
               chief physician. Police arrested a suspect.

            """
        for (headline, by) in [("Liberman: Both parties are to blame for lack of unity government", "JERUSALEM POST STAFF"),
                               ("US Senate unanimously passes Hong Kong rights bill", "REUTERS"),
                               ("Netanyahu, Katz: 'There will be no Likud primaries in case of elections'", "JERUSALEM POST STAFF"),
                               ("Netanyahu, Gantz meeting ends after one hour, no immediate statement", "JERUSALEM POST STAFF")] {
            page += "   \(headline)\n\n     * By \(by)\n     * 11/20/2019 01:16 AM\n\n"
        }
        let post = Self.only(page + "   Subscribe for our daily newsletter\n")
        #expect(post?.author == "JERUSALEM POST STAFF")
        #expect(post?.isFullText == true)
        #expect(!(post?.body ?? []).contains { $0.text.contains("Liberman") || $0.text.contains("Netanyahu") })
    }

    /// Korean wraps at spaces, as Latin does; the column is signed by its
    /// author's name, role and address on the line under the text's last;
    /// `ⓒ` is `©`.
    @Test func aKoreanColumnSignedWithAnAddressUnderItsText() {
        let page = """
              * 드라마
              * 예능

               엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유

               기사입력 :[ 2018-08-25 15:24 ]

               [엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터
               비롯됐다. 그건 이 사안을 두고 벌어진 엘제이와 류화영의 진실공방이 어떤 결론을 내더라도 잘못된 일이다.

               사실 남녀 관계라는 것이 당사자들이 아니면 그 속사정을 알기는 어려운 일이다. 게다가 그 사적인 관계의 사안들은 그들 스스로
               해결해야 할 일일 수 있다. 그러니 이러한 공적인 장을 통한 공개와 진실공방은 괜한 피로감만 낳을 수 있는 일이다.
               정덕현 칼럼니스트 thekian1@entermedia.co.kr
               [사진=JTBC, 이매진아시아]
               Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지
               뒤로가기 인쇄하기 목록 Tweet

            """
        let post = Self.only(page)
        #expect(post?.author == "정덕현")
        #expect(post?.date?.iso == "2018-08-25")
        let body = post?.body.map(\.text) ?? []
        #expect(body.contains { $0.contains("공개로부터 비롯됐다") }, "\(body)")
        #expect(!body.contains { $0.contains("thekian1") || $0.contains("Copyright") || $0.contains("뒤로가기") }, "\(body)")
    }

    @Test func aSecondNameUnderAHeadThatNamedTheSiteIsTheWriter() {
        let post = Self.only(Self.page("""
            Monastero Santa Rosa Hotel and Spa on the Coast

            by CH Contributor
            on 04 December 2014

            HOTELS ITALY SPAS TRAVEL RESORTS

            by Kelly Phillips Badal
            """, tail: "\nThe resort will open for the 2015 season on 17 April, with rooms from the old cells of the nuns.\n"
                + "\nSee more photos in the gallery, images by Tanveer Badal\n"))
        Self.expectHead(post, "Monastero Santa Rosa Hotel and Spa on the Coast", "Kelly Phillips Badal", "2014-12-04")
        #expect(post?.body.map(\.text).contains { $0.contains("HOTELS") || $0.contains("See more photos") } == false,
                "\(post?.body.map(\.text) ?? [])")
    }

    /// w3m's page of a gallery (Vogue): cards of other posts with their
    /// days, the breadcrumb as a list, the title, and one paragraph that
    /// opens with the day.
    @Test func theLastLinkOfABreadcrumbListIsTheTitleAndTheDayOpensTheText() {
        let text = """
                Dancing Jewels

                16. Dezember 2014, 14:45 Suzy Menkes about Damiani's design inspirations

                Alle Blogs

              • Home
              • Mode
              • Die Redaktion zeigt ihre Christmas Sweater

            Die Redaktion zeigt ihre Christmas Sweater

            24. Dezember 2014 Weihnachten Sie können ironisch-unschön, lustig und überraschend, aber auch klassisch-traditionell sein, doch das Wichtigste ist, dass sie gemütlich sind, die Pullover, in denen wir es uns an den Feiertagen gemütlich machen.

              •
              • Twittern

            """
        let post = Self.only(text)
        #expect(post?.title == "Die Redaktion zeigt ihre Christmas Sweater")
        #expect(post?.date?.iso == "2014-12-24")
    }

    /// A Nikkei column in lynx: the writer's rank and name under the title,
    /// the topics one to a line, the day; a box about saving articles, the
    /// buttons to share, the opening, and the notice that the rest is for
    /// subscribers.
    @Test func theTopicsAndTheWriterBetweenATitleAndItsDayAndAPaywalledOpening() {
        let text = """
            米朝首脳直通電話　習氏に挑むトランプ戦術の成否
            編集委員　中沢克二

                      北朝鮮
                      トランプ政権
                      南北首脳会談
                      経済
                      朝鮮半島

                      （1/3ページ）
                      2018/6/19 5:50

               記事保存

               有料会員の方のみご利用になれます。保存した記事はスマホやタブレットでもご覧いただけます。

               ＞ ログイン
               閉じる

            共有

                 *
                 *
                 *

            文字サイズ

               　６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと北朝鮮委員長の金正恩（キム・ジョンウン）ばかりではなかった。中国国家主席、習近平（シー・ジンピン）も重要な陰の参戦者だった。核放棄を巡って「検証可能な」の文字がない合意に至ったのは、米韓軍事演習の中止にまで踏み込んだ一方的譲歩であり、後ろ盾だった中国の習近平も満足する内容だった。

               　その判断は…

               ［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。

               無料・有料プランを選択

            """
        let post = Self.only(text)
        Self.expectHead(post, "米朝首脳直通電話　習氏に挑むトランプ戦術の成否", "中沢克二", "2018-06-19")
        #expect(post?.isFullText == false)
        #expect(post?.summary?.contains("歴史的な米朝首脳会談") == true, "\(post?.summary ?? "")")
        #expect(post?.summary?.contains("有料会員") == false, "\(post?.summary ?? "")")
    }

    /// Pelican's index in w3m: each card its day, title, tags and teaser;
    /// a teaser that reads as a title is not the next card's.
    @Test func anIndexOfCardsWithTheDayOverTheTitleKeepsThatOrder() {
        let text = """
            Oct 04, 2015 in Coding

            用 Django 與 SQLite 架抽籤網站

            zh django sqlite python

            把之前用 Flask 架的抽籤網站改用 Django 實作，也藉這個機會比較一下兩個 Framework 設計概念的不同。

            Sep 28, 2015 in Coding

            Datetime in SQLite and Python

            zh datetime pytz sqlite python

            整理在 Python 中處理時區的問題，並如何自 SQLite 存取考慮時區的時間

            Sep 28, 2015 in Coding

            用 Flask 與 SQLite 架抽籤網站

            zh flask sqlite jinja2 python

            目標其實是 Django + Django ORM + PostgreSQL，不過一次接觸太多會有反效果，先操作比較簡單的才好上手。

            """
        let posts = Fixtures.parse(text).posts
        #expect(posts.map(\.title) == ["用 Django 與 SQLite 架抽籤網站", "Datetime in SQLite and Python", "用 Flask 與 SQLite 架抽籤網站"])
    }

    /// Enfold's byline, its fields apart by slashes, under the title of a
    /// post told in captions, one ending in a tilde.
    @Test func aBylineSetWithSlashesIsNoBreadcrumb() {
        let text = """
            Blog - Latest News
            jdadmin

            [The Palace] The Beauty of Korea Revealed at the Festival! To the Actual Scene!

            October 15, 2018/0 Comments/in Jeongdong Perfomance News /by jdadmin

            @noksutagram <The Palace> ‘2018 Welcome Daehak-ro Festival’ Performance

            2018 Jeongdong Theater Tradition Series Performance

            <The Palace: Tale of Jang Noksu>

            The refreshing autumn sky!

            This is Daehak-ro Marronnier Park where the air is filled with the scent of fall~

            The reason we came to Marronnier Park!

            It’s because <The Palace> was part of the opening ceremony of the festival which will be held until October 31st 2018!

            Shall we go back in time to visit the actual scene of the festival?

            For this opening ceremony, Jeongdong Theater prepared three items under the title of our traditional performance!

            """
        let post = Self.only(text)
        #expect(post?.title == "[The Palace] The Beauty of Korea Revealed at the Festival! To the Actual Scene!")
        #expect(post?.author == "jdadmin")
        #expect(post?.body.map(\.text).contains { $0.hasSuffix("scent of fall~") } == true, "\(post?.body.map(\.text) ?? [])")
    }

    @Test func aWriterInCapitalsWithTheOutletOverTheDay() {
        let post = Self.only(Self.page("A Trademark Battle\n\nVICTOR TANGERMANN, FUTURISM\n\n18 NOV 2019"))
        Self.expectHead(post, "A Trademark Battle", "VICTOR TANGERMANN", "2019-11-18")
    }

    @Test func aRetailersDisclosureAndTheSitesTermsAreNoText() {
        for tail in ["Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.",
                     "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy"] {
            let post = Self.only(Self.page("A Trademark Battle\n\nBy Ada Lindqvist\nMarch 9, 2017", tail: "\n\(tail)\n"))
            #expect(post?.body.count == 2, "\(post?.body.map(\.text) ?? [])")
        }
    }

    /// Autoracing in w3m: an advert's line over the headline, the day, and
    /// a calendar set one stage to a line before the text.
    @Test func anAdvertOverTheHeadlineAndALineWithASlashAreNoTitles() {
        let text = """
              • FÓRUM

            [pirelli-logo-teste] [carlos_cunha_b] Anuncie no Autoracing agora!

            Calendário Stock Car 2018

            segunda-feira, 22 de janeiro de 2018 às 0:13
            Share this on WhatsApp
            StockCar

            1a etapa: 10 de março – Interlagos
            2a etapa: 8 de abril – Curitiba / Alternativa
            3a etapa: 22 de abril – Velopark
            4a etapa: 06 de maio – Londrina

            A categoria divulgou o calendário em janeiro, e ele está sujeito a inúmeras alterações feitas pelo organizador ao longo do ano.

            As etapas marcadas a divulgar terão o local anunciado nas próximas semanas, segundo a organização da categoria.

            """
        let post = Self.only(text)
        #expect(post?.title == "Calendário Stock Car 2018")
        #expect(post?.date?.iso == "2018-01-22")
    }

    /// Hexo in w3m, which sets no headings: the title, its tags, its
    /// category, and the day under them.
    @Test func withoutHeadingsTheLongerLineOverTagsAndACategoryIsTheTitle() {
        let text = """
            闪烁之狐

            面向对象编程的理解

            Java 面向对象编程
            编程之道
            发布日期: 2018-10-21
            文章字数: 1.2k

            面向着具体的每一个步骤和过程，把每一个步骤和过程完成，然后由这些功能方法相互调用，完成需求。

            当需求单一，或者简单时，我们一步一步去操作没问题，并且效率也挺高。可随着需求的更改，功能的增多，发现需要面对每一个步骤很麻烦了。

            """
        let post = Self.only(text)
        #expect(post?.title == "面向对象编程的理解")
        #expect(post?.date?.iso == "2018-10-21")
    }
}
