import Testing
@testable import FolioModel
@testable import FolioReader

/// Links opened and copied, and a post handed on: what the state asks the loop to do.
@Suite struct LinksAndHandingOn {
    static let post: Post = {
        var post = Post(title: "Sanctions and the OSCE", author: "Judy Dempsey", date: CalendarDate(year: 2014, month: 10, day: 9),
                        body: [Block(.paragraph, "The OSCE monitors and the EU sanctions meet here."),
                               Block(.paragraph, "A planted link and a mail.")],
                        links: [Link(text: "OSCE monitors", url: "https://osce.org/monitors"), Link(text: "EU sanctions", url: "http://eu.example/s"),
                                Link(text: "planted link", url: "file:///etc/passwd"), Link(text: "mail", url: "mailto:judy@example.org")],
                        source: SourceLocation(file: "pages/osce.html", line: 12))
        post.link = "https://carnegie.example/osce"
        return post
    }()

    var start: ReaderState {
        var corpus = Corpus()
        corpus.add(Self.post)
        var settings = ReaderSettings()
        settings.saveFolder = "~/Downloads"
        return ReaderState(corpus: corpus, width: 100, height: 30, settings: settings)
    }

    @Test func oOpensThePostAndANumberItsLinkAndOnlyWebSchemesGoOut() {
        #expect(ReaderFixtures.effects(start, .character("o")) == [.open(url: "https://carnegie.example/osce")])
        #expect(ReaderFixtures.effects(start, .character("2"), .character("o")) == [.open(url: "http://eu.example/s")])
        // A number then Enter, as lynx numbers links.
        let entered = ReaderFixtures.run(start, [.character("4"), .enter])
        #expect(entered.effects == [.open(url: "mailto:judy@example.org")])
        #expect(entered.state.viewport.mode == .browse)
        let planted = ReaderFixtures.run(start, [.character("3"), .character("o")])
        #expect(planted.effects.isEmpty)
        #expect(planted.state.status.message?.hasPrefix("Not opened: folio opens only http, https") == true)
        #expect(ReaderFixtures.press(start, .character("9"), .character("o")).status.message == "No link [9]: the post has 4")
        #expect(!LinkPolicy.isOpenable("https://a.example/x y") && !LinkPolicy.isOpenable("https://a.example/\u{1B}]0;x"))
        #expect(!LinkPolicy.isOpenable("javascript:alert(1)") && LinkPolicy.isOpenable("gemini://x.example/"))
    }

    @Test func capitalOListsTheLinksAndEnterOpensTheOneChosen() {
        let picker = ReaderFixtures.press(start, .character("O"))
        guard case .links(let links) = picker.overlay else { Issue.record("no picker"); return }
        #expect(links.links.count == 4)
        #expect(picker.screen.text.contains("[2]") && picker.screen.text.contains("http://eu.example/s"))
        #expect(ReaderFixtures.effects(picker, .character("j"), .enter) == [.open(url: "http://eu.example/s")])
        #expect(ReaderFixtures.press(picker, .escape).overlay == .none)
    }

    @Test func yCopiesOnlyWhenTheConfigSaysSo() {
        let off = ReaderFixtures.run(start, [.character("y")])
        #expect(off.effects.isEmpty)
        #expect(off.state.status.message == "Copying is off: osc52 = true under [links] in the config turns it on")
        var on = start
        on.settings.copyWithOSC52 = true
        #expect(ReaderFixtures.effects(on, .character("y")) == [.copy("https://carnegie.example/osce")])
        #expect(ReaderFixtures.effects(on, .character("O"), .character("y")) == [.copy("https://osce.org/monitors")])
    }

    @Test func pipeHandsTheTextOrWithTabTheAddressToTheCommandTyped() {
        let prompt = ReaderFixtures.press(start, .character("|"))
        #expect(prompt.screen.line(29).contains("Pipe the text to:"))
        let text = ReaderFixtures.effects(ReaderFixtures.type(prompt, "wc -w"), .enter)
        guard case .pipe(let command, let input)? = text.first else { Issue.record("no pipe"); return }
        #expect(command == "wc -w")
        #expect(input.hasPrefix("Sanctions and the OSCE\nJudy Dempsey · Thursday, October 9, 2014"))
        let link = ReaderFixtures.effects(ReaderFixtures.type(ReaderFixtures.press(prompt, .tab), "cat"), .enter)
        #expect(link == [.pipe(command: "cat", input: "https://carnegie.example/osce\n")])
    }

    @Test func wProposesAFileAndAsksBeforeReplacingOne() {
        let prompt = ReaderFixtures.press(start, .character("w"))
        guard case .search(let save) = prompt.overlay else { Issue.record("no prompt"); return }
        #expect(save.query.text == "~/Downloads/sanctions-and-the-osce.txt")
        let effects = ReaderFixtures.effects(prompt, .enter)
        guard case .save(let path, let text, let overwrite)? = effects.first else { Issue.record("no save"); return }
        #expect(path == "~/Downloads/sanctions-and-the-osce.txt" && !overwrite && text.hasPrefix("Sanctions and the OSCE\n"))
        // Told the file is there: asked, and only y replaces it.
        let asked = ReaderFixtures.press(start, .exists(path: path))
        #expect(asked.screen.line(29).contains("is there: replace it? y/n"))
        guard case .save(_, _, true)? = ReaderFixtures.effects(asked, .character("y")).first else { Issue.record("not replaced"); return }
        #expect(ReaderFixtures.effects(asked, .character("n")).isEmpty)
        #expect(ReaderFixtures.press(start, .saved(path: "/tmp/x.txt")).status.message == "Saved to /tmp/x.txt")
        // A name ending .md: Markdown, links kept.
        let md = ReaderFixtures.effects(ReaderFixtures.type(ReaderFixtures.press(prompt, .control("u")), "/tmp/p.md"), .enter)
        guard case .save(_, let markdown, _)? = md.first else { Issue.record("no save"); return }
        #expect(markdown.hasPrefix("# Sanctions and the OSCE\n\n*Judy Dempsey · 2014-10-09*"))
        #expect(markdown.contains("The [OSCE monitors](https://osce.org/monitors) and the [EU sanctions](http://eu.example/s) meet here."))
    }

    @Test func eEditsTheFileThePostCameFromAtItsLine() {
        #expect(ReaderFixtures.effects(start, .character("e")) == [.edit(file: "pages/osce.html", line: 12)])
    }
}
