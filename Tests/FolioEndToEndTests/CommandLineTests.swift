import Foundation
import Testing

@Suite struct CommandLine {
    @Test func listsTheSampleWhenNoPathIsGivenFromAnyDirectory() throws {
        for directory in [FolioProcess.repository.path, "/tmp"] {
            let r = try FolioProcess.run(["--list"], directory: directory)
            #expect(r.status == 0)
            let lines = r.stdout.split(separator: "\n")
            #expect(lines.count == 20)
            #expect(lines.first == "2014-10-24  Misha Glenny     -  Chinese-Russian Relations Enter Cyberspace")
            #expect(lines.last == "2014-09-29  Judy Dempsey     1  NATO Stays Far Away From the Islamic State")
        }
    }

    @Test func alignsColumnsByDisplayWidth() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "• 漢字の題\n\n  Posted by: 王小明 October 20, 2014 12\n\n  S.\n\n• Plain\n\n  Posted by: Ann October 19, 2014 3\n\n  S.\n"
        try page.write(to: dir.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let r = try FolioProcess.run(["--list", dir.path])
        #expect(r.stdout == "2014-10-20  王小明  12  漢字の題\n2014-10-19  Ann      3  Plain\n")
    }

    @Test func readsARealPageWhosePostsNameNoAuthor() throws {
        let page = "Tests/Corpus/jekyll-binlog-index/w3m.txt"
        let list = try FolioProcess.run(["--list", "--no-state", page], directory: FolioProcess.repository.path)
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").first == "2020-08-20  -  -  Tensorflow + PyTorch in 10 minutes")
        let json = try FolioProcess.run(["--json", "--no-state", page], directory: FolioProcess.repository.path)
        let posts = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let first = (posts["posts"] as! [[String: Any]])[0]
        #expect(first["author"] is NSNull)
        #expect(first["date"] as? String == "2020-08-20")
        let authors = try FolioProcess.run(["--authors", "--no-state", page], directory: FolioProcess.repository.path)
        #expect(authors.stdout == "no author  4\n")
    }

