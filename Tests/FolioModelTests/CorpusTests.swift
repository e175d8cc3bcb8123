import Foundation
import Testing
@testable import FolioModel
@testable import FolioSources

@Suite struct Corpora {
    static let teaserPage = """
        • Other Post

            Posted by: Bob October 21, 2014 4

            Other summary.

          • Chinese-Russian Relations Enter Cyberspace

            Posted by: Misha Glenny Friday, October 24, 2014 6

            The teaser of the featured post.
        """

    /// Authors are counted by their bytes, and then names that are one
    /// String, accents encoded two ways, are one author, spelt as in the
    /// first post; the posts without one come last.
    @Test func anAuthorWhoseAccentsAreEncodedTwoWaysIsOneAuthor() {
        let day = CalendarDate(year: 2014, month: 10, day: 1)
        let names: [String?] = ["Jose\u{301} Martí", "Ann", nil, "José Martí", "José Martí", "Ann", "Bo"]
        let posts = names.enumerated().map { n, name in
            Post(title: "Post \(n)", author: name, date: day, source: SourceLocation(file: "t", line: n + 1))
        }
        let expected = [AuthorCount(name: "Jose\u{301} Martí", count: 3), AuthorCount(name: "Ann", count: 2),
                        AuthorCount(name: "Bo", count: 1), AuthorCount(name: nil, count: 1)]
        for authors in [Corpus(captures: [Capture(posts: posts)]).authors, Corpus.authors(of: posts)] {
            #expect(authors == expected)
            #expect(authors.first?.name.map { Array($0.utf8) } == Array("Jose\u{301} Martí".utf8))
        }
    }

    @Test func aPostSeenTwiceIsOnePostAndTheFullTextWins() {
        let teaserFirst = Corpus(captures: [Fixtures.parse(Self.teaserPage, file: "a.txt"), Fixtures.sample()])
        let fullFirst = Corpus(captures: [Fixtures.sample(), Fixtures.parse(Self.teaserPage, file: "a.txt")])
        for corpus in [teaserFirst, fullFirst] {
            #expect(corpus.posts.count == 21)
            let merged = corpus.posts.filter { $0.title == "Chinese-Russian Relations Enter Cyberspace" }
            #expect(merged.count == 1)
            #expect(merged[0].body.count == 20)
            #expect(merged[0].comments == 6)
            #expect(merged[0].summary == "The teaser of the featured post.")
            #expect(merged[0].source.file == "seeds/000_3ae1642338b2fb30.txt")
        }
    }

    /// A corpus built apart (a large archive's, on the cores that parse
    /// it) and added to another is what its captures added one by one give:
    /// sightings of one post in both merge as they would, the sites and
    /// problems follow, and the merges are counted.
    @Test func aCorpusAddedIsItsCapturesAdded() {
        let teaser = Fixtures.parse(Self.teaserPage, file: "a.txt")
        let problem = Capture(site: Site(name: "Other Blog"), problems: [Problem(file: "b.txt", line: 3, message: "odd")])
        for (before, after) in [([teaser], [Fixtures.sample(), problem]), ([Fixtures.sample()], [teaser, problem]),
                                ([], [teaser, Fixtures.sample()]), ([problem, teaser], [])] {
            let oneByOne = Corpus(captures: before + after)
            var joined = Corpus(captures: before)
            joined.add(Corpus(captures: after))
            #expect(joined.posts == oneByOne.posts)
            #expect(joined.problems == oneByOne.problems)
            #expect(joined.site == oneByOne.site)
            #expect(joined.authors == oneByOne.authors)
            #expect(joined.merges == oneByOne.merges)
        }
        var joined = Corpus(captures: [teaser])
        joined.add(Corpus(captures: [Fixtures.sample()]))
        #expect(joined.merges == 1)
        #expect(joined.posts.count == 21)
    }

