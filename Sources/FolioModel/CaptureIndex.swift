/// A large text capture's parse, written down so that opening it again
/// needs no parse: its posts' fields, where each one's text is in the file,
/// its site and its problems. Tied to the file it was read from by
/// `identity` (the file system's and a hash of its first and last blocks,
/// given by the caller); anything that does not read back whole and exact
/// (another file, another version, a byte changed or cut) gives nil, and
/// the file is parsed again.
public enum CaptureIndex {
    static let magic = Array("folio index 1\n".utf8)

    /// The index of `capture`, or nil when a post holds what the index
    /// cannot say (a text not kept in the file, a link, categories).
    public static func encode(_ capture: Capture, identity: [UInt8]) -> [UInt8]? {
        var out = Writer()
        out.bytes.reserveCapacity(capture.posts.count * 160 + identity.count + 4096)
        out.bytes(magic)
        out.string(identity[...])
        out.int(capture.site == nil ? 0 : 1)
        if let site = capture.site {
            out.string(site.name)
            out.string(site.description)
        }
        out.int(capture.problems.count)
        for problem in capture.problems {
            out.int(problem.line)
            out.string(problem.message)
        }
        // The authors first, each once: a post names its author by number.
        var authors: [NameBytes: Int] = [:]
        var names: [String] = []
        for post in capture.posts {
            guard let author = post.shared.fields.author, authors[NameBytes(author)] == nil else { continue }
            authors[NameBytes(author)] = names.count + 1
            names.append(author)
        }
        out.int(names.count)
        for name in names {
            out.string(name)
            out.string(SearchKey.fold(name))
        }
        out.int(capture.posts.count)
        for post in capture.posts {
            let fields = post.shared.fields
            guard fields.link == nil, fields.time == nil, fields.categories.isEmpty else { return nil }
            let kept: CapturedText?
            switch (fields.summaryText?.captured, fields.text.captured, fields.summaryText == nil, fields.text.isEmpty) {
            case (let summary?, nil, _, true): kept = summary
            case (nil, let text?, true, _): kept = text
            case (nil, nil, true, true): kept = nil
            default: return nil
            }
            out.string(fields.title)
            out.string(fields.identity.title)
            out.int(Int(Int64(bitPattern: fields.stableHash)))
            out.int(fields.author.map { authors[NameBytes($0)]! } ?? 0)
            out.int(fields.date.map { Int($0.ordinal) } ?? 0)
            out.int(fields.comments.map { $0 + 1 } ?? 0)
            out.int(fields.source.line)
            if let kept {
                out.int(kept.isSummary ? 1 : 2)
                out.int(kept.repeatsTitle ? 1 : 0)
                out.int(kept.range.lowerBound)
                out.int(kept.range.upperBound)
            } else {
                out.int(0)
            }
        }
        out.int(Int(Int64(bitPattern: out.bytes.withUnsafeBufferPointer { checksum($0) })))
        return out.bytes
    }

    /// The capture `index` says `file` holds, its texts read from `kept`
    /// (of `size` bytes); nil unless the index is whole, of this identity,
    /// and every post's text lies inside the file.
    public static func decode(_ index: [UInt8], identity: [UInt8], file: String, kept: any KeptBytes,
                              size: Int) -> Capture? {
        index.withUnsafeBufferPointer { decode($0, identity: identity, file: file, kept: kept, size: size) }
    }

    public static func decode(_ index: UnsafeBufferPointer<UInt8>, identity: [UInt8], file: String, kept: any KeptBytes,
                              size: Int) -> Capture? {
        guard let opened = open(index, identity: identity, file: file, kept: kept, size: size),
              let posts = opened.posts(0..<opened.count, at: opened.postsAt) else { return nil }
        var capture = opened.capture
        capture.posts = posts
        return capture
    }

    /// An index checked whole and read up to its posts, which can then be
    /// read in parts, each on a core of its own. Valid while its bytes are.
    public struct Opened: @unchecked Sendable {
        /// The site and the problems; the posts are read apart.
        public var capture: Capture
        public let count: Int
        /// Where the first post's record starts.
        public let postsAt: Int
        fileprivate let index: UnsafeBufferPointer<UInt8>
        fileprivate let names: [(name: String, folded: String)]
        fileprivate let file: String
        fileprivate let kept: any KeptBytes
        fileprivate let size: Int

        /// Where post `k`'s record starts: the records before it stepped over by their lengths.
        public func offset(ofPost k: Int) -> Int? {
            var read = Reader(bytes: index, at: postsAt)
            for _ in 0..<min(k, count) {
                guard read.string() != nil, read.string() != nil, read.bytes(40) != nil, let kind = read.int() else { return nil }
                if kind != 0 { guard read.bytes(24) != nil else { return nil } }
            }
            return read.at
        }

