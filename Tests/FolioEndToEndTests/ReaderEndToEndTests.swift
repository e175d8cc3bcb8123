import Foundation
import Testing

/// The reader in a real terminal: every key, resizes, signals, terminals.
@Suite(.serialized) struct ReaderInTmux {
    static let header = "Strategic Europe · 20 posts · newest first"

    /// A row of the index: a read mark, then ● or ○.
    static func isIndexRow(_ line: some StringProtocol) -> Bool {
        let c = Array(line.prefix(3))
        return c.count == 3 && (c[1] == "●" || c[1] == "○") && c[2] == " "
    }

    /// The status line, the last non-empty row.
    static func status(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    func expectRestored(_ session: TmuxSession, status expected: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(session.exitStatus(sourceLocation: sourceLocation) == expected, sourceLocation: sourceLocation)
        let screen = session.waitFor("tty modes", sourceLocation: sourceLocation) { $0.contains("modes:") }
        #expect(screen.contains("modes: icanon echo"), sourceLocation: sourceLocation)
        #expect(!screen.contains(Self.header), "the alternate screen was left", sourceLocation: sourceLocation)
        #expect(session.display("#{alternate_on} #{cursor_flag}") == "0 1", sourceLocation: sourceLocation)
    }

    /// A saved HTML page in the reader: its title in the index, its
    /// headings, items and code in the article, nothing of its scripts.
    @Test func readsASavedHTMLPage() throws {
        let page = FolioProcess.repository.appendingPathComponent("Tests/Corpus/hugo-izdwuut-apache-tls/page.html").path
        let s = try TmuxSession(["--no-state", page])
        defer { s.close() }
        s.waitFor("Securing Apache")
        s.send("Enter")
        let article = s.waitFor("the article's first heading") { $0.contains("Issuing the certificate") }
        #expect(article.contains("izdwuut · Monday, March 2, 2020"))
        #expect(!article.contains("<script") && !article.contains("function("))
        // Back to the index, then out.
        s.send("q")
        s.waitFor(" 1/1  index")
        s.send("q")
        expectRestored(s, status: 0)
    }

    /// A folder of many saved pages opens on its first pages; the rest
    /// arrive while the reader is open.
    @Test func aFolderOfManyPagesOpensWhileTheRestIsRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for n in 0..<200 {
            let html = "<!DOCTYPE html><html><body><article><h1>Page \(n) of the folder</h1><p>By Ada Lindqvist, "
                + "March \(1 + n % 28), 2017</p><p>" + String(repeating: "A sentence of the page, with a comma. ", count: 40)
                + "</p></article></body></html>"
            try html.write(to: dir.appendingPathComponent(String(format: "page-%04d.html", n)), atomically: true, encoding: .utf8)
        }
        let s = try TmuxSession(["--no-state", dir.path])
        defer { s.close() }
        s.waitFor("folio · 200 posts")
        s.send("q")
        expectRestored(s, status: 0)
    }

