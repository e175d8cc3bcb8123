import Testing
@testable import FolioModel

@Suite struct SampleCapture {
    let capture = Fixtures.sample()

    @Test func readsEveryPostWithItsBylineExactly() {
        let expected: [(String, String, String, Int?)] = [
            ("Chinese-Russian Relations Enter Cyberspace", "Misha Glenny", "2014-10-24", nil),
            ("Whatever Happened to the End of History?", "Roderick Parkes", "2014-10-23", 2),
            ("Judy Asks: Will Elections Help or Hinder Ukraine?", "Judy Dempsey", "2014-10-22", 1),
            ("Four Reasons Why European Foreign Policy Sleeps", "Jan Techau", "2014-10-21", 1),
            ("Can Merkel Deal With Putin’s Myths?", "Judy Dempsey", "2014-10-20", 2),
            ("Understanding Turkey’s Take on the Islamic State", "Marc Pierini", "2014-10-17", 5),
            ("Full Circle in the Middle East?", "Richard Youngs", "2014-10-16", 1),
            ("Judy Asks: Should Europe Pay to Rebuild Gaza?", "Judy Dempsey", "2014-10-15", 2),
            ("Notes From a Visit to Moscow", "Ulrich Speck", "2014-10-14", 2),
            ("The EU’s Wavering Over Russia", "Judy Dempsey", "2014-10-13", 3),
            ("Kobanê and Beyond: Unfathomable Risks for Turkey and the Kurds", "Marc Pierini", "2014-10-10", 3),
            ("Sanctions and the OSCE’s Mission in Ukraine", "Judy Dempsey", "2014-10-09", 1),
            ("Judy Asks: Is TTIP Really a Strategic Issue?", "Judy Dempsey", "2014-10-08", 1),
            ("Welcome to the Bubble, Mrs. Mogherini", "Jan Techau", "2014-10-07", 1),
            ("The West Is Losing Russia", "Judy Dempsey", "2014-10-06", 8),
            ("Parliamentary Elections Will Deepen Divisions in Ukraine", "Gwendolyn Sasse", "2014-10-03", 2),
            ("Germany’s Grounded Planes and Soldiers", "Judy Dempsey", "2014-10-02", 8),
            ("Judy Asks: Is Renzi’s Italy Back in the EU Game?", "Judy Dempsey", "2014-10-01", 1),
            ("A Battle Plan for NATO’s New Secretary General", "Jan Techau", "2014-09-30", 3),
            ("NATO Stays Far Away From the Islamic State", "Judy Dempsey", "2014-09-29", 1),
        ]
        #expect(capture.posts.count == 20)
        for (post, want) in zip(capture.posts, expected) {
            #expect(post.title == want.0)
            #expect(post.author == want.1)
            #expect(post.date?.iso == want.2)
            #expect(post.comments == want.3, "\(post.title)")
        }
        #expect(capture.problems.isEmpty)
    }

    @Test func hasEightAuthorsWithJudyDempseyFirst() {
        let authors = Corpus(captures: [capture]).authors
        #expect(authors.count == 8)
        #expect(authors[0].name == "Judy Dempsey" && authors[0].count == 10)
        #expect(authors[1].name == "Jan Techau" && authors[1].count == 3)
    }

    @Test func keepsTheFeaturedPostInFullWithItsThreePullQuotes() {
        let featured = capture.posts[0]
        #expect(featured.isFullText)
        #expect(featured.summary == nil)
        #expect(featured.source == SourceLocation(file: "seeds/000_3ae1642338b2fb30.txt", line: 1))
        let paragraphs = featured.body.filter { $0.kind == .paragraph }.map(\.text)
        let quotes = featured.body.filter { $0.kind == .pullquote }.map(\.text)
        #expect(paragraphs.count == 17)
        #expect(quotes == [
            "For #China, #Euromaidan is more dangerous than the pro-Russian rebels.",
            "While the West and Russia play chicken over #Ukraine, Putin is deepening relations with China.",
            "Steps toward global Web governance are disappearing like footprints in the snow.",
        ])
        let openings = paragraphs.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(openings == [
            "The biggest winner", "Unless the Ukraine", "China is not", "The Chinese Communist",
            "Yet to the", "On balance, the", "The introduction of", "And Putin needs", "But Putin is",
            "Putin also knows", "Above all, he", "And so while", "Now, Russia and", "The deepening cooperation",
            "China and Russia", "Until the Ukraine", "But such tentative",
        ])
        #expect(paragraphs.last == "But such tentative steps toward a global governance of the Internet are now disappearing like footprints making way for a fresh, hard snowfall. If the Ukraine crisis remains unresolved and relations between Russia and the West worsen further, the implications will be grim in several unexpected areas. Among the most damaging effects of this trajectory could be the emergence of a solid Sino-Russian bloc on the Internet.")
        // The quote sits between the fifth and sixth paragraphs, as on the page.
        #expect(featured.body[5] == Block(.pullquote, quotes[0]))
        #expect(!featured.body.contains { $0.text.contains("Tweet This") })
    }

    @Test func keepsTeasersAsSummaries() {
        let teasers = capture.posts.dropFirst()
        #expect(teasers.allSatisfy { !$0.isFullText && $0.summary != nil })
        #expect(capture.posts[1].summary == "Tensions in eastern Ukraine do not mark the start of a new cold war. But they may be the prelude to a global conflict that is deeper, wider, and colder still.")
        #expect(capture.posts[1].source.line == 49)
    }

    @Test func keepsTheBlogAndNoFurniture() {
        #expect(capture.site?.name == "Strategic Europe")
        #expect(capture.site?.description.hasPrefix("Judy Dempsey’s Strategic Europe offers insightful analysis") == true)
        let everything = capture.posts.flatMap { [$0.title, $0.summary ?? ""] + $0.body.map(\.text) }
        for furniture in ["Subscribe Today", "Carnegie Europe Rue du Congrès", "Please note", "您离开", "About Strategic Europe"] {
            #expect(!everything.contains { $0.contains(furniture) }, "\(furniture)")
        }
    }
}