    /// An archive read in pieces names one site, its first, as one pass
    /// reads it: a second "About" further on does not make it no blog's.
    @Test func piecesGatheredKeepTheArchivesFirstSite() {
        let head = Capture(posts: [Post(title: "One", author: "Ann", date: nil, source: SourceLocation(file: "a.txt", line: 1))],
                           site: Site(name: "First Blog"))
        let piece = Capture(posts: [Post(title: "Two", author: "Bo", date: nil, source: SourceLocation(file: "a.txt", line: 9))],
                            site: Site(name: "Second Blog"))
        for keepingWhole in [false, true] {
            var gathered = CapturePieces.Gathering(head: head, headBytes: 100, size: 200, keepingWhole: keepingWhole)
            gathered.add(piece)
            var whole = head
            whole.add(piece)
            #expect(gathered.corpus.site?.name == "First Blog")
            #expect(gathered.corpus.posts.map(\.title) == ["One", "Two"])
            #expect(gathered.whole?.posts == (keepingWhole ? whole.posts : nil))
            #expect(gathered.whole?.site == (keepingWhole ? whole.site : nil))
        }
    }

    /// Pages of one blog name it; pages of several are no one blog's.
    @Test func theSiteIsTheBlogsOnlyWhenThereIsOne() {
        let one = Capture(site: Site(name: "Floor and Varnish", description: ""))
        let other = Capture(site: Site(name: "Fotsies Technology Blog", description: ""))
        #expect(Corpus(captures: [one, Capture(), one]).site?.name == "Floor and Varnish")
        #expect(Corpus(captures: [one, other]).site == nil)
    }

    @Test func postsWithOneTitleByDifferentAuthorsStayApart() {
        let text = "• Same\n\n  Posted by: Ann October 20, 2014\n\n  A.\n\n• Same\n\n  Posted by: Bob October 20, 2014\n\n  B.\n"
        #expect(Corpus(captures: [Fixtures.parse(text)]).posts.count == 2)
    }

    @Test func sortsStablyByEveryOrder() {
        let posts = Fixtures.sample().posts
        #expect(PostOrder.date.sorted(posts).first?.date?.iso == "2014-10-24")
        #expect(PostOrder.date.sorted(posts, reversed: true).first?.date?.iso == "2014-09-29")
        #expect(PostOrder.title.sorted(posts).first?.title == "A Battle Plan for NATO’s New Secretary General")
        #expect(PostOrder.author.sorted(posts).map(\.author).first == "Gwendolyn Sasse")
        let byComments = PostOrder.comments.sorted(posts)
        #expect(byComments.prefix(2).map(\.title) == ["The West Is Losing Russia", "Germany’s Grounded Planes and Soldiers"])
        #expect(byComments.last?.comments == nil)
        let sameDay = "• B\n\n  Posted by: X October 20, 2014\n\n  s.\n\n• A\n\n  Posted by: Y October 20, 2014\n\n  s.\n"
        #expect(PostOrder.date.sorted(Fixtures.parse(sameDay).posts).map(\.title) == ["B", "A"])
    }

    @Test func filtersIgnoreDiacriticsAndCaseUnlessACapitalIsTyped() {
        let posts = Fixtures.sample().posts
        #expect(PostFilter(author: "dempsey").apply(posts).count == 10)
        #expect(PostFilter(text: "milosevic").apply(posts).map(\.title) == ["Chinese-Russian Relations Enter Cyberspace"])
        #expect(PostFilter(text: "kobane").apply(posts).count == 1)
        // Smart case, as less -i and vim's smartcase: a capital makes case count, accents never do.
        #expect(PostFilter(text: "Kobane").apply(posts).count == 1)
        #expect(PostFilter(text: "KOBANE").apply(posts).isEmpty)
        #expect(PostFilter(text: "Milosevic").apply(posts).count == 1)
        #expect(PostFilter(text: "MILOSEVIC").apply(posts).isEmpty)
        #expect(SearchNeedle("École").occurs(in: "l’ÉCOLE et l’École") && !SearchNeedle("École").occurs(in: "l’école"))
        #expect(SearchNeedle("ecole").occurs(in: "L’ÉCOLE") && SearchNeedle("Straße").occurs(in: "die Straße"))
        #expect(PostFilter(author: "pierini", text: "turkey").apply(posts).count == 2)
        #expect(PostFilter(text: "no such words anywhere").apply(posts).isEmpty)
    }