    /// Saved HTML is read by its content, whatever its name, beside text
    /// captures in one folder and from standard input.
    @Test func readsSavedHTMLPagesBesideTextCaptures() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = FolioProcess.repository.appendingPathComponent("Tests/Corpus")
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("hugo-izdwuut-apache-tls/page.html"),
                                         to: dir.appendingPathComponent("saved.htm"))
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("jekyll-binlog-index/w3m.txt"),
                                         to: dir.appendingPathComponent("index.txt"))
        let list = try FolioProcess.run(["--list", "--no-state", "--sort", "title", dir.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("2020-03-02  izdwuut  -  Securing Apache on Ubuntu 18.04 with a Let's Encrypt TLS certificate"))
        #expect(list.stdout.contains("Tensorflow + PyTorch in 10 minutes"))
        let html = try Data(contentsOf: dir.appendingPathComponent("saved.htm"))
        let json = try FolioProcess.run(["--json", "--no-state", "-"], stdin: html)
        let posts = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["posts"] as! [[String: Any]]
        let kinds = Set((posts[0]["body"] as! [[String: Any]]).compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["paragraph", "heading", "code"]))
    }

    /// libxml2, and the ICU it brings, are loaded when a page or a feed is
    /// read, not at every start: text captures, `--version` and the reader's
    /// first screen of an archive go without them (glibc's loader says what
    /// it loads, under LD_DEBUG).
    @Test func libxml2IsLoadedOnlyForPagesAndFeeds() throws {
        let corpus = FolioProcess.repository.appendingPathComponent("Tests/Corpus")
        let loads = ["LD_DEBUG": "files"]
        let capture = try FolioProcess.run(["--list", "--no-state", FolioProcess.sample], environment: loads)
        #expect(capture.status == 0)
        #expect(capture.stdout.contains("Chinese-Russian Relations Enter Cyberspace"))
        #expect(capture.stderr.contains("file=libncursesw.so.6"))
        #expect(!capture.stderr.contains("libxml2"))
        let page = try FolioProcess.run(["--list", "--no-state", corpus.appendingPathComponent("hugo-izdwuut-apache-tls/page.html").path],
                                        environment: loads)
        #expect(page.status == 0)
        #expect(page.stdout.contains("Securing Apache on Ubuntu 18.04"))
        #expect(page.stderr.contains("file=libxml2.so.2"))
    }

    /// A machine without libxml2 (here: a loader that will not open it)
    /// still reads text captures, and says of each page and feed why it is
    /// not read, naming the file: no crash.
    @Test func withoutLibxml2PagesAndFeedsAreProblemsNotCrashes() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("refuse.c")
        try """
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <string.h>
            void *dlopen(const char *file, int mode) {
                void *(*real)(const char *, int) = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
                return file != NULL && strstr(file, "libxml2") != NULL ? NULL : real(file, mode);
            }
            """.write(to: source, atomically: true, encoding: .utf8)
        let shim = dir.appendingPathComponent("refuse.so").path
        let built = try FolioProcess.run([], prefix: ["/bin/sh", "-c", "cc -shared -fPIC -o \"$1\" \"$2\" -ldl", "sh", shim, source.path])
        #expect(built.status == 0, "\(built.stderr)")
        let corpus = FolioProcess.repository.appendingPathComponent("Tests")
        let page = corpus.appendingPathComponent("Corpus/hugo-izdwuut-apache-tls/page.html").path
        let feed = corpus.appendingPathComponent("Feeds/reader-miniflux-golem/feed.xml").path
        let refused = ["LD_PRELOAD": shim]
        let check = try FolioProcess.run(["--check", "--no-state", page, feed, FolioProcess.sample], environment: refused)
        #expect(check.status == 1, "\(check.stderr)")
        for file in [page, feed] {
            #expect(check.stdout.contains(file + ":1: libxml2 cannot be loaded"), "\(check.stdout)")
        }
        let list = try FolioProcess.run(["--list", "--no-state", page, FolioProcess.sample], environment: refused)
        #expect(list.status == 0)
        #expect(list.stdout.contains("Chinese-Russian Relations Enter Cyberspace"))
        #expect(list.stderr.contains("1 problem in the captures"))
    }

    /// libxml2 would write its own errors to stderr (under curses, on the
    /// screen): only folio speaks, in its own words.
    @Test func aPageInTheWrongCharsetIsReadAndOnlyFolioSpeaks() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("sjis.html")
        let bytes = Array("<!DOCTYPE html><html><head><meta charset=\"shift_jis\"></head><body><article><h1>Title</h1><p>".utf8)
            + [0x82, 0xFF, 0xFF, 0x82] + Array(" a text long enough to be the text of the post, and more.</p></article></body></html>".utf8)
        try Data(bytes).write(to: page)
        let list = try FolioProcess.run(["--list", "--no-state", page.path])
        #expect(list.stdout.hasSuffix("Title\n"))
        #expect(list.stderr == "folio: 1 problem in the captures; folio --check lists them\n")
        let check = try FolioProcess.run(["--check", "--no-state", page.path])
        #expect(check.stdout == "\(page.path):1: bytes that are not shift_jis; read as Windows-1252\n")
    }

    @Test func checkSaysInOneLineThatAPageHoldsNoPost() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let menu = dir.appendingPathComponent("menu.txt")
        try "The Weekly Blog\n\n  * Home\n  * About\n  * Contact\n\nSearch\n".write(to: menu, atomically: true, encoding: .utf8)
        let r = try FolioProcess.run(["--check", "--no-state", menu.path])
        #expect(r.status == 1)
        #expect(r.stdout == "\(menu.path):1: no post found on this page\n")
    }

    @Test func printsJSONWithSourcesAsGiven() throws {
        let r = try FolioProcess.run(["--json", "seeds"], directory: FolioProcess.repository.path)
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let posts = json["posts"] as! [[String: Any]]
        #expect(posts.count == 20)
        #expect((posts[0]["source"] as! [String: Any])["file"] as? String == "seeds/000_3ae1642338b2fb30.txt")
        #expect((json["site"] as! [String: Any])["name"] as? String == "Strategic Europe")
    }

    @Test func showsOnePostWrappedToTheWidth() throws {
        let r = try FolioProcess.run(["--show", "merkel", "--width", "40"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Can Merkel Deal With Putin’s Myths?")
        #expect(lines[1] == "Judy Dempsey · Monday, October 20, 2014")
        #expect(lines[2] == "· 2 comments")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(r.stdout.contains("Only a summary"))
        let byNumber = try FolioProcess.run(["--show", "1", "--width", "60"])
        #expect(byNumber.stdout.contains("  ┃ For #China, #Euromaidan is more dangerous than the"))
        #expect(!byNumber.stdout.contains("Tweet This"))
    }

    @Test func anAmbiguousPieceOfATitleListsTheCandidates() throws {
        let r = try FolioProcess.run(["--show", "judy asks"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("matches 4 posts"))
        #expect(r.stderr.contains("Judy Asks: Is TTIP Really a Strategic Issue?"))
        #expect(r.stdout.isEmpty)
        #expect(try FolioProcess.run(["--show", "99"]).status == 1)
        // The numbers are aligned: one digit or two, the titles start in one column.
        let rows = r.stderr.split(separator: "\n").dropFirst()
        #expect(rows.contains { $0.hasPrefix("   3  Judy Asks") } && rows.contains { $0.hasPrefix("  13  Judy Asks") })
    }

    @Test func outputOptionsThatContradictEachOtherAreAUsageErrorNamingBoth() throws {
        for (arguments, named) in [(["--list", "--json"], ["--list", "--json"]), (["--authors", "--show", "2"], ["--show", "--authors"]),
                                   (["--check", "--json"], ["--json", "--check"]), (["--mark-read", "1", "--list"], ["--mark-read", "--list"]),
                                   (["--mark-unread", "2", "--json"], ["--mark-unread", "--json"])] {
            let r = try FolioProcess.run(arguments + ["--no-state"])
            #expect(r.status == 64, "\(arguments)")
            #expect(named.allSatisfy { r.stderr.contains($0) } && r.stderr.contains("contradict"), "\(arguments): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let width = try FolioProcess.run(["--show", "1", "--width", "-5"])
        #expect(width.status == 64)
        #expect(width.stderr.contains("--width must be at least 1"))
    }

    @Test func versionAndTheKeys() throws {
        let version = try FolioProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        let help = try FolioProcess.run(["--help"])
        #expect(help.stdout.contains("folio " + version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(help.stdout.contains("--version"))
        let keys = try FolioProcess.run(["--keys"])
        #expect(keys.stdout.contains("Read marks\n"))
        #expect(keys.stdout.contains("next unread post"))
    }

    @Test func theListHasTheSameColumnsWithOrWithoutMarksAndMarksWhenAsked() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try FolioProcess.run(["--list", "--state-dir", dir.path]).stdout
        #expect(try FolioProcess.run(["--mark-read", "2", "--state-dir", dir.path]).status == 0)
        let after = try FolioProcess.run(["--list", "--state-dir", dir.path]).stdout
        #expect(after == before)
        #expect(before.hasPrefix("2014-10-24  Misha Glenny"))
        let marked = try FolioProcess.run(["--list", "--marks", "--state-dir", dir.path]).stdout.split(separator: "\n")
        #expect(marked[0].hasPrefix("N 2014-10-24") && marked[1].hasPrefix("  2014-10-23"))
        let unread = try FolioProcess.run(["--list", "--unread", "--state-dir", dir.path]).stdout.split(separator: "\n")
        #expect(unread.count == 19)
        let json = try FolioProcess.run(["--json", "--unread", "--state-dir", dir.path]).stdout
        let posts = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any])["posts"] as! [[String: Any]]
        #expect(posts.count == 19 && posts.allSatisfy { $0["read"] as? Bool == false })
    }

    @Test func filtersByAuthorAndSearchIgnoringCaseAndAccents() throws {
        let dempsey = try FolioProcess.run(["--list", "--author", "dempsey"])
        #expect(dempsey.stdout.split(separator: "\n").count == 10)
        let milosevic = try FolioProcess.run(["--list", "--search", "milosevic"])
        #expect(milosevic.stdout.split(separator: "\n").count == 1)
        let shown = try FolioProcess.run(["--show", "1", "--author", "pierini"])
        #expect(shown.stdout.hasPrefix("Understanding Turkey’s Take on the Islamic State"))
    }

    @Test func sortsAndReverses() throws {
        let titles = try FolioProcess.run(["--list", "--sort", "title"]).stdout.split(separator: "\n")
        #expect(titles.first?.hasSuffix("A Battle Plan for NATO’s New Secretary General") == true)
        let reversed = try FolioProcess.run(["--list", "--reverse"]).stdout.split(separator: "\n")
        #expect(reversed.first?.hasPrefix("2014-09-29") == true)
        let comments = try FolioProcess.run(["--list", "--sort", "comments"]).stdout.split(separator: "\n")
        #expect(comments.first?.hasSuffix("The West Is Losing Russia") == true)
    }

    @Test func countsPostsPerAuthor() throws {
        let r = try FolioProcess.run(["--authors"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.first == "Judy Dempsey     10")
    }

    @Test func wrongUsageGetsTheUsageStatus() throws {
        let r = try FolioProcess.run(["--sort", "nonsense"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("nonsense"))
    }

    @Test func checkReportsProblemsWithFileAndLine() throws {
        #expect(try FolioProcess.run(["--check"]).status == 0)
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt").path
        try "• Fine\n\n  Posted by: Ann October 20, 2014\n\n  S.\n\n• Bad\n\n  Posted by: Bob February 30, 2014\n\n  S.\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try FolioProcess.run(["--check", bad])
        #expect(r.status == 1)
        #expect(r.stdout == "\(bad):9: impossible date “February 30, 2014”; post skipped\n")
        let listed = try FolioProcess.run(["--list", bad])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("Fine"))
        #expect(listed.stderr.contains("1 problem"))
    }

    @Test func readsStandardInput() throws {
        let page = try Data(contentsOf: URL(fileURLWithPath: FolioProcess.sample))
        let r = try FolioProcess.run(["--list", "-"], stdin: page)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 20)
    }

    @Test func escapeSequencesInContentNeverReachTheOutput() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "• Evil \u{1B}]0;pwned\u{7}Title\u{1B}[2J\n\n  Posted by: M\u{202E}allory October 20, 2014\n\n  Body \u{9B}31m red\u{7F}.\n"
        try page.write(to: dir.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        for args in [["--list"], ["--show", "1"], ["--authors"]] {
            let r = try FolioProcess.run(args + [dir.path])
            #expect(r.status == 0)
            #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x7F || $0.value == 0x07 })
        }
        let list = try FolioProcess.run(["--list", dir.path])
        #expect(list.stdout.contains("Evil ^[]0;pwned^GTitle^[[2J"))
        #expect(list.stdout.contains("M<U+202E>allory"))
    }
}

