import Glibc

/// The sample's own byline, `Posted by: AUTHOR [WEEKDAY, ]MONTH DD, YYYY[ COMMENTS]`,
/// read on its bytes: an archive has one a post, and reading it as words
/// (a String each, the date looked up among many languages' names) was
/// most of the parse. Only that exact shape is read here, and an author
/// only once `Byline.read` has read it back unchanged; any other line is
/// left to `Byline.read`, so that what comes out is what it would give.
struct SampleByline {
    /// Authors this parse read that `known` did not hold, by their bytes,
    /// each read once and shared by all its posts; nil for bytes that
    /// `Byline.read` would not take whole as an author. The bytes are the
    /// capture's, which outlive the parse that keeps this.
    private var authors: [AuthorBytes: Author?] = [:]
    /// What other parses read, in bytes of their own: looked up first, so
    /// that a piece of an archive hashes a known name once, not three
    /// times (a miss here, a hit there, a copy here, and again for `learned`).
    private let known: AuthorVerdicts

    init(known: AuthorVerdicts = AuthorVerdicts()) { self.known = known }

    /// What this parse read that was not known, for parses to come.
    var learned: AuthorVerdicts {
        var new = AuthorVerdicts()
        for (key, author) in authors { new.table[AuthorBytes(owning: key.bytes)] = author }
        return new
    }

    static let marker = Array("Posted by: ".utf8)
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"].map { Array($0.utf8) }
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { Array($0.utf8) }

    /// The byline `line` holds, with its author folded for the post's
    /// identity; nil when it is not of the exact shape (and `Byline.read`
    /// must say what it is).
    mutating func read(_ line: UnsafeBufferPointer<UInt8>) -> (byline: Byline, foldedAuthor: String)? {
        let marker = Self.marker
        guard line.count > marker.count + 12, line[0] == 0x50, line.starts(with: marker) else { return nil }
        var words = WordsFromEnd(line, after: marker.count)
        func number(_ word: Range<Int>) -> Int? {
            guard word.count <= 9, line[word].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return line[word].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func name(_ word: Range<Int>, among names: [[UInt8]]) -> Int? {
            names.firstIndex { $0.count == word.count && line[word].elementsEqual($0) }.map { $0 + 1 }
        }
        guard let last = words.next(), let lastNumber = number(last), var dayWord = words.next() else { return nil }
        var (year, comments) = (lastNumber, nil as Int?)
        if let y = number(dayWord), dayWord.count == 4 {
            // The count of comments after the year.
            guard let word = words.next() else { return nil }
            (year, comments, dayWord) = (y, lastNumber, word)
        } else if last.count != 4 {
            return nil
        }
        guard line[dayWord.upperBound - 1] == 0x2C, dayWord.count <= 3, let day = number(dayWord.dropLast()),
              let monthWord = words.next(), let month = name(monthWord, among: Self.months),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        // A weekday before the month, `Thursday, `, is no part of the name.
        let beforeWeekday = words.end
        if let word = words.next(), line[word.upperBound - 1] != 0x2C || name(word.dropLast(), among: Self.weekdays) == nil {
            words.end = beforeWeekday
        }
        let end = words.end
        guard end > marker.count, let author = author(UnsafeBufferPointer(rebasing: line[marker.count..<end])) else { return nil }
        return (Byline(author: author.name, date: date, comments: comments), author.folded)
    }

    /// The author these bytes name, when `Byline.read` takes them whole as one.
    private mutating func author(_ bytes: UnsafeBufferPointer<UInt8>) -> Author? {
        let key = AuthorBytes(bytes)
        if let found = known.table[key] ?? authors[key] { return found }
        let name = String(decoding: bytes, as: UTF8.self)
        // Read back in a byline of its own: digits and punctuation, a word
        // that reads as a weekday or a month's day, anything it would trim
        // or split, and the bytes are left to `Byline.read` line by line.
        var taken: Author?
        if !bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
           case .byline(let read)? = Byline.read("Posted by: \(name) October 1, 2014", allowUnmarked: false),
           read.author == name, read.date == CalendarDate(year: 2014, month: 10, day: 1), read.comments == nil {
            taken = Author(name: name, folded: SearchKey.fold(name))
        }
        authors[key] = taken
        return taken
    }
}

/// A line's words read from its end, each ended by `end`, which then
/// stands on the space before it. (A nested function changing a local
/// variable had its every access checked at run time.)
private struct WordsFromEnd {
    let line: UnsafeBufferPointer<UInt8>
    /// Where the words may start: after the marker.
    let floor: Int
    var end: Int

    init(_ line: UnsafeBufferPointer<UInt8>, after floor: Int) { (self.line, self.floor, end) = (line, floor, line.count) }

    mutating func next() -> Range<Int>? {
        var start = end
        while start > 0, line[start - 1] != 0x20 { start -= 1 }
        guard start < end, start > floor else { return nil }
        defer { end = start - 1 }
        return start..<end
    }
}

/// What the sample's byline reader knows of authors' bytes, carried from
/// one parse to the next: whether `Byline.read` takes them whole, and as
/// what name.
public struct AuthorVerdicts: Sendable {
    fileprivate var table: [AuthorBytes: Author?] = [:]

    public init() {}

    /// Up to a few thousand names: an archive with more authors than that
    /// gains little from them, and each piece begins with a copy.
    public mutating func learn(_ other: AuthorVerdicts) {
        for (key, author) in other.table where table.count < 4096 && table[key] == nil { table[key] = author }
    }
}

/// An author as the posts show the name, and folded as their identities
/// hold it: both made once for all the author's posts.
private struct Author: Sendable {
    let name: String
    let folded: String
}

/// Bytes of a capture compared and hashed as bytes, without a copy; or a
/// copy of them of its own, to outlive the capture.
private struct AuthorBytes: Hashable, @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let owner: OwnedBytes?

    init(_ bytes: UnsafeBufferPointer<UInt8>) { (self.bytes, owner) = (bytes, nil) }

    init(owning bytes: UnsafeBufferPointer<UInt8>) {
        let owner = OwnedBytes(bytes)
        (self.bytes, self.owner) = (UnsafeBufferPointer(owner.buffer), owner)
    }

    static func == (a: AuthorBytes, b: AuthorBytes) -> Bool {
        a.bytes.count == b.bytes.count && (a.bytes.count == 0 || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
}

/// A copy of some bytes, freed with the last key that holds it.
private final class OwnedBytes {
    let buffer: UnsafeMutableBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer = .allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
    }

    deinit { buffer.deallocate() }
}
