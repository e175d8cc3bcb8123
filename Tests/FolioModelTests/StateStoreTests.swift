import Foundation
import Testing
@testable import FolioModel
@testable import FolioState

@Suite struct ReadMarksMerging {
    @Test func theLaterEntryWinsAndDifferentPostsAreKeptByBoth() {
        var mine = ReadMarks()
        mine.set("a", read: true, at: 10)
        mine.set("b", read: true, at: 10)
        var theirs = ReadMarks()
        theirs.set("b", read: false, at: 20)
        theirs.set("c", read: true, at: 5)
        mine.merge(theirs)
        #expect(mine.isRead("a") && !mine.isRead("b") && mine.isRead("c"))
        var older = ReadMarks()
        older.set("a", read: false, at: 1)
        mine.merge(older)
        #expect(mine.isRead("a"))
    }

    @Test func aPostsKeySurvivesResortingAndOtherCaptures() {
        let sample = Fixtures.sample().posts
        let ids = sample.map(\.stableID)
        #expect(Set(ids).count == 20)
        let alone = Fixtures.parse("""
            • The West Is Losing Russia

                Posted by: Judy Dempsey Monday, October 06, 2014 8

                Another summary.
            """).posts[0]
        #expect(alone.stableID == sample.first { $0.title == "The West Is Losing Russia" }!.stableID)
        #expect(PostOrder.title.sorted(sample).map(\.stableID).sorted() == ids.sorted())
    }
}

@Suite struct StateFiles {
    func store() -> (StateStore, URL) {
        let dir = Fixtures.directory()
        return (StateStore(directory: dir.appendingPathComponent("folio").path), dir)
    }