/// Bad input never crashes or hangs: a clear message and the right status.
@Suite struct BadInput {
    @Test func aMissingPathIsNamedAndFails() throws {
        let r = try FolioProcess.run(["--list", "/no/such/file.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such/file.txt: no such file or directory"))
    }

    @Test func anEmptyFileHasNoPosts() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let r = try FolioProcess.run(["--list", empty])
        #expect(r.status == 2)
        #expect(r.stderr == "folio: no posts found in \(empty)\n")
    }

    /// A feed with no items is still its blog's: JSON says so, and the exit
    /// says there were no posts.
    @Test func aFeedWithoutItemsGivesItsSiteAsJSON() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feed = dir.appendingPathComponent("feed.xml").path
        FileManager.default.createFile(atPath: feed, contents: Data("<rss><channel><title>Quiet Blog</title></channel></rss>".utf8))
        let r = try FolioProcess.run(["--json", "--no-state", feed])
        #expect(r.status == 2)
        #expect(r.stdout.hasPrefix("{\"site\": {\"name\": \"Quiet Blog\", \"description\": \"\"},\n \"posts\": [],"))
        #expect(r.stdout.contains("no items in this feed"))
        #expect(r.stderr == "folio: no posts found in \(feed)\n")
    }

    @Test func aBinaryFileIsSkippedWithAMessage() throws {
        let r = try FolioProcess.run(["--list", FolioProcess.binary])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no posts found"))
        let check = try FolioProcess.run(["--check", FolioProcess.binary])
        #expect(check.stdout.contains(":1: not a text capture (binary data); skipped"))
    }

    @Test func invalidUTF8StillShowsThePosts() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Data("• Bad \u{FF}".utf8)
        bytes[bytes.count - 2] = 0xFF
        bytes.append(contentsOf: Array("\n\n  Posted by: Ann October 20, 2014\n\n  S.\n".utf8))
        let file = dir.appendingPathComponent("bad.txt").path
        FileManager.default.createFile(atPath: file, contents: bytes)
        let r = try FolioProcess.run(["--list", file])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Bad \u{FFFD}"))
        #expect(r.stderr.contains("1 problem"))
    }

    @Test func aTenMegabyteSingleLineIsReadWithoutHanging() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("long.txt").path
        FileManager.default.createFile(atPath: file, contents: Data(repeating: UInt8(ascii: "x"), count: 10_000_000))
        // A hang, not a speed, is what this catches: the release build reads
        // the line in 2.6 s, the tests' debug build in 12 s alone and twice
        // that beside the rest of the suite on two cores.
        let r = try FolioProcess.run(["--list", file], timeout: 60)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no posts found"))
    }

    @Test func aDirectoryWithoutCapturesIsNamed() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try FolioProcess.run(["--list", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(dir.path): no saved pages or feeds (*.txt, *.html, *.xml, *.json) in this directory"))
    }

    @Test func anUnreadableFileIsNamedAndTheOthersAreRead() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        let locked = dir.appendingPathComponent("locked.txt").path
        try FileManager.default.copyItem(atPath: FolioProcess.sample, toPath: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        // Root reads any file: drop to nobody for this run.
        let prefix = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let r = try FolioProcess.run(["--list", locked, FolioProcess.sample], directory: "/", prefix: prefix)
        #expect(r.stderr.contains("\(locked): Permission denied"))
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 20)
        let alone = try FolioProcess.run(["--list", locked], directory: "/", prefix: prefix)
        #expect(alone.status == 2)
    }

    /// `--print-config` writes a file `--check-config` finds fine; a bad one
    /// is named line by line with exit 1; no file at the default place is none.
    @Test func printsAndChecksTheConfig() throws {
        let dir = FolioProcess.temporaryDirectory()
        let printed = try FolioProcess.run(["--print-config"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("[keys.index]") && printed.stdout.contains("read_after = 1.0"))
        let good = dir.appendingPathComponent("good.toml").path
        try printed.stdout.write(toFile: good, atomically: true, encoding: .utf8)
        let fine = try FolioProcess.run(["--check-config", "--config", good])
        #expect(fine.status == 0)
        #expect(fine.stdout == "\(good): no problems\n")
        let bad = dir.appendingPathComponent("bad.toml").path
        try "[reading]\nmark_passed = \"yes\"\n[mouse]\nenabled = false\nwheel = 3\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let wrong = try FolioProcess.run(["--check-config", "--config", bad])
        #expect(wrong.status == 1)
        #expect(wrong.stdout == """
            \(bad):2: `mark_passed` is true or false; the default is kept
            \(bad):5: no setting `mouse.wheel`; the default is kept

            """)
        let none = try FolioProcess.run(["--check-config"], environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("no config file at \(dir.path)/folio/config.toml"))
    }
}
