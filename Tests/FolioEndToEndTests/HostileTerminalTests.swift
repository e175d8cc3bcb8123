import Foundation
import Testing

/// Terminals too small, resized in a storm, input closed, huge archives.
@Suite(.serialized) struct HostileTerminals {
    @Test(arguments: [(1, 1), (10, 3), (40, 10)])
    func tinyTerminalsStartAndQuit(width: Int, height: Int) throws {
        let s = try TmuxSession(["--no-state"], width: width, height: height)
        defer { s.close() }
        if width < 40 {
            // At 1x1 the only cell is the bottom-right corner, which curses does not
            // draw: wait for folio to be running, then check that nothing breaks.
            s.waitFor("folio running") { _ in s.folioPID() != nil }
        } else {
            s.waitFor(" 1/20")
        }
        s.send("j", "Enter", "G", "?", "x", "q", "q")
        s.resize(width: 80, height: 24)
        #expect(s.exitStatus() == 0)
    }

    @Test func aHundredResizesInASecondLeaveACorrectFrame() throws {
        let s = try TmuxSession(["--no-state"], width: 100, height: 30)
        defer { s.close() }
        s.waitFor(" 1/20  index")
        s.send("j", "j")
        s.waitFor(" 3/20  index")
        // As fast as tmux takes them; what is checked is the frame after.
        for n in 0..<100 {
            let sizes = [(1, 1), (400, 120), (41, 11), (7, 3), (150, 40)]
            let (w, h) = sizes[n % sizes.count]
            s.resize(width: w, height: h)
        }
        s.resize(width: 90, height: 25)
        let screen = s.waitFor("the last size drawn", timeout: 10) { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            // tmux shows transient, reflowed frames while resizing: wait for folio's own.
            return rows.first?.hasPrefix(" Strategic Europe") == true && screen.contains(" 3/20  index")
                && rows.allSatisfy { $0.count <= 90 } && rows.contains { $0.count > 80 }
                && screen.contains("Judy Asks: Will Elections Help or Hinder Ukraine?")
        }
        #expect(screen.contains("Judy Asks: Will Elections Help or Hinder Ukraine?"))
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func standardInputClosedOrNullGivesTheList() throws {
        for redirect in ["< /dev/null", "<&-"] {
            let r = try FolioProcess.run([], prefix: ["/bin/sh", "-c", "\"$0\" --no-state \(redirect)"])
            #expect(r.status == 0, "\(redirect)")
            #expect(r.stdout.split(separator: "\n").count == 20, "\(redirect)")
        }
    }

    @Test func aHundredThousandPostsInOneFile() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var page = ""
        page.reserveCapacity(6_000_000)
        for n in 0..<100_000 {
            page += "  • Post \(n)\n\n    Posted by: Author \(n % 300) October \(n % 28 + 1), 2014 \(n % 9)\n\n    S.\n\n"
        }
        let file = dir.appendingPathComponent("big.txt")
        try page.write(to: file, atomically: true, encoding: .utf8)
        let r = try FolioProcess.run(["--no-state", "--authors", file.path], timeout: 120)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 300)
        #expect(lines.allSatisfy { $0.hasSuffix(" 333") || $0.hasSuffix(" 334") })
    }

    @Test func rightToLeftTextIsShownAsItIs() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "• שלום עולם\n\n    Posted by: أحمد October 20, 2014\n\n    مرحبا بالعالم.\n\n    Second.\n"
        try page.write(to: dir.appendingPathComponent("rtl.txt"), atomically: true, encoding: .utf8)
        let s = try TmuxSession(["--no-state", dir.path])
        defer { s.close() }
        let screen = s.waitFor("مرحبا")
        #expect(screen.contains("שלום עולם"))
        s.send("q")
        #expect(s.exitStatus() == 0)
    }
}