        /// The posts `range`, whose records start at byte `at`; nil unless
        /// each is sound, and the last ends where the sum starts.
        public func posts(_ range: Range<Int>, at: Int) -> [Post]? {
            var read = Reader(bytes: index, at: at)
            var posts: [Post] = []
            posts.reserveCapacity(range.count)
            for _ in range {
                guard let title = read.text(), let folded = read.text(), let hash = read.int(), let number = read.int(),
                      number >= 0, number <= names.count, let day = read.int(), day >= 0, day <= Int(UInt32.max),
                      let comments = read.int(), comments >= 0, let line = read.int(), let kind = read.int() else { return nil }
                let date = day == 0 ? nil : CalendarDate(ordinal: UInt32(day))
                guard day == 0 || date != nil else { return nil }
                var text: CapturedText?
                if kind != 0 {
                    guard kind == 1 || kind == 2, let repeats = read.int(), let start = read.int(), let end = read.int(),
                          start >= 0, start <= end, end <= size else { return nil }
                    text = CapturedText(bytes: kept, range: start..<end, repeatsTitle: repeats == 1, isSummary: kind == 1)
                }
                let author = number == 0 ? nil : names[number - 1]
                posts.append(Post(title: title, author: author?.name, date: date,
                                  comments: comments == 0 ? nil : comments - 1, text: text,
                                  source: SourceLocation(file: file, line: line),
                                  identity: PostIdentity(title: folded, author: author?.folded ?? "", date: date),
                                  stableHash: UInt64(bitPattern: Int64(hash))))
            }
            if range.upperBound == count { guard read.int() != nil, read.atEnd else { return nil } }
            return posts
        }
    }

    public static func open(_ index: UnsafeBufferPointer<UInt8>, identity: [UInt8], file: String, kept: any KeptBytes,
                            size: Int) -> Opened? {
        var read = Reader(bytes: index)
        guard read.bytes(magic.count)?.elementsEqual(magic) == true, read.string()?.elementsEqual(identity) == true
        else { return nil }
        // The sum at the end says the index is whole and unchanged before anything is built from it.
        var end = Reader(bytes: index, at: max(0, index.count - 8))
        guard index.count >= 8, end.int() == Int(Int64(bitPattern: checksum(UnsafeBufferPointer(rebasing: index[..<(index.count - 8)]))))
        else { return nil }
        var capture = Capture()
        switch read.int() {
        case 0: break
        case 1:
            guard let name = read.text(), let description = read.text() else { return nil }
            capture.site = Site(name: name, description: description)
        default: return nil
        }
        guard let problems = read.count() else { return nil }
        for _ in 0..<problems {
            guard let line = read.int(), let message = read.text() else { return nil }
            capture.problems.append(Problem(file: file, line: line, message: message))
        }
        guard let authorCount = read.count() else { return nil }
        var names: [(name: String, folded: String)] = []
        for _ in 0..<authorCount {
            guard let name = read.text(), let folded = read.text() else { return nil }
            names.append((name, folded))
        }
        guard let count = read.count() else { return nil }
        capture.readsInPieces = true
        return Opened(capture: capture, count: count, postsAt: read.at, index: index, names: names, file: file, kept: kept, size: size)
    }

    /// FNV-1a over the bytes, eight at a time: a bit changed on the disk is
    /// an index not trusted.
    private static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let b = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        while i + 8 <= b.count {
            hash = (hash ^ b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            i += 8
        }
        while i < b.count {
            hash = (hash ^ UInt64(b[i])) &* 0x100_0000_01b3
            i += 1
        }
        return hash
    }

    /// Numbers as 8 bytes, little-endian; strings as their length and UTF-8.
    private struct Writer {
        var bytes: [UInt8] = []

        mutating func bytes(_ more: [UInt8]) { bytes += more }

        mutating func int(_ n: Int) { withUnsafeBytes(of: Int64(n).littleEndian) { bytes += $0 } }

        mutating func string(_ text: String) { string(text.utf8) }

        mutating func string<Bytes: Collection>(_ utf8: Bytes) where Bytes.Element == UInt8 {
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Every read checked against the end: nil rather than a read past it.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func bytes(_ n: Int) -> UnsafeBufferPointer<UInt8>? {
            guard n >= 0, n <= bytes.count - at else { return nil }
            defer { at += n }
            return UnsafeBufferPointer(rebasing: bytes[at..<at + n])
        }

        mutating func int() -> Int? {
            guard let b = bytes(8) else { return nil }
            return Int(Int64(littleEndian: UnsafeRawBufferPointer(b).loadUnaligned(as: Int64.self)))
        }

        /// A count of things still to read: no more than bytes are left.
        mutating func count() -> Int? {
            guard let n = int(), n >= 0, n <= bytes.count - at else { return nil }
            return n
        }

        mutating func string() -> UnsafeBufferPointer<UInt8>? {
            guard let n = count() else { return nil }
            return bytes(n)
        }

        /// A string the parse made; the sum has said its bytes are those written.
        mutating func text() -> String? {
            string().map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
