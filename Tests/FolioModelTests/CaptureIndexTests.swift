import Foundation
import Testing
@testable import FolioModel
@testable import FolioSources

/// A large capture's index gives back exactly what the parse gave, and
/// anything else (another file, a byte changed, a cut) gives nothing.
@Suite struct CaptureIndexes {
    /// The capture of `file` as parsed, its texts kept in the file as a
    /// large capture's are.
    static func parsed(_ file: String) throws -> (Capture, FileBytes) {
        let kept = try #require(FileBytes(file))
        let head = try #require(CaptureFiles.head(of: file, limit: 1 << 30, keptIn: kept))
        return (head.capture, kept)
    }

    @Test func anIndexGivesBackWhatTheParseGave() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let varied = dir.appendingPathComponent("varied.txt").path
        FileManager.default.createFile(atPath: varied, contents: Data(LargeCaptures.variedArchive().utf8))
        for file in [Fixtures.sampleFile, varied] {
            let (capture, kept) = try Self.parsed(file)
            let identity = try #require(IndexFiles.identity(kept.descriptor))
            let index = try #require(CaptureIndex.encode(capture, identity: identity))
            let back = try #require(CaptureIndex.decode(index, identity: identity, file: file, kept: kept, size: kept.size))
            #expect(back.posts == capture.posts, "\(file)")
            // Read in two parts from anywhere (as on two cores): the same posts;
            // a part that should end at the sum and does not gives none.
            try index.withUnsafeBufferPointer { bytes in
                let opened = try #require(CaptureIndex.open(bytes, identity: identity, file: file, kept: kept, size: kept.size))
                for cut in [0, 1, opened.count / 2, opened.count - 1, opened.count] {
                    let middle = try #require(opened.offset(ofPost: cut))
                    let parts = (opened.posts(0..<cut, at: opened.postsAt) ?? []) + (opened.posts(cut..<opened.count, at: middle) ?? [])
                    #expect(parts == capture.posts, "\(file) \(cut)")
                }
                #expect(opened.count < 2 || opened.posts(1..<opened.count, at: opened.postsAt) == nil)
            }
            #expect(back.posts.map(\.stableHash) == capture.posts.map(\.stableHash))
            #expect(back.posts.map(\.identity) == capture.posts.map(\.identity))
            #expect(back.posts.map(\.source) == capture.posts.map(\.source))
            #expect(back.posts.map(\.summary) == capture.posts.map(\.summary))
            #expect(back.posts.map(\.body) == capture.posts.map(\.body))
            #expect(back.problems == capture.problems)
            #expect(back.site == capture.site)
        }
    }

    @Test func anIndexOfAnotherFileOrChangedOrCutGivesNothing() throws {
        let (capture, kept) = try Self.parsed(Fixtures.sampleFile)
        let identity = try #require(IndexFiles.identity(kept.descriptor))
        let index = try #require(CaptureIndex.encode(capture, identity: identity))
        func decode(_ bytes: [UInt8], identity: [UInt8] = identity, size: Int = kept.size) -> Capture? {
            CaptureIndex.decode(bytes, identity: identity, file: Fixtures.sampleFile, kept: kept, size: size)
        }
        #expect(decode(index) != nil)
        #expect(decode(index, identity: identity.dropLast() + [identity.last! ^ 1]) == nil)
        // Ranges past the end of a file that shrank.
        #expect(decode(index, size: kept.size / 2) == nil)
        for at in stride(from: 0, to: index.count, by: max(1, index.count / 200)) {
            var changed = index
            changed[at] ^= 0x20
            #expect(decode(changed) == nil, "byte \(at) changed")
            #expect(decode(Array(index[..<at])) == nil, "cut at \(at)")
        }
        #expect(decode(index + [0]) == nil)
    }

    /// A text said to repeat its title over bytes with no line in them (an
    /// index made by hand, whose sum holds) is no text, not a crash.
    @Test func aTextOfNoLinesThatRepeatsItsTitleIsEmpty() throws {
        let bytes: [UInt8] = Array("\n\n  \n\nWords\n".utf8)
        let allocation = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = allocation.initialize(from: bytes)
        let kept = CaptureBytes(allocation, holding: UnsafeBufferPointer(allocation))
        #expect(CapturedText(bytes: kept, range: 0..<5, repeatsTitle: true, isSummary: true).blocks.isEmpty)
        #expect(CapturedText(bytes: kept, range: 0..<bytes.count, repeatsTitle: true, isSummary: true).blocks.isEmpty)
        #expect(CapturedText(bytes: kept, range: 0..<bytes.count, repeatsTitle: false, isSummary: true).blocks.map(\.text) == ["Words"])
    }

    /// Over 8 MB a capture read whole leaves its index in the cache folder;
    /// read again it comes from there, and a file changed since is read again.
    @Test func aLargeCaptureIsReadAgainFromItsIndexUntilItChanges() throws {
        let dir = Fixtures.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt")
        var page = ""
        for n in 0..<50_000 {
            page += "  • Post number \(n)\n\n    Posted by: Author \(n % 97) October \(n % 28 + 1), 2014 \(n % 5)\n\n"
            page += "    Words of the summary of post \(n), which runs on for a while to make the archive large.\n\n"
            if n % 3 == 0 { page += "    Its second paragraph.\n\n" }
        }
        page += "About Big Blog\n\nA description.\n"
        try Data(page.utf8).write(to: file)
        #expect(page.utf8.count > 8 << 20)
        IndexFiles.directory = dir.appendingPathComponent("cache").path
        defer { IndexFiles.directory = nil }
        let read = CaptureFiles.load([file.path]).corpus
        IndexFiles.finishWriting()  // written on a thread of its own
        let kept = try #require(FileBytes(file.path))
        let indexed = try #require(IndexFiles.capture(of: file.path, in: kept))
        #expect(Corpus(captures: [indexed]).posts == read.posts)
        #expect(CaptureFiles.load([file.path]).corpus.posts == read.posts)
        #expect(indexed.site?.name == "Big Blog")

        // Changed in place: the index is no longer this file's; the parse writes another.
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("  • One More\n\n    Posted by: Ann October 2, 2014\n\n    Its text.\n".utf8))
        try handle.close()
        let changed = try #require(FileBytes(file.path))
        #expect(IndexFiles.capture(of: file.path, in: changed) == nil)
        let again = CaptureFiles.load([file.path]).corpus
        IndexFiles.finishWriting()
        #expect(again.posts.count == read.posts.count + 1)
        #expect(again.posts.last?.summary == "Its text.")
        #expect(try #require(IndexFiles.capture(of: file.path, in: changed)).posts.count == read.posts.count + 1)

        // Changed in place again, its size the same: held open from before (a
        // reader's first screen), the file is read from neither index.
        let same = try FileHandle(forWritingTo: file)
        try same.seek(toOffset: UInt64(page.utf8.count - 12))
        try same.write(contentsOf: Data("X".utf8))
        try same.close()
        let third = CaptureFiles.load([file.path]).corpus
        IndexFiles.finishWriting()
        #expect(third.site?.description != read.site?.description)
        #expect(IndexFiles.capture(of: file.path, in: changed) == nil)
    }
}