    @Test func loadsDirectoriesRecursivelyAndReportsWhatItCannotRead() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nested = dir.appendingPathComponent("2014/10")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.sampleFile, toPath: nested.appendingPathComponent("page.txt").path)
        try Self.teaserPage.write(to: dir.appendingPathComponent("older.txt"), atomically: true, encoding: .utf8)
        try "not a capture".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        // A loop of directory symlinks is walked once.
        try FileManager.default.createSymbolicLink(atPath: nested.appendingPathComponent("loop").path,
                                                   withDestinationPath: dir.path)
        let outcome = CaptureFiles.load([dir.path, dir.appendingPathComponent("missing").path])
        #expect(outcome.filesRead == 2)
        #expect(outcome.corpus.posts.count == 21)
        #expect(outcome.unreadable.count == 1)
        #expect(outcome.unreadable.first?.reason == "no such file or directory")
    }

    @Test func aDirectoryWithoutCapturesAndAFifoAreRefusedNotWaitedOn() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let outcome = CaptureFiles.load([fifo, empty.path])
        #expect(outcome.filesRead == 0)
        #expect(outcome.unreadable.map(\.reason) == ["not a regular file; skipped", "no saved pages or feeds (*.txt, *.html, *.xml, *.json) in this directory"])
    }

    @Test func readsStandardInputForADash() {
        let outcome = CaptureFiles.load(["-"], standardInput: { .success(Array(Self.teaserPage.utf8)) })
        #expect(outcome.corpus.posts.count == 2)
        #expect(outcome.corpus.posts[0].source.file == "<stdin>")
    }
}

@Suite struct LargeCaptures {
    /// A piece given what an earlier piece learned of its authors, that
    /// earlier piece's bytes gone, reads as it reads alone: names taken
    /// and names left to the general reader alike.
    @Test func authorsLearnedInOnePieceServeTheNext() {
        func piece(_ text: String, authors: AuthorVerdicts = AuthorVerdicts()) -> (Capture, AuthorVerdicts) {
            let file = HeldBytes(text)
            return file.bytes.withUnsafeBufferPointer {
                CaptureParser.parsePiece($0, file: "big.txt", firstLine: 1, keptIn: (file, 0), authors: authors)
            }
        }
        let names = ["Zoë Østergaard", "Ann Author", "Ann Author on", "Monday Morning", "R2 D2", "李 小龙"]
        func posts(_ first: Int) -> String {
            names.indices.map { k in
                "• Post \(first + k)\n\n  Posted by: \(names[k]) Tuesday, October \(k + 1), 2014 \(k)\n\n  Text \(k).\n\n"
            }.joined()
        }
        let learned = piece(posts(0)).1
        let (informed, _) = piece(posts(100), authors: learned)
        let alone = piece(posts(100)).0
        #expect(informed.posts.count == names.count)
        #expect(informed.posts == alone.posts)
        #expect(informed.posts.map(\.author) == alone.posts.map(\.author))
        #expect(informed.posts.first?.author == "Zoë Østergaard")
    }

    /// A piece's memory takes the next piece once it is parsed: its posts,
    /// texts and all, read as they did, from where the piece was kept.
    @Test func aPieceParsedKeepsNothingOfTheMemoryItWasReadInto() {
        let text = "• First post\n\n  Posted by: Ann Author Tuesday, October 7, 2014 3\n\n  The first text, whole.\n\n"
            + "• Second post\n\n  Posted by: Zoë Østergaard Monday, March 2, 2015 0\n\n  And a [1]link.\n\n"
            + "References\n\n  1. https://example.org/a\n"
        let file = HeldBytes(text)
        var memory = Array(text.utf8)
        let (capture, _) = memory.withUnsafeBufferPointer {
            CaptureParser.parsePiece($0, file: "big.txt", firstLine: 1, keptIn: (file, 0), authors: AuthorVerdicts())
        }
        func seen(_ post: Post) -> [String] {
            [post.title, post.author ?? "", post.summary ?? "", post.body.map(\.text).joined(separator: "|")]
        }
        let before = capture.posts.map(seen)
        for k in memory.indices { memory[k] = UInt8(ascii: "x") }
        #expect(capture.posts.count == 2)
        #expect(capture.posts.map(seen) == before)
        #expect(before.first == ["First post", "Ann Author", "The first text, whole.", ""])
        #expect(capture.posts.last?.author == "Zoë Østergaard")
    }

