import Foundation
import Testing

/// Jumping by author, searching and sorting, in a real terminal.
@Suite(.serialized) struct AuthorSearchSortInTmux {
    static let header = ReaderInTmux.header

    func lines(_ screen: String) -> [String] { screen.split(separator: "\n").map(String.init) }

    @Test func pickingJudyDempseyShowsExactlyHerTenPostsAndBracketsWalkThem() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("a")
        s.waitFor("Authors")
        s.type("dem")
        s.waitFor("narrowed") { screen in
            // The picker's box holds Judy Dempsey alone.
            let box = screen.split(separator: "\n").filter { $0.contains("│") }
            return screen.contains("› dem") && box.count == 2 && box[1].contains("Judy Dempsey") && box[1].contains("10")
        }
        s.send("Enter")
        // The header and the rows come in one paint, but tmux may show the
        // pane half drawn on a loaded machine: wait for the rows too.
        let screen = s.waitFor("Judy Dempsey's ten posts") { screen in
            screen.contains("Judy Dempsey · 10 posts")
                && lines(screen).filter { ReaderInTmux.isIndexRow($0) }.allSatisfy { $0.contains("Judy Dempsey") }
        }
        let rows = lines(screen).filter { ReaderInTmux.isIndexRow($0) }
        #expect(rows.count == 10)
        #expect(rows.allSatisfy { $0.contains("Judy Dempsey") })
        s.waitFor(" 1/10  index")
        s.send("A")
        s.waitFor(Self.header)
        // Her first post stays selected, now third of all; ] walks the rest of
        // hers in the order of the index, then says it is at the end.
        s.waitFor(" 3/20  index")
        for position in [5, 8, 10, 12, 13, 15, 17, 18, 20] {
            s.send("]")
            s.waitFor(" \(position)/20  index")
        }
        s.send("]")
        s.waitFor("No later post by Judy Dempsey")
        s.send("Enter", "[")
        s.waitFor(" 18/20  reading")
        // Full screen the header names the post; back in the index it names the filter.
        s.send("f", "q")
        s.waitFor("Judy Dempsey · 10 posts")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func escClosesThePickerAndLeavesTheFilter() throws {
        let s = try TmuxSession(["--author", "techau"], width: 100, height: 30)
        defer { s.close() }
        s.waitFor("techau · 3 posts")
        s.send("a")
        s.waitFor("Authors")
        s.send("Down", "Escape")
        s.waitFor("picker closed") { !$0.contains("Authors") && $0.contains("techau · 3 posts") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func slashMerkelNarrowsHighlightsAndEscBringsEverythingBack() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("j", "j", "j")
        s.waitFor(" 4/20  index")
        s.send("/")
        s.type("Merkel")
        let screen = s.waitFor("narrowed to Merkel") { screen in
            screen.contains(" /Merkel") && !screen.contains("Misha Glenny")
                && screen.contains("Can Merkel Deal With Putin’s Myths?")
        }
        #expect(lines(screen).filter { ReaderInTmux.isIndexRow($0) }.count == 1)
        // The word is drawn in the match style: bold, yellow (reverse but for the selected row).
        let styled = s.waitFor("highlight", styles: true) { $0.contains("Merkel") }
        #expect(styled.range(of: "1m\u{1B}\\[33m(\u{1B}\\[49m)?Merkel", options: .regularExpression) != nil)
        s.send("Escape")
        s.waitFor("everything back") { $0.contains(Self.header) && $0.contains(" 4/20  index") }
        s.send("/")
        s.type("putin")
        s.send("Enter")
        s.waitFor("“putin”")
        s.send("n", "n", "n")
        s.waitFor("match 3/9")
        s.send("N")
        s.waitFor("match 2/9")
        s.send("BSpace")
        s.send("Escape")
        s.waitFor(Self.header)
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func thePromptEditsWithWordAndLineKeysAndWideCharacters() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        s.waitFor(Self.header)
        s.send("/")
        s.type("cold war")
        s.waitFor(" /cold war")
        s.send("C-w")
        s.waitFor("word deleted") { $0.contains(" /cold ") && !$0.contains(" /cold war") }
        s.send("BSpace", "BSpace")
        s.waitFor(" /col ")
        s.send("Left", "Left")
        s.type("您")
        s.waitFor(" /c您ol")
        s.send("C-u")
        s.waitFor("line cleared") { $0.contains(" /ol ") }
        s.send("Escape")
        s.waitFor(Self.header)
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func sCyclesTheOrderAndTheSelectionStays() throws {
        let s = try TmuxSession(["--search", "ukraine"], width: 100, height: 30)
        defer { s.close() }
        s.waitFor("“ukraine” · newest first")
        s.send("j")
        let selected = "Whatever Happened to the End of History?"
        for (key, order) in [("S", "oldest first"), ("s", "by author, reversed"), ("S", "by author"), ("s", "by title"),
                             ("s", "most comments"), ("s", "newest first")] {
            s.send(key)
            // The whole frame: a capture can catch the header painted before the article.
            s.waitFor("“ukraine” · \(order) with the post still selected") {
                $0.contains("“ukraine” · \(order) ·") && $0.contains("─\n " + selected + "\n")
            }
        }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func aClickOnTheBylineShowsThatAuthorsPosts() throws {
        let s = try TmuxSession(["--no-state", "--mouse"], width: 100, height: 30)
        defer { s.close() }
        s.waitFor(" 1/20  index")
        s.send("j", "j", "j")
        // Row 12 is the byline of the article under the 10-row index and its divider.
        let screen = s.waitFor("Jan Techau · Tuesday")
        let row = screen.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("Jan Techau · Tuesday") }!
        // An SGR press and release at column 5 of that row (1-based in the report).
        s.type("\u{1B}[<0;6;\(row + 1)M\u{1B}[<0;6;\(row + 1)m")
        s.waitFor("Jan Techau · 3 posts")
        // The click gave the article the keys: q goes back to the index, then quits.
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func thePickerIgnoresDiacritics() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "• One\n\n    Posted by: Zeynep Kobanê October 20, 2014\n\n    S.\n\n"
            + "• Two\n\n    Posted by: Ann Smith October 19, 2014\n\n    S.\n"
        try page.write(to: dir.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let s = try TmuxSession(["--no-state", dir.path], width: 100, height: 30)
        defer { s.close() }
        s.waitFor(" 1/2  index")
        s.send("a")
        s.waitFor("Authors")
        s.type("kobane")
        s.waitFor("narrowed to Kobanê") { screen in
            let box = screen.split(separator: "\n").filter { $0.contains("│") }
            return box.count == 2 && box[1].contains("Zeynep Kobanê") && !screen.contains("│ Ann Smith")
        }
        s.send("Enter")
        s.waitFor("Zeynep Kobanê · 1 post")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }
}