    @Test func marksSurviveASaveAndALoad() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(store.load().marks == ReadMarks())
        var marks = ReadMarks()
        marks.set("a", read: true, part: 4, at: 100)
        marks.places["corpus"] = ReadMarks.Place(post: "a", part: 4, at: 100)
        try store.save(marks)
        let loaded = store.load()
        #expect(loaded.marks == marks)
        #expect(loaded.warning == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: store.directory)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func twoWritersKeepEachOthersMarks() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = StateStore(directory: store.directory)
        var first = ReadMarks()
        first.set("a", read: true, at: 1)
        var second = ReadMarks()
        second.set("b", read: true, at: 2)
        try store.save(first)
        try other.save(second)
        let marks = store.load().marks
        #expect(marks.isRead("a") && marks.isRead("b"))
    }

    @Test(arguments: [
        ("random bytes", Data((0..<300).map { _ in UInt8.random(in: 0...255) })),
        ("truncated", Data(#"{"version":1,"posts":{"a":{"read":tr"#.utf8)),
        ("empty", Data()),
        ("all NUL", Data(repeating: 0, count: 120)),
        ("a future version", Data(#"{"version":2,"posts":{},"places":{}}"#.utf8)),
        ("foreign JSON", Data(#"{"feeds":["x"]}"#.utf8)),
    ])
    func aBadStateFileIsSetAsideAndFolioStartsAfresh(kind: String, contents: Data) throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: store.file, contents: contents)
        let loaded = store.load()
        #expect(loaded.marks == ReadMarks(), "\(kind)")
        #expect(loaded.warning?.contains("moved aside") == true, "\(kind)")
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        let aside = try #require(names.first { $0.hasPrefix("state.json.corrupt-") })
        #expect(FileManager.default.contents(atPath: store.directory + "/" + aside) == contents)
        var marks = ReadMarks()
        marks.set("a", read: true, at: 1)
        try store.save(marks)
        #expect(store.load().marks.isRead("a"))
    }

    @Test func anUnusableDirectorySaysWhy() {
        let (_, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plain-file").path
        FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
        var marks = ReadMarks()
        marks.set("a", read: true, at: 1)
        #expect(throws: StateStore.Failure.self) { try StateStore(directory: file).save(marks) }
        #expect(throws: StateStore.Failure.self) { try StateStore(directory: file + "/below").save(marks) }
        #expect(StateStore(directory: file + "/below").load().marks == ReadMarks())
    }

    func marked(_ id: String, read: Bool = true, at: Double = 1) -> ReadMarks {
        var marks = ReadMarks()
        marks.set(id, read: read, at: at)
        return marks
    }

    @Test(.enabled(if: geteuid() != 0, "root reads a file of mode 000"))
    func aStateThatCannotBeReadIsNeverWrittenOver() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.save(marked("old"))
        chmod(store.file, 0)
        defer { chmod(store.file, 0o600) }
        let fresh = StateStore(directory: store.directory)
        #expect(fresh.load().warning?.contains("cannot be read") == true)
        #expect(throws: StateStore.Failure.self) { try fresh.save(marked("new")) }
        chmod(store.file, 0o600)
        #expect(store.load().marks.isRead("old"))
    }

    /// The same as root, who reads any mode: a folder where the file should be.
    @Test func aStateThatIsThereButNoFileIsNeverReplaced() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(atPath: store.file + "/inside", withIntermediateDirectories: true)
        #expect(store.load().warning?.contains("cannot be read") == true)
        #expect(throws: StateStore.Failure.self) { try store.save(marked("new")) }
        #expect(FileManager.default.fileExists(atPath: store.file + "/inside"))
    }

    @Test func aStateSpoiledWhileOpenIsSetAsideOnSaveAndTwoSpoilsKeepTwoCopies() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.save(marked("a"))
        for spoil in ["first spoil", "second spoil"] {
            FileManager.default.createFile(atPath: store.file, contents: Data(spoil.utf8))
            try store.save(marked("b"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory).filter { $0.hasPrefix("state.json.corrupt-") }
        let kept = Set(names.compactMap { FileManager.default.contents(atPath: store.directory + "/" + $0).map { String(decoding: $0, as: UTF8.self) } })
        #expect(kept == ["first spoil", "second spoil"])
        #expect(store.load().marks.isRead("b"))
    }

    @Test func scrollingAPostDoesNotUndoAMarkAnotherProcessSaved() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        // B is open with post 3 unread; `folio --mark-read 3` saves it read; B then scrolls post 3.
        var reader = store.load().marks
        try StateStore(directory: store.directory).save(marked("3", at: 50))
        reader.set("3", part: 2, at: 60)
        try store.save(reader.changes(since: ReadMarks()))
        let marks = store.load().marks
        #expect(marks.isRead("3"))
        #expect(marks.part("3") == 2)
        // An explicit unread later still wins.
        try store.save(marked("3", read: false, at: 70))
        #expect(!store.load().marks.isRead("3"))
    }

    @Test func temporaryFilesOfDeadProcessesAreRemoved() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.save(marked("a"))
        let stale = store.file + ".999999999.tmp"
        FileManager.default.createFile(atPath: stale, contents: Data("half".utf8))
        try store.save(marked("b"))
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test func plantedLinksAreNeverFollowed() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.save(marked("a"))
        let victim = dir.appendingPathComponent("victim").path
        FileManager.default.createFile(atPath: victim, contents: Data("precious".utf8))
        // A temporary file named as folio's next one, pointing elsewhere.
        let planted = store.file + ".\(getpid()).tmp"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        try store.save(marked("b"))
        #expect(FileManager.default.contents(atPath: victim) == Data("precious".utf8))
        #expect(store.load().marks.isRead("b"))
        // The lock, and the state file itself, as links: refused, the target untouched.
        unlink(store.directory + "/state.lock")
        try FileManager.default.createSymbolicLink(atPath: store.directory + "/state.lock", withDestinationPath: victim)
        #expect(throws: StateStore.Failure.self) { try store.save(marked("c")) }
        unlink(store.directory + "/state.lock")
        unlink(store.file)
        try FileManager.default.createSymbolicLink(atPath: store.file, withDestinationPath: victim)
        #expect(throws: StateStore.Failure.self) { try store.save(marked("c")) }
        #expect(FileManager.default.contents(atPath: victim) == Data("precious".utf8))
    }

    @Test func aStateFolderOthersCanWriteToIsRefused() throws {
        let (store, dir) = store()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.save(marked("a"))
        chmod(store.directory, 0o777)
        let error = #expect(throws: StateStore.Failure.self) { try store.save(marked("b")) }
        #expect(error?.description.contains("can be written by others") == true)
    }

    @Test func theDefaultPlaceFollowsXDG() {
        #expect(StateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"]) == "/x/state/folio")
        #expect(StateStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/folio")
        #expect(StateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/folio")
    }
}