    /// `file` read as a large archive is: its start, then pieces from
    /// `piece` bytes on, parsed on two threads; nil where it does not read in pieces.
    static func inPieces(_ file: String, head: Int, piece: Int) -> Capture? {
        guard let start = CaptureFiles.head(of: file, limit: head), start.capture.readsInPieces else { return nil }
        let lock = NSLock()
        nonisolated(unsafe) var whole = start.capture
        nonisolated(unsafe) var lastSeen = 0
        let failure = CapturePieces.read(file, kept: FileBytes(file)!, from: start.end, firstLine: start.lines + 1,
                                         firstPiece: piece) { capture, last in
            lock.lock()
            defer { lock.unlock() }
            whole.add(capture)
            if last { lastSeen += 1 }
        }
        #expect(failure == nil)
        #expect(lastSeen == 1)
        return whole
    }

    /// An archive of the variants the format allows (bullets, indents,
    /// bylines, full texts with pull quotes, a bullet without a byline, an
    /// impossible date, the site's description), a few hundred posts.
    static func variedArchive() -> String {
        let bullets = ["•", "*", "-", "·"]
        let bylines = ["Posted by: Ann Author Monday, October 20, 2014 7", "Posted by Bo Brand, Mon, Oct 20, 2014",
                       "By Cy Czerny | 21 October 2014", "Posted on 2014-10-22 by Di Dvořák 5", "Posted by: Zoë Østergaard October 19, 2014"]
        var text = ""
        for n in 0..<400 {
            let indent = n % 3 == 0 ? "\t" : String(repeating: " ", count: n % 4)
            text += "\(indent)\(bullets[n % 4]) Post \(n): Kobanê 内政\n\n\(indent)  \(bylines[n % 5])\n\n"
            text += "\(indent)  A summary of post \(n), with “quotes” and — dashes.\n"
            if n % 7 == 0 { text += "\(indent)  Its second line.\n\n\(indent)  A quote worth sharing.\n\(indent)  Tweet This\n\n\(indent)  More text.\n" }
            text += "\n"
            if n == 150 { text += "  • A bullet with no byline\n\n    Text.\n\n" }
            if n == 250 { text += "  • An impossible day\n\n    Posted by: Ann Author February 30, 2014\n\n    Text.\n\n" }
        }
        return text + "About Varied Blog\n\nA description.\n"
    }

