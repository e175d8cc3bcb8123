import Testing
@testable import FolioModel

/// A capture's lines, found a window of line feeds at a time, are the lines
/// a plain split gives, wherever the feeds fall among the blocks of 64
/// bytes and the windows of 64 KB the finder goes by.
@Suite struct LineSplits {
    /// Text of `count` bytes with a line feed wherever `feedAt` says.
    static func text(count: Int, feedAt: (Int) -> Bool) -> [UInt8] {
        (0..<count).map { feedAt($0) ? 0x0A : UInt8(ascii: "a") + UInt8($0 % 26) }
    }

    /// What a plain split gives: each line's bytes and number.
    static func plainLines(_ bytes: [UInt8]) -> [(number: Int, text: String)] {
        if bytes.isEmpty { return [] }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if bytes.last == 0x0A { lines.removeLast() }
        return lines.enumerated().map { ($0.offset + 1, $0.element) }
    }

    static func split(_ bytes: [UInt8]) -> [(number: Int, text: String)]? {
        CaptureText(bytes: bytes, file: "t.txt").map { $0.lines.map { ($0.number, $0.text) } }
    }

    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 4095, 65535, 65536, 65537, 200_003])
    func linesAreThePlainSplitsWhateverTheLength(count: Int) throws {
        var seed: UInt64 = UInt64(count) &+ 3
        let bytes = Self.text(count: count) { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return seed >> 59 == 0
        }
        let lines = try #require(Self.split(bytes))
        let plain = Self.plainLines(bytes)
        #expect(lines.count == plain.count)
        #expect(zip(lines, plain).allSatisfy { $0.number == $1.number && $0.text == $1.text })
        #expect(bytes.withUnsafeBufferPointer(CaptureText.lineFeeds) == bytes.filter { $0 == 0x0A }.count)
    }

    /// Feeds side by side, at the ends of blocks and windows, and a text
    /// that is nothing but feeds: every empty line is a line.
    @Test func feedsAtTheEdgesOfBlocksAndWindowsEachEndALine() throws {
        let edges: Set<Int> = [0, 1, 62, 63, 64, 65, 127, 128, 65534, 65535, 65536, 65537, 131_071, 131_072]
        let bytes = Self.text(count: 140_000) { edges.contains($0) }
        let lines = try #require(Self.split(bytes))
        #expect(lines.map(\.text) == Self.plainLines(bytes).map(\.text))
        #expect(lines.last?.number == edges.count + 1)
        let feeds = [UInt8](repeating: 0x0A, count: 300)
        #expect(try #require(Self.split(feeds)).count == 300)
        #expect(feeds.withUnsafeBufferPointer(CaptureText.lineFeeds) == 300)
    }
}
