import Foundation
import Testing

/// Read marks across processes: restarts, kill -9, two writers, bad state.
@Suite(.serialized) struct ReadMarksAcrossRuns {
    @Test func aPostReadThenQuitIsShownReadAndSelectedNextTime() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = dir.path
        do {
            let s = try TmuxSession(["--state-dir", state])
            defer { s.close() }
            s.waitFor("20 unread")
            s.send("Enter")
            s.waitFor(" 1/20  reading")
            // Shown for a second, it becomes read; one tick later the header says so.
            s.waitFor("19 unread", timeout: 5)
            s.send("Space")
            s.waitFor("scrolled") { !$0.contains("Misha Glenny · Friday") }
            s.send("J", "J")
            s.waitFor(" 3/20  reading")
            s.waitFor("18 unread", timeout: 5)
            s.send("q", "q")
            #expect(s.exitStatus() == 0)
        }
        let s = try TmuxSession(["--state-dir", state])
        defer { s.close() }
        let screen = s.waitFor(" 3/20  index")
        #expect(screen.contains("18 unread"))
        let row = screen.split(separator: "\n").first { $0.contains("Judy Asks: Will Elections Help or Hinder Ukraine?") }
        #expect(row?.hasPrefix(" ○") == true)
        // The first post reopens where it was left: its byline has scrolled away.
        s.send("g")
        s.waitFor(" 1/20  index")
        #expect(!s.screen().contains("Misha Glenny · Friday"))
        s.send("q")
        #expect(s.exitStatus() == 0)