    /// Captures in the sample's layout, the sample and an archive of every
    /// variant, cut into small pieces: the posts, their lines, the site and
    /// the problems are exactly those of one pass.
    @Test func capturesReadInPiecesGiveWhatOnePassGives() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let varied = dir.appendingPathComponent("varied.txt").path
        FileManager.default.createFile(atPath: varied, contents: Data(Self.variedArchive().utf8))
        var inLayout = 0
        for file in [Fixtures.sampleFile, varied] {
            for (head, piece) in [(512, 256), (2048, 1024)] {
                guard let pieces = Self.inPieces(file, head: head, piece: piece) else { continue }
                inLayout += 1
                let onePass = CaptureParser.parse(bytes: [UInt8](FileManager.default.contents(atPath: file)!), file: file)
                #expect(pieces.posts == onePass.posts, "\(file)")
                #expect(pieces.problems.sorted { $0.line < $1.line } == onePass.problems, "\(file)")
                #expect(pieces.site == onePass.site, "\(file)")
                if file == varied {
                    #expect(onePass.posts.count == 400)
                    #expect(onePass.problems.count == 2)
                }
            }
        }
        #expect(inLayout == 4)
    }

    /// An archive of `posts` posts of about 420 bytes each, a bullet without
    /// a byline after post 15,000.
    static func bigArchive(posts: Int) -> [UInt8] {
        var page = ""
        let paragraph = String(repeating: "Words of a summary that runs on. ", count: 12)
        for n in 0..<posts {
            page += "  • Post number \(n)\n\n    Posted by: Author \(n % 97) Monday, October \(n % 28 + 1), 2014 \(n % 7)\n\n    \(paragraph)\n\n"
            if n == 15_000 { page += "  • A bullet with no byline\n\n    Text.\n\n" }
        }
        page += "About Big Blog\n\nA description.\n"
        return Array(page.utf8)
    }

    /// An archive of a few megabytes opens in the reader on its start and
    /// end while the rest is read, as a large one does (read whole first,
    /// 2 MB held the first screen back 24 ms), and reads in pieces to what
    /// one pass gives.
    @Test func anArchiveOfAFewMegabytesOpensOnItsStartAndReadsInPieces() throws {
        let bytes = Self.bigArchive(posts: 4_000)
        #expect(bytes.count > CaptureFiles.large && bytes.count < 2 * CaptureFiles.large)
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("archive.txt").path
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        let preview = try #require(Opening.preview([file]))
        #expect(preview.head.posts.first?.title == "Post number 0")
        #expect(preview.head.posts.count < 1000)
        #expect(CaptureFiles.tail(of: file).last?.title == "Post number 3999")
        let pieces = CaptureFiles.load([file]).corpus
        #expect(pieces.posts.count == 4_000)
        #expect(pieces.posts == CaptureParser.parse(bytes: bytes, file: file).posts)
    }

    /// Over 1 MB a capture is read in pieces, parsed on two threads: the posts,
    /// their lines and the problems must be exactly those of one pass.
    @Test func aCaptureReadInPiecesGivesWhatOnePassGives() throws {
        let bytes = Self.bigArchive(posts: 22_000)
        #expect(bytes.count > 8 << 20)
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt").path
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        let onePass = CaptureParser.parse(bytes: bytes, file: file)
        let pieces = CaptureFiles.load([file]).corpus
        #expect(pieces.posts.count == 22_000)
        #expect(pieces.posts == Corpus(captures: [onePass]).posts)
        #expect(pieces.problems == onePass.problems)
        #expect(pieces.problems.count == 1)
        #expect(pieces.site?.name == "Big Blog")
        // The reader's first look: the start and the end, whole posts only,
        // and where to read on from.
        let preview = CaptureFiles.preview([file])
        #expect(preview.head.posts.count < 1000)
        #expect(preview.head.posts.first?.title == "Post number 0")
        let tail = CaptureFiles.tail(of: file)
        #expect(tail.last?.title == "Post number 21999")
        #expect(Set((preview.head.posts + tail).map(\.identity)).isSubset(of: Set(pieces.posts.map(\.identity))))
        let resume = try #require(preview.resume)
        #expect(bytes[resume.offset - 2..<resume.offset] == [0x0A, 0x0A])
        #expect(bytes[..<resume.offset].filter { $0 == 0x0A }.count + 1 == resume.line)
        // Begun from the command line's words before they are parsed, the same;
        // an option's value taken for a path, and the paths parsed are read.
        let config = dir.appendingPathComponent("config.toml").path
        FileManager.default.createFile(atPath: config, contents: Data("mouse = true\n".utf8))
        // An option's value that is no plain file is no path: read marks
        // kept elsewhere (`--state-dir DIR`) opened the file 1.3 ms later.
        for words in [["--no-index", file], ["--config", config, file], ["--", file], ["--state-dir", dir.path, file],
                      ["--author", "Ada", file]] {
            let early = try #require(Opening(guessingFrom: words))
            let shown = try #require(early.preview([file]))
            #expect(shown.head.posts == preview.head.posts, "\(words)")
            #expect(shown.resume?.offset == resume.offset, "\(words)")
            // The end, for `G`, read on the same thread after the start; a
            // value taken for a path (the config file) made it another list.
            #expect(early.tail([file]) == (words.contains(config) ? nil : tail), "\(words)")
            #expect(early.tail([dir.path, file]) == nil, "\(words)")
        }
        // Standard input is read only when asked to be, and a folder's walk
        // has no bound; no words, no guess.
        #expect(Opening(guessingFrom: [file, "-"]) == nil)
        #expect(Opening(guessingFrom: [dir.path]) == nil)
        #expect(Opening(guessingFrom: ["--state-dir", dir.path]) == nil)
        #expect(Opening(guessingFrom: ["--list"]) == nil)
        // What the reader is given as the rest arrives: in order, whole at the end.
        let arrival = Arrival([file], after: preview)
        arrival.start()
        var last: CorpusSoFar?
        let deadline = Date().addingTimeInterval(60)
        while last?.complete != true, Date() < deadline {
            if let soFar = arrival.take() {
                #expect(soFar.posts.count >= (last?.posts.count ?? 0))
                last = soFar
            }
            usleep(1000)
        }
        #expect(last?.posts == pieces.posts)
        #expect(last?.problems == pieces.problems)
        // The end was read first, for `G`, and is handed on once.
        #expect(arrival.takeTail() == tail)
        #expect(arrival.takeTail() == nil)
    }

    /// Read for a reader in the background, a large capture's pieces are
    /// parsed as nicely as the thread that asked for them, so that the keys
    /// and the screen go first on two cores.
    @Test func piecesReadInTheBackgroundGiveWay() throws {
        var page = ""
        for n in 0..<3_000 { page += "  • Post number \(n)\n\n    Posted by: Ada October 1, 2014\n\n    Text \(n).\n\n" }
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt").path
        FileManager.default.createFile(atPath: file, contents: Data(page.utf8))
        let kept = try #require(FileBytes(file))
        nonisolated(unsafe) var seen: [Int32] = []
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            Niceness.background.apply()
            _ = CapturePieces.read(file, kept: kept, from: 0, firstLine: 1, firstPiece: 16 << 10) { _, _ in seen.append(Niceness.current.value) }
            done.signal()
        }
        done.wait()
        #expect(seen.count > 4)
        #expect(seen.allSatisfy { $0 >= Niceness.background.value }, "\(seen)")
    }

    /// A large capture's texts are read again from its file when asked for:
    /// a file replaced since (as editors save) still gives what was read,
    /// and one changed in place says so rather than giving other bytes.
    @Test func aLargeCapturesTextsAreReadAsTheyWere() throws {
        func archive(_ words: String) -> Data {
            var page = ""
            for n in 0..<20_000 {
                page += "  • Post number \(n)\n\n    Posted by: Author \(n % 97) October \(n % 28 + 1), 2014\n\n"
                page += "    \(words) \(n), one line\n    and the next.\n\n"
                if n % 2 == 0 { page += "    A second paragraph of \(n).\n\n" }
            }
            return Data(page.utf8)
        }
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt")
        try archive(String(repeating: "Words of post number", count: 20)).write(to: file)
        #expect(try file.resourceValues(forKeys: [.fileSizeKey]).fileSize! > 8 << 20)
        let first = CaptureFiles.load([file.path]).corpus.posts
        let said = String(repeating: "Words of post number", count: 20)
        #expect(first[19_999].summary == "\(said) 19999, one line and the next.")
        #expect(first[19_998].body.map(\.text) == ["\(said) 19998, one line and the next.", "A second paragraph of 19998."])

        let replacement = dir.appendingPathComponent("new.txt")
        try archive(String(repeating: "Other words now", count: 20)).write(to: replacement)
        #expect(rename(replacement.path, file.path) == 0)
        #expect(first[19_999].summary == "\(said) 19999, one line and the next.")

        let second = CaptureFiles.load([file.path]).corpus.posts
        #expect(second[19_999].summary?.hasPrefix("Other words now") == true)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("More.\n".utf8))
        try handle.close()
        #expect(second[19_999].summary == "The capture changed after folio read it: open it again to read this post.")

        // Its pieces come from the file held open, as its texts do: one
        // replaced by another between the two gives the first one's posts.
        let held = try #require(FileBytes(file.path))
        try archive(String(repeating: "Third words", count: 20)).write(to: replacement)
        #expect(rename(replacement.path, file.path) == 0)
        nonisolated(unsafe) var pieces = Capture()
        let lock = NSLock()
        #expect(CapturePieces.read(file.path, kept: held, from: 0, firstLine: 1) { piece, _ in
            lock.lock()
            pieces.add(piece)
            lock.unlock()
        } == nil)
        #expect(pieces.posts.count == 20_000)
        #expect(pieces.posts[19_999].summary?.hasPrefix("Other words now") == true)
        #expect(second[19_998].body.map(\.text) == ["The capture changed after folio read it: open it again to read this post."])
        #expect(first[19_999].summary == "\(said) 19999, one line and the next.")
    }
}

