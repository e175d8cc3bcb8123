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

    @Test func theDefaultPlaceFollowsXDG() {
        #expect(StateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"]) == "/x/state/folio")
        #expect(StateStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/folio")
        #expect(StateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/folio")
    }
}