        let listed = try FolioProcess.run(["--list", "--marks", "--state-dir", state])
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines[0].hasPrefix("  2014-10-24"))
        #expect(lines[1].hasPrefix("N 2014-10-23"))
        #expect(lines[2].hasPrefix("  2014-10-22"))
        let json = try FolioProcess.run(["--json", "--state-dir", state])
        let posts = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["posts"] as! [[String: Any]]
        #expect(posts.map { $0["read"] as? Bool } == (0..<20).map { $0 == 0 || $0 == 2 })
    }

    @Test func noStateReadsAndWritesNothing() throws {
        let home = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let s = try TmuxSession(["--no-state"], environment: ["XDG_STATE_HOME": home.path])
        defer { s.close() }
        s.waitFor("20 unread")
        s.send("R")
        s.waitFor("Mark 20 posts read? y/n")
        s.send("y")
        s.waitFor("0 unread")
        s.send("q")
        #expect(s.exitStatus() == 0)
        #expect((try FileManager.default.contentsOfDirectory(atPath: home.path)).isEmpty)
    }

    @Test func theUnreadLoopGoesThroughWhatIsUnreadAndUnreadShowsOnlyThat() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let state = ["--state-dir", dir.path]
        #expect(try FolioProcess.run(["--mark-read", "2", "--mark-read", "3"] + state).status == 0)
        let listed = try FolioProcess.run(["--unread", "--list"] + state)
        #expect(listed.stdout.split(separator: "\n").count == 18)
        #expect(!listed.stdout.contains("Whatever Happened to the End of History?"))
        do {
            let s = try TmuxSession(state)
            defer { s.close() }
            s.waitFor(" 1/20  index")
            // From the first post, u skips the two read ones; while reading, u goes on.
            s.send("u")
            s.waitFor(" 4/20  index")
            s.send("Enter", "u")
            s.waitFor(" 5/20  reading")
            s.send("U", "U")
            s.waitFor("the first unread") { $0.contains(" 1/20  reading") }
            s.send("U")
            s.waitFor("No earlier unread post")
            s.send("q", "R")
            s.waitFor("Mark 18 posts read? y/n")
            s.send("y")
            s.waitFor("0 unread")
            s.send("u")
            s.waitFor("No unread posts")
            s.send("z")
            s.waitFor("18 unread")
            s.send("q")
            #expect(s.exitStatus() == 0)
        }
        let s = try TmuxSession(["--unread"] + state)
        defer { s.close() }
        let screen = s.waitFor("only unread")
        #expect(screen.contains(" 18 posts"))
        s.send("t")
        s.waitFor(" 20 posts")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func searchesAreRecalledWithUpAfterARestart() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let s = try TmuxSession(["--state-dir", dir.path])
            defer { s.close() }
            s.waitFor(" 1/20  index")
            s.send("/")
            s.type("osce")
            s.send("Enter")
            s.waitFor("search “osce”")
            s.send("q")
            #expect(s.exitStatus() == 0)
        }
        // It reopens on the post it was at, the one that matched.
        let s = try TmuxSession(["--state-dir", dir.path])
        defer { s.close() }
        s.waitFor("20 posts")
        s.send("/", "Up")
        s.waitFor("the search recalled") { $0.contains(" /osce") && $0.contains("1 post") }
        s.send("Escape", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func marksGoUnderXDGStateHome() throws {
        let home = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try FolioProcess.run(["--mark-read", "merkel"], environment: ["XDG_STATE_HOME": home.path])
        #expect(r.stdout == "read: Can Merkel Deal With Putin’s Myths?\n")
        #expect(FileManager.default.fileExists(atPath: home.path + "/folio/state.json"))
        let unset = try FolioProcess.run(["--mark-unread", "merkel"], environment: ["XDG_STATE_HOME": home.path])
        #expect(unset.stdout == "unread: Can Merkel Deal With Putin’s Myths?\n")
    }

    @Test func aCorruptStateIsSetAsideAndAnUnwritableOneOnlyWarns() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        FileManager.default.createFile(atPath: dir.path + "/state.json", contents: Data("{\"version\":1,\"po".utf8))
        let s = try TmuxSession(["--state-dir", dir.path])
        defer { s.close() }
        s.waitFor("moved aside")
        s.send("q")
        // Long messages wrap in the pane: read it as one line.
        let screen = s.waitFor("modes:").replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("[exit=0]"))
        #expect(screen.contains("folio: the read marks in \(dir.path)/state.json could not be read; moved aside"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(names.contains { $0.hasPrefix("state.json.corrupt-") })

        let file = dir.appendingPathComponent("not-a-directory").path
        FileManager.default.createFile(atPath: file, contents: Data())
        let blocked = try TmuxSession(["--state-dir", file])
        defer { blocked.close() }
        blocked.waitFor("20 unread")
        // The first key notes the place, and the first save fails.
        blocked.send("j")
        blocked.waitFor("Read marks are not being saved")
        blocked.send("q")
        let after = blocked.waitFor("modes:").replacingOccurrences(of: "\n", with: "")
        #expect(after.contains("[exit=0]"))
        #expect(after.contains("folio: read marks are not being saved: \(file) is not a directory"))
    }

    @Test func twoProcessesMarkingAtOnceEndWithTheUnion() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let evens = stride(from: 1, through: 19, by: 2).flatMap { ["--mark-read", String($0)] }
        let odds = stride(from: 2, through: 20, by: 2).flatMap { ["--mark-read", String($0)] }
        let results = Locked<[FolioProcess.Result?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { n in
            let result = try? FolioProcess.run((n == 0 ? evens : odds) + ["--state-dir", dir.path])
            results.change { $0[n] = result }
        }
        #expect(results.value.allSatisfy { $0?.status == 0 })
        let listed = try FolioProcess.run(["--list", "--marks", "--state-dir", dir.path])
        #expect(listed.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("  ") })
    }

    /// kill -9 at random moments while folio saves mark after mark: the state
    /// always loads, and every mark folio reported saved is there.
    @Test func killNineDuringABurstNeverLosesASavedMark() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let order = try FolioProcess.run(["--list", "--no-state"]).stdout.split(separator: "\n")
            .map { String($0.split(separator: "  ").last!) }
        var expected = [String: Bool]()
        var kills = 0
        var round = 0
        while kills < 200 && round < 2000 {
            round += 1
            // Alternate read and unread so that every round really rewrites the file.
            let read = round % 2 == 1
            let process = Process()
            process.executableURL = URL(fileURLWithPath: FolioProcess.binary)
            process.arguments = (1...20).flatMap { [read ? "--mark-read" : "--mark-unread", String($0)] }
                + ["--state-dir", dir.path]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...60_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { kills += 1 }
            let reported = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").count
            for title in order.prefix(reported) { expected[title] = read }
            // The mark after the last one reported may have been saved, or not,
            // when the kill came between the save and the line that says so.
            let inFlight = reported < order.count ? order[reported] : nil

            let listed = try FolioProcess.run(["--list", "--marks", "--state-dir", dir.path])
            #expect(listed.status == 0)
            let lines = listed.stdout.split(separator: "\n")
            let isRead = Dictionary(uniqueKeysWithValues: lines.map {
                (String($0.split(separator: "  ").last!), $0.hasPrefix("  "))
            })
            let wrong = order.filter { $0 != inFlight && isRead[$0] != (expected[$0] ?? false) }
            #expect(wrong.isEmpty, "round \(round), \(reported) reported: wrong marks for \(wrong)")
            #expect(!listed.stderr.contains("moved aside"), "round \(round): the state failed to load")
            if let inFlight { expected[inFlight] = isRead[inFlight] }
            if !wrong.isEmpty { break }
        }
        #expect(kills >= 200)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.contains("corrupt") })
    }
}