@Suite struct DaysSince1970 {
    @Test func daysBecomeTheCalendarsDays() {
        #expect(CalendarDate(daysSince1970: 0).iso == "1970-01-01")
        #expect(CalendarDate(daysSince1970: 16367).iso == "2014-10-24")
        #expect(CalendarDate(daysSince1970: 11016).iso == "2000-02-29")
        #expect(CalendarDate(daysSince1970: 20788).iso == "2026-12-01")
        #expect(CalendarDate(daysSince1970: -1).iso == "1969-12-31")
    }
}

@Suite struct GrowingOrder {
    /// Posts that tie and posts that lack the key, as real archives have.
    static let posts: [Post] = {
        var posts = Fixtures.sample().posts
        let day = Fixtures.date("2014-10-23")
        for n in 0..<12 {
            posts.append(Post(title: "Tie \(n % 3)", author: n % 4 == 0 ? nil : "Judy Dempsey", date: n % 5 == 0 ? nil : day,
                              comments: n % 2 == 0 ? nil : n % 3, source: SourceLocation(file: "t.txt", line: n)))
        }
        return posts
    }()

    /// An archive sorted as it grows, a piece merged in at a time, is sorted
    /// as the whole would be: every order, either way round, every cut.
    @Test func mergingWhatArrivesIsSortingTheWhole() {
        let posts = Self.posts
        for order in PostOrder.allCases {
            for reversed in [false, true] {
                // By where each was read: some tie on everything else.
                let whole = order.sorted(posts, reversed: reversed).map(\.source)
                for cut in [0, 1, 7, 20, 25, posts.count] {
                    let (a, b) = (Array(posts[..<cut]), Array(posts[cut...]))
                    let merged = order.merged(order.sorted(a, reversed: reversed), order.sorted(b, reversed: reversed), reversed: reversed)
                    #expect(merged.posts.map(\.source) == whole, "\(order) \(reversed) \(cut)")
                    let firstOfB = merged.posts.firstIndex { post in b.contains { $0.source == post.source } } ?? posts.count
                    #expect(merged.firstOfB == firstOfB, "\(order) \(reversed) \(cut)")
                }
            }
        }
    }