    @Test func opensTheSampleAndQuitsWithQ() throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(Self.header)
        // The posts arrive while the first frame is painted: wait for all 20.
        let screen = s.waitFor(" 1/20  index")
        #expect(screen.contains("Chinese-Russian Relations Enter Cyberspace"))
        s.send("q")
        expectRestored(s, status: 0)
    }

    @Test func vimKeysArrowsAndPagingMoveTheSelection() throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("j", "j", "Down")
        s.waitFor(" 4/20  index")
        s.waitFor("─\n Four Reasons Why European Foreign Policy Sleeps\n")
        s.send("k", "Up")
        s.waitFor(" 2/20  index")
        s.send("G")
        s.waitFor(" 20/20  index")
        s.send("g")
        s.waitFor(" 1/20  index")
        s.send("End")
        s.waitFor(" 20/20  index")
        s.send("Home")
        s.waitFor(" 1/20  index")
        // The stacked index of a 100x30 terminal shows 10 rows: a page is 9.
        s.send("Space")
        s.waitFor(" 10/20  index")
        s.send("PageDown")
        s.waitFor(" 19/20  index")
        s.send("b")
        s.waitFor(" 10/20  index")
        s.send("C-f")
        s.waitFor(" 19/20  index")
        s.send("PageUp")
        s.waitFor(" 10/20  index")
        s.send("C-b")
        s.waitFor(" 1/20  index")
        // Half a page, as in less and vi: 4 of the 9.
        s.send("C-d")
        s.waitFor(" 5/20  index")
        s.send("C-u")
        s.waitFor(" 1/20  index")
        // A count: 15G is post 15, 3j three down.
        s.send("1", "5", "G")
        s.waitFor(" 15/20  index")
        s.send("3", "j")
        s.waitFor(" 18/20  index")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func tabMovesTheKeysToTheArticle() throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("Tab")
        s.waitFor(" 1/20  article")
        s.send("j", "j", "j")
        // The title has scrolled out of the article pane; the index still shows it.
        s.waitFor("title scrolled away") { screen in
            screen.components(separatedBy: "Chinese-Russian Relations Enter Cyberspace").count == 2
                && !screen.contains("Misha Glenny · Friday")
        }
        s.send("g")
        s.waitFor("Misha Glenny · Friday, October 24, 2014")
        s.send("Tab", "j")
        s.waitFor(" 2/20  index")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func enterReadsFullScreenAndEveryWayBackKeepsThePost() throws {
        let s = try TmuxSession(width: 200, height: 50)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("Enter")
        var screen = s.waitFor(" 1/20  reading")
        // A readable measure, centred: the text starts at column 60 of 200.
        let line = screen.split(separator: "\n").first { $0.contains("The biggest winner") }!
        #expect(line.prefix { $0 == " " }.count == 60)
        s.send("J")
        screen = s.waitFor(" 2/20  reading")
        #expect(screen.contains("Whatever Happened to the End of History?"))
        #expect(screen.contains("Only a summary"))
        s.send("J", "K")
        s.waitFor(" 2/20  reading")
        for back in ["q", "Escape", "h", "Left"] {
            s.send(back)
            s.waitFor(" 2/20  index")
            s.send("Enter")
            s.waitFor(" 2/20  reading")
        }
        s.send("K", "K")
        s.waitFor("First post")
        s.send("Space")
        s.waitFor("scrolled a page") { Self.status($0).contains("reading") && !$0.contains("Misha Glenny · Friday") }
        s.send("b")
        s.waitFor("Misha Glenny · Friday")
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func escapeActsAtOnce() throws {
        // curses would wait ESCDELAY (here 5 s) for the rest of a sequence;
        // folio sets its own 25 ms. The bound is generous for a loaded machine.
        let s = try TmuxSession(environment: ["ESCDELAY": "5000"])
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("Enter")
        s.waitFor(" 1/20  reading")
        let start = Date()
        s.send("Escape")
        s.waitFor(" 1/20  index")
        #expect(Date().timeIntervalSince(start) < 2.5)
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func helpShowsTheKeysAndAnyKeyClosesIt() throws {
        // Tall enough for every key at once (a shorter help scrolls: the test at 80x18).
        let s = try TmuxSession(width: 100, height: 50)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("?")
        // Waits for the whole box: a frame can be caught half painted.
        let keys = ["Space PgDn ^F", "half a page down", "next post", "^L", "^C", "q Esc h Left", "next by author", "previous match", "r", "next unread post", "wheel scrolls"]
        s.waitFor("every key in the help") { screen in screen.contains("folio keys") && keys.allSatisfy { screen.contains($0) } }
        s.send("x")
        s.waitFor("help closed") { !$0.contains("folio keys") && $0.contains(" 1/20  index") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func atEightyByEighteenTheHelpScrollsAndQClosesIt() throws {
        let s = try TmuxSession(width: 80, height: 18)
        defer { s.close() }
        s.waitFor(" 1/20  index")
        s.send("?")
        let first = s.waitFor("the help's first page") { $0.contains("folio keys") && $0.contains("j/k scroll  q closes") }
        #expect(first.contains("next post / line down"))
        #expect(!first.contains("quit from anywhere"))
        s.send("G")
        let last = s.waitFor("the help's last page") { $0.contains("quit from anywhere") && $0.contains("wheel scrolls") }
        #expect(!last.contains("next post / line down"))
        s.send("q")
        s.waitFor("help closed") { !$0.contains("folio keys") && $0.contains(" 1/20  index") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func slashFindsInTheArticleAndNWrapsThenGoesOnToTheNextPost() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        s.waitFor(" 1/20  index")
        s.send("Enter", "/")
        s.waitFor("Find: /")
        s.type("putin")
        s.send("Enter")
        s.waitFor(" 1/20  reading") { $0.contains("match 1/9") }
        for _ in 0..<8 { s.send("n") }
        s.waitFor("match 9/9")
        s.send("n")
        s.waitFor("the wrap") { $0.contains("match 1/9") && $0.contains("Search hit bottom, continuing at top") }
        for _ in 0..<8 { s.send("n") }
        s.waitFor("match 9/9")
        s.send("n")
        s.waitFor("the next post with a match") { $0.contains(" 5/20  reading") && $0.contains("match 1/2") }
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func ctrlLRepaintsAScreenSpoiledFromOutside() throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(Self.header)
        // Another program writes over folio's terminal, as `wall` or a stray job would.
        let pid = try #require(s.folioPID())
        let tty = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/1")
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        handle.write(Data("\u{1B}[H\u{1B}[2JSPOILED BY ANOTHER PROGRAM".utf8))
        try handle.close()
        s.waitFor("SPOILED BY ANOTHER PROGRAM")
        s.send("C-l")
        s.waitFor("repainted") { !$0.contains("SPOILED") && $0.contains(Self.header) && $0.contains(" 1/20  index") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func layoutFollowsTheWidthAndVToggles() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        s.waitFor(Self.header)
        #expect(!s.screen().contains("│"))
        s.send("v")
        s.waitFor("side by side") { $0.contains(" │ Chinese-Russian Relations Enter Cyberspace") }
        s.send("v")
        s.waitFor("stacked") { !$0.contains("│") && $0.contains("────") }
        s.resize(width: 160, height: 40)
        s.waitFor("side by side when wide") { $0.contains(" │ Chinese-Russian Relations Enter Cyberspace") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func aResizeReflowsAndKeepsThePostAndThePlace() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("Enter")
        s.waitFor(" 1/20  reading")
        // Scroll a line at a time, each step seen on screen, until a paragraph
        // starts at the top of the article.
        func topRow(_ screen: String) -> String {
            String(screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first ?? "")
        }
        var top = topRow(s.screen())
        for _ in 0..<80 where !top.contains("But Putin is playing") {
            let before = top
            s.send("j")
            top = topRow(s.waitFor("a line scrolled") { topRow($0) != before })
        }
        #expect(top.contains("But Putin is playing"))
        for (w, h) in [(60, 20), (200, 50), (45, 12)] {
            s.resize(width: w, height: h)
            s.waitFor("reflowed to \(w)x\(h)") { screen in
                let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                let textX = (w - min(80, w - 4)) / 2
                return rows.allSatisfy { $0.count <= w } && rows.contains { $0.count > textX + min(80, w - 4) - 20 }
                    && rows.dropFirst().first?.contains("But Putin is playing") == true
                    && Self.status(screen).contains(" 1/20  reading")
            }
        }
        s.resize(width: 30, height: 8)
        s.waitFor("Terminal too small")
        s.resize(width: 100, height: 30)
        s.waitFor("back from too small") { $0.split(separator: "\n").dropFirst().first?.contains("But Putin is playing") == true }
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func postsPipedInOpenTheReaderWithKeysFromTheTerminal() throws {
        let sample = FolioProcess.repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path
        let s = try TmuxSession(["-"], piping: sample)
        defer { s.close() }
        s.waitFor(" 1/20  index")
        s.send("j", "Enter")
        s.waitFor(" 2/20  reading")
        s.send("q", "q")
        let end = s.waitFor("modes:")
        #expect(end.contains("[exit=0]"))
        #expect(end.contains("modes: icanon echo"))
    }

    @Test func aBadPathAmongGoodOnesIsSaidOnTheStatusLineToo() throws {
        let sample = FolioProcess.repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path
        let s = try TmuxSession([sample, "/no/such/file.txt"])
        defer { s.close() }
        let screen = s.waitFor(" 1/20  index")
        #expect(screen.split(separator: "\n").last?.contains("/no/such/file.txt") == true)
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func worksAtFortyByTen() throws {
        let s = try TmuxSession(width: 40, height: 10)
        defer { s.close() }
        let screen = s.waitFor(" 1/20  index")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 40 })
        s.send("j", "Enter")
        s.waitFor(" 2/20  reading")
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func withMouseTheWheelScrollsAndAClickSelectsPastColumn223() throws {
        let s = try TmuxSession(["--mouse"], width: 100, height: 30)
        defer { s.close() }
        s.waitFor(Self.header)
        // SGR (1006) reports, which folio asks for: ESC [ < button ; column ; row, 1-based, M pressed, m released.
        func mouse(_ button: Int, x: Int, y: Int, released: Bool = false) -> String {
            "\u{1B}[<\(button);\(x + 1);\(y + 1)" + (released ? "m" : "M")
        }
        func click(x: Int, y: Int) { s.type(mouse(0, x: x, y: y) + mouse(0, x: x, y: y, released: true)) }
        click(x: 20, y: 5)
        s.waitFor(" 5/20  index")
        s.waitFor("Can Merkel Deal With Putin’s Myths?\n")
        click(x: 20, y: 1)
        s.waitFor(" 1/20  index")
        s.type(mouse(65, x: 20, y: 20))
        s.waitFor("article scrolled by the wheel") { !$0.contains("Misha Glenny · Friday") }
        s.type(mouse(64, x: 20, y: 20))
        s.waitFor("Misha Glenny · Friday")
        s.send("q")
        #expect(s.exitStatus() == 0)
        // Wide: the article pane is on the right, past column 316; X10 reports end at 223.
        let wide = try TmuxSession(["--mouse"], width: 400, height: 30)
        defer { wide.close() }
        wide.waitFor(" 1/20  index")
        wide.type(mouse(0, x: 350, y: 10) + mouse(0, x: 350, y: 10, released: true))
        wide.waitFor(" 1/20  article")
        wide.send("q", "q")
        #expect(wide.exitStatus() == 0)
    }

    @Test(arguments: [("C-c", 130), ("TERM", 143), ("HUP", 129)])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("Enter")
        s.waitFor(" 1/20  reading")
        if signal == "C-c" {
            s.send("C-c")
        } else {
            let pid = try #require(s.folioPID())
            kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        }
        expectRestored(s, status: status)
    }

    /// Every signal that would end folio ends it with the terminal restored.
    @Test(arguments: [("quit", 131), ("USR1", 138), ("ALRM", 142), ("PIPE", 141)])
    func otherEndingSignalsRestoreTheTerminalToo(signal: String, status: Int) throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(Self.header)
        if signal == "quit" {
            s.send("C-\\")
        } else {
            kill(s.folioPID()!, signal == "USR1" ? SIGUSR1 : signal == "ALRM" ? SIGALRM : SIGPIPE)
        }
        expectRestored(s, status: status)
    }

    /// A crash leaves the terminal as it found it and ends folio: Swift's
    /// report is printed and never waits for a key (it asked for one for
    /// 30 s, "Press space to interact"), and a crash signal sent with kill
    /// ends folio too rather than letting it run on off screen.
    @Test(arguments: [("SEGV", 139), ("ABRT", 134)])
    func aCrashReportNeverWaitsForAKey(signal: String, status: Int) throws {
        let s = try TmuxSession(environment: ["SWIFT_BACKTRACE": ""])  // Swift's default, as a person has it
        defer { s.close() }
        s.waitFor(Self.header)
        kill(try #require(s.folioPID(), "folio keeps its name when it starts itself again"), signal == "SEGV" ? SIGSEGV : SIGABRT)
        let screen = s.waitFor("folio to end", timeout: 20) { $0.contains("[exit=") }
        #expect(screen.contains("Backtrace took"))  // the report's last line
        #expect(!screen.contains("Press space"))
        expectRestored(s, status: status)
    }

    /// The sample with a 64 GB hole in it opens whole: G goes to its last post.
    @Test func aCaptureWithAHugeHoleOpensWhole() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let holed = dir.appendingPathComponent("holed.txt").path
        try HostileRuns.writeSampleWithAHole(to: holed)
        let s = try TmuxSession(["--no-state", holed])
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("G")
        s.waitFor("the last post") { $0.contains("20/20") && $0.contains("NATO Stays Far Away From the Islamic State") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    /// A post of 200,000 paragraphs (20 MB) goes to its end, reflows on a
    /// resize and goes half way at once: it is laid out from the paragraph
    /// at the top, not whole on every resize (seconds each).
    @Test func aPostOfHundredsOfThousandsOfParagraphsMovesAndReflowsAtOnce() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("long.txt")
        var text = "• A Post Of Many Paragraphs\n\n    Posted by: Ann Smith October 20, 2030\n\n"
        for n in 0..<200_000 {
            text += "    Paragraph \(n) of the very long post, which goes on and on and on, past seventy columns.\n\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let s = try TmuxSession(["--no-state", file.path])
        defer { s.close() }
        s.waitFor(" 1/1 ", timeout: 20)
        s.send("Enter")
        s.waitFor("reading")
        s.send("G")
        s.waitFor("Paragraph 199999 of", timeout: 5)
        s.resize(width: 60, height: 30)
        s.waitFor("the paragraphs wrapped at 60 columns", timeout: 5) { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("and on and on, past seventy columns.") }
        }
        s.type("50%")
        s.waitFor("Paragraph 10000", timeout: 5)
        s.send("q")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    /// Over 8 MB, the reader opens on a preview; a first post longer than the
    /// preview's piece made it open on the last post instead.
    @Test func aLargeCaptureWithAVeryLongFirstPostOpensOnTheFirstPost() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt")
        var first = "• A Very Long First Post\n\n    Posted by: Ann Smith October 20, 2030\n\n"
        first += String(repeating: "    A paragraph of the long first post, which goes on and on and on.\n\n", count: 3000)
        try first.write(to: file, atomically: true, encoding: .utf8)
        let generator = URL(fileURLWithPath: FolioProcess.binary).deletingLastPathComponent().appendingPathComponent("folio-generate").path
        _ = try FolioProcess.run([], prefix: ["/bin/sh", "-c", "'\(generator)' 9000 3 >> '\(file.path)'; : \"$0\""])
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0) > 8 << 20)
        let s = try TmuxSession(["--no-state", file.path])
        defer { s.close() }
        s.waitFor("the first post, selected") { $0.contains(" 1/") && $0.contains("A Very Long First Post\n") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    /// Over 8 MB, the reader opens on the start while the rest arrives a
    /// piece at a time: 1,000 j typed at once end on post 1,001, and a search
    /// typed at once goes on into every piece.
    @Test func movesAndASearchTypedAtOnceGoOnIntoTheRestAsItArrives() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt")
        let generator = URL(fileURLWithPath: FolioProcess.binary).deletingLastPathComponent().appendingPathComponent("folio-generate").path
        _ = try FolioProcess.run([], prefix: ["/bin/sh", "-c", "'\(generator)' 9000 5 > '\(file.path)'; : \"$0\""])
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0) > 8 << 20)
        // Newest first in the file, as folio sorts them.
        let titles = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .compactMap { $0.drop { $0 == " " }.hasPrefix("• ") ? String($0.drop { $0 == " " }.dropFirst(2)) : nil }
        #expect(titles.count == 9000)
        let s = try TmuxSession(["--no-state", file.path])
        defer { s.close() }
        s.waitFor(String(titles[0].prefix(30)))
        s.type(String(repeating: "j", count: 1000))
        s.waitFor("post 1,001 selected") { $0.contains(" 1001/") && $0.contains(String(titles[1000].prefix(30))) }
        // Nine titles name Talleyrand, one in every thousand posts.
        s.type("/Talleyrand")
        s.send("Enter")
        s.waitFor("all nine found") { $0.contains(" 1/9 ") && $0.contains(String(titles[500].prefix(30))) }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func aHugeLinesOrColumnsIsSaidNotTakenForAnUnknownTerminal() throws {
        let s = try TmuxSession(environment: ["LINES": "100000"])
        defer { s.close() }
        let screen = s.waitFor("modes:")
        #expect(screen.contains("LINES=100000 is more than any terminal has"))
        #expect(screen.contains("[exit=2]"))
    }

    @Test func ctrlSIsAKeyNotFlowControl() throws {
        let s = try TmuxSession()
        defer { s.close() }
        s.waitFor(" 1/20  index")
        s.send("C-s", "j")
        s.waitFor(" 2/20  index")
        s.send("C-q", "j")
        s.waitFor(" 3/20  index")
        s.send("q")
        expectRestored(s, status: 0)
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let s = try TmuxSession(interactiveShell: true)
        defer { s.close() }
        s.waitFor("$")
        s.type(TmuxSession.quote(FolioProcess.binary))
        s.send("Enter")
        s.waitFor(Self.header)
        s.send("j")
        s.waitFor(" 2/20  index")
        s.send("C-z")
        s.waitFor("Stopped")
        s.type("fg")
        s.send("Enter")
        s.waitFor(" 2/20  index")
        s.waitFor(Self.header)
        s.send("q")
        // Quoted apart so that the typed command itself does not read "[exit=".
        s.type("echo \"[ex\"\"it=$?]\"")
        s.send("Enter")
        #expect(s.exitStatus() == 0)
    }

    @Test(arguments: ["xterm", "xterm-256color", "screen", "tmux-256color", "vt100"])
    func worksUnderEachTerminalType(term: String) throws {
        let s = try TmuxSession(term: term)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("j", "Enter")
        s.waitFor(" 2/20  reading")
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test(arguments: [(nil, "TERM is not set"), ("dumb", "cannot move the cursor"), ("nosuchterm", "unknown terminal type “nosuchterm”")] as [(String?, String)])
    func anUnusableTerminalGetsAMessageNotCurses(term: String?, message: String) throws {
        let s = try TmuxSession(term: term)
        defer { s.close() }
        let screen = s.waitFor("modes:")
        #expect(screen.contains("[exit=2]"))
        #expect(screen.contains(message))
        #expect(screen.contains("modes: icanon echo"))
    }

    @Test func coloursOnTheDefaultBackgroundOrNoneWithNoColor() throws {
        let colored = try TmuxSession()
        defer { colored.close() }
        var screen = colored.waitFor("colours", styles: true) { $0.contains("Strategic Europe") }
        #expect(screen.contains("\u{1B}[36m"))  // bylines in the palette's cyan
        // No background colour set: 49, the terminal's own, at most.
        let backgrounds = Self.sgrParameters(screen).filter { (40...48).contains($0) || (100...107).contains($0) }
        #expect(backgrounds.isEmpty, "background colours \(Set(backgrounds))")
        colored.send("q")
        // NO_COLOR set but empty counts for nothing (no-color.org).
        let empty = try TmuxSession(environment: ["NO_COLOR": ""])
        defer { empty.close() }
        #expect(empty.waitFor("colours", styles: true) { $0.contains("Strategic Europe") }.contains("\u{1B}[36m"))
        empty.send("q")
        for setting in [(["--no-color"], [String: String]()), ([], ["NO_COLOR": "1"])] {
            let plain = try TmuxSession(setting.0, environment: setting.1)
            defer { plain.close() }
            screen = plain.waitFor("monochrome", styles: true) { $0.contains("Strategic Europe") }
            // No foreground colour at all (39 is the terminal's own default).
            #expect(!(0...8).contains { screen.contains("\u{1B}[3\($0)m") || screen.contains(";3\($0)m") })
            #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"))  // reverse video remains
            plain.send("q")
            #expect(plain.exitStatus() == 0)
        }
    }

    /// Every parameter of every SGR sequence (`ESC [ … m`) on a screen, with
    /// the colour numbers of 38;5;n and 38;2;r;g;b left out.
    static func sgrParameters(_ screen: String) -> [Int] {
        var out: [Int] = []
        var rest = Substring(screen)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }), rest[end] == "m" else { continue }
            var numbers = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            while let first = numbers.first {
                numbers.removeFirst()
                out.append(first)
                if first == 38 || first == 48 { numbers.removeFirst(numbers.first == 5 ? min(2, numbers.count) : min(4, numbers.count)) }
            }
        }
        return out
    }

    @Test func aBackgroundColourIsSeenByTheColourCheck() {
        #expect(Self.sgrParameters("\u{1B}[4m\u{1B}[1;36;49mx\u{1B}[38;5;45m") == [4, 1, 36, 49, 38])
        #expect(Self.sgrParameters("\u{1B}[0;44mx\u{1B}[48;5;17my").contains { (40...48).contains($0) })
    }

    @Test func contentEscapesAreShownNotObeyed() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "• Evil \u{1B}]0;pwned\u{7}Title \u{1B}[2J\n\n    Posted by: Mallory October 20, 2014\n\n    Body \u{1B}[31mred\u{1B}[0m and \u{202E}reversed.\n\n    More.\n"
        try page.write(to: dir.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let s = try TmuxSession([dir.path])
        defer { s.close() }
        let title = s.display("#{pane_title}")
        let screen = s.waitFor("Evil ^[]0;pwned^GTitle ^[[2J")
        #expect(screen.contains("Body ^[[31mred^[[0m and <U+202E>reversed."))
        #expect(s.display("#{pane_title}") == title)
        #expect(!screen.contains("pwned\n"))
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func withOutputNotATerminalItPrintsTheList() throws {
        let r = try FolioProcess.run([])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 20)
        #expect(!r.stdout.contains("\u{1B}"))
    }
}
