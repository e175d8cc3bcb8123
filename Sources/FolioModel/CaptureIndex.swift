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
        var authors: [NameBytes: Int] = [:]
        var names: [String] = []
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
            if let author = fields.author {
                let n = authors[NameBytes(author)] ?? names.count
                if n == names.count {
                    authors[NameBytes(author)] = n
                    names.append(author)
                }
                out.int(n + 1)
            } else {
                out.int(0)
            }
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
        out.int(names.count)
        for name in names {
            out.string(name)
            out.string(SearchKey.fold(name))
        }
        out.int(Int(Int64(bitPattern: checksum(out.bytes[...]))))
        return out.bytes
    }

    /// The capture `index` says `file` holds, its texts read from `kept`
    /// (of `size` bytes); nil unless the index is whole, of this identity,
    /// and every post's text lies inside the file.
    public static func decode(_ index: [UInt8], identity: [UInt8], file: String, kept: any KeptBytes,
                              size: Int) -> Capture? {
        var read = Reader(bytes: index)
        guard read.bytes(magic.count).map(Array.init) == magic, read.string() == identity else { return nil }
        // The sum at the end says the index is whole and unchanged before anything is built from it.
        var end = Reader(bytes: index, at: max(0, index.count - 8))
        guard index.count >= 8, end.int() == Int(Int64(bitPattern: checksum(index[..<(index.count - 8)]))) else { return nil }
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
        struct Row {
            var title: String, folded: String, hash: Int, author: Int, date: Int, comments: Int, line: Int
            var kind: Int, repeatsTitle: Bool, range: Range<Int>
        }
        guard let count = read.count() else { return nil }
        var rows: [Row] = []
        rows.reserveCapacity(count)
        for _ in 0..<count {
            guard let title = read.text(), let folded = read.text(), let hash = read.int(), let author = read.int(),
                  let date = read.int(), let comments = read.int(), let line = read.int(), let kind = read.int() else { return nil }
            var row = Row(title: title, folded: folded, hash: hash, author: author, date: date, comments: comments, line: line,
                          kind: kind, repeatsTitle: false, range: 0..<0)
            if kind != 0 {
                guard kind <= 2, let repeats = read.int(), let start = read.int(), let end = read.int(),
                      start >= 0, start <= end, end <= size else { return nil }
                (row.repeatsTitle, row.range) = (repeats == 1, start..<end)
            }
            rows.append(row)
        }
        guard let authorCount = read.count() else { return nil }
        var names: [(name: String, folded: String)] = []
        for _ in 0..<authorCount {
            guard let name = read.text(), let folded = read.text() else { return nil }
            names.append((name, folded))
        }
        guard read.int() != nil, read.atEnd else { return nil }
        capture.readsInPieces = true
        capture.posts.reserveCapacity(rows.count)
        for row in rows {
            guard row.author <= names.count, row.date >= 0, row.date <= Int(UInt32.max), row.comments >= 0 else { return nil }
            let date = row.date == 0 ? nil : CalendarDate(ordinal: UInt32(row.date))
            guard row.date == 0 || date != nil else { return nil }
            let text = row.kind == 0 ? nil
                : CapturedText(bytes: kept, range: row.range, repeatsTitle: row.repeatsTitle, isSummary: row.kind == 1)
            let author = row.author == 0 ? nil : names[row.author - 1]
            capture.posts.append(Post(title: row.title, author: author?.name, date: date,
                                      comments: row.comments == 0 ? nil : row.comments - 1, text: text,
                                      source: SourceLocation(file: file, line: row.line),
                                      identity: PostIdentity(title: row.folded, author: author?.folded ?? "", date: date),
                                      stableHash: UInt64(bitPattern: Int64(row.hash))))
        }
        return capture
    }

    /// FNV-1a over the bytes, eight at a time: a bit changed on the disk is
    /// an index not trusted.
    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { b in
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
        let bytes: [UInt8]
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func bytes(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, n <= bytes.count - at else { return nil }
            defer { at += n }
            return bytes[at..<at + n]
        }

        mutating func int() -> Int? {
            guard let b = bytes(8) else { return nil }
            return Int(Int64(bitPattern: b.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }))
        }

        /// A count of things still to read: no more than bytes are left.
        mutating func count() -> Int? {
            guard let n = int(), n >= 0, n <= bytes.count - at else { return nil }
            return n
        }

        mutating func string() -> [UInt8]? {
            guard let n = count(), let b = bytes(n) else { return nil }
            return Array(b)
        }

        /// A string that must be UTF-8, as the parse made it.
        mutating func text() -> String? {
            guard let b = string() else { return nil }
            return String(validating: b, as: UTF8.self)
        }
    }
}