    /// A piece whose posts fall in a band of those in, at either end, or
    /// spread among them: the same as sorting the whole, ties and posts
    /// without a key included.
    @Test func mergingABandIsSortingTheWhole() {
        var posts: [Post] = []
        for n in 0..<240 {
            let day = CalendarDate(year: 2014, month: 1 + n % 12, day: 1 + (n * 7) % 28)
            posts.append(Post(title: "Post \(n % 50)", author: n % 9 == 0 ? nil : "Author \(n % 13)", date: n % 31 == 0 ? nil : day,
                              comments: n % 5 == 0 ? nil : n % 17, source: SourceLocation(file: "t.txt", line: n)))
        }
        for order in PostOrder.allCases {
            for reversed in [false, true] {
                let sorted = order.sorted(posts, reversed: reversed)
                let whole = sorted.map(\.source)
                let bands: [(Int) -> Bool] = [{ $0 < 30 }, { $0 >= 200 }, { $0 >= 100 && $0 < 130 }, { $0 % 7 == 3 }, { $0 == 120 }]
                for inB in bands {
                    // b is taken from the sorted whole, then a and b are each sorted from the pages' order.
                    let bLines = Set(sorted.indices.filter(inB).map { sorted[$0].source.line })
                    let (a, b) = (posts.filter { !bLines.contains($0.source.line) }, posts.filter { bLines.contains($0.source.line) })
                    let merged = order.merged(order.sorted(a, reversed: reversed), order.sorted(b, reversed: reversed), reversed: reversed)
                    let expected = order.sorted(a + b, reversed: reversed).map(\.source)
                    #expect(merged.posts.map(\.source) == expected, "\(order) \(reversed)")
                    #expect(Set(merged.posts.map(\.source)) == Set(whole))
                    let firstOfB = merged.posts.firstIndex { bLines.contains($0.source.line) } ?? posts.count
                    #expect(merged.firstOfB == firstOfB, "\(order) \(reversed)")
                }
            }
        }
    }
}

/// A file's bytes as a large capture's posts keep them: elsewhere than
/// the memory a piece was parsed in.
final class HeldBytes: KeptBytes, @unchecked Sendable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
