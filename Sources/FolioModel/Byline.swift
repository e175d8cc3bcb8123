/// The line under a title that names the author and the day:
/// `Posted by: Judy Dempsey Monday, October 20, 2014 2`.
public struct Byline: Hashable, Sendable {
    public var author: String
    /// Nil when the line names no day (the archive's date bullet may supply it).
    public var date: CalendarDate?
    public var comments: Int?

    public init(author: String, date: CalendarDate?, comments: Int?) {
        self.author = author
        self.date = date
        self.comments = comments
    }

    public enum Reading: Equatable {
        case byline(Byline)
        /// A byline whose date names no real day.
        case impossibleDate(String)
        /// Starts like a byline but holds no author.
        case unreadable(String)
    }

    /// Reads `line` as a byline. `allowUnmarked` allows a line without a leading
    /// `Posted by`/`By` marker, which is accepted only when it is exactly an
    /// author followed by a date (and a comment count).
    public static func read(_ line: String, allowUnmarked: Bool) -> Reading? {
        let trimmed = line.trimmingWhitespace()
        let lower = trimmed.prefix(16).lowercased()
        for marker in ["posted on ", "published on "] where lower.hasPrefix(marker) {
            return readDateFirst(words(String(trimmed.dropFirst(marker.count))), line: trimmed)
        }
        for marker in ["posted by:", "posted by ", "written by:", "written by ", "by:", "by "]
        where lower.hasPrefix(marker) {
            // A sentence may start with "By": without a date it is prose, not a byline.
            return readAuthorFirst(words(String(trimmed.dropFirst(marker.count))), line: trimmed,
                                   marked: true, needsDate: !marker.hasPrefix("posted"))
        }
        guard allowUnmarked, trimmed.count <= 120 else { return nil }
        return readAuthorFirst(words(trimmed), line: trimmed, marked: false, needsDate: true)
    }

    /// Words of a byline, with a date run into the author's name
    /// (`GlennyOctober 24, 2014`) split apart. Split on the bytes: bylines are
    /// read once a post, and a 100 MB archive has a hundred thousand of them.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        for word in text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            let bytes = Array(word)
            var cut = 0
            if bytes.count > 3 {
                for k in 1..<bytes.count where bytes[k] >= 0x41 && bytes[k] <= 0x5A && bytes[k - 1] >= 0x61 && bytes[k - 1] <= 0x7A {
                    let tail = String(decoding: bytes[k...], as: UTF8.self)
                    if let m = DateText.month(tail), tail.trimmingCharacters(",.").count > 3 || m == 5 {
                        cut = k
                        break
                    }
                }
            }
            if cut > 0 {
                out.append(String(decoding: bytes[..<cut], as: UTF8.self))
                out.append(String(decoding: bytes[cut...], as: UTF8.self))
            } else {
                out.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        return out
    }

    static func comments(_ words: ArraySlice<String>) -> (count: Int?, rest: ArraySlice<String>) {
        var rest = words
        if let last = rest.last, ["comment", "comments"].contains(last.lowercased()) { rest.removeLast() }
        if let last = rest.last, let n = DateText.number(last, digits: 1...9) {
            rest.removeLast()
            return (n, rest)
        }
        return (nil, words)
    }

    static func author(_ words: ArraySlice<String>) -> String {
        var parts = Array(words)
        let joiners: Set<String> = ["on", "|", "-", "–", "—", "·", "•", "/"]
        while let last = parts.last, joiners.contains(last.lowercased()) { parts.removeLast() }
        return parts.joined(separator: " ").trimmingCharacters(",;:|·•-–— ")
    }

    static func readAuthorFirst(_ words: [String], line: String, marked: Bool, needsDate: Bool) -> Reading? {
        guard let date = DateText.first(in: words) else {
            guard marked, !needsDate else { return nil }
            let (count, rest) = comments(words[...])
            let name = author(rest)
            return name.isEmpty ? .unreadable(line) : .byline(Byline(author: name, date: nil, comments: count))
        }
        var authorEnd = date.range.lowerBound
        if authorEnd > 0, DateText.isWeekday(words[authorEnd - 1]) { authorEnd -= 1 }
        let trailing = words[date.range.upperBound...]
        let (count, rest) = comments(trailing)
        if !marked && !rest.isEmpty { return nil }
        let name = author(words[..<authorEnd])
        if !marked && (name.isEmpty || words[..<authorEnd].count > 6) { return nil }
        switch date.found {
        case .impossible(let text):
            return .impossibleDate(text)
        case .valid(let day):
            if name.isEmpty { return .unreadable(line) }
            return .byline(Byline(author: name, date: day, comments: count))
        }
    }

    /// `Posted on October 9, 2014 by Judy Dempsey`
    static func readDateFirst(_ words: [String], line: String) -> Reading? {
        guard let date = DateText.first(in: words), date.range.lowerBound <= 1 else { return .unreadable(line) }
        var rest = words[date.range.upperBound...]
        if let first = rest.first, first.lowercased() == "by" || first.lowercased() == "by:" { rest.removeFirst() }
        let (count, names) = comments(rest)
        let name = author(names)
        switch date.found {
        case .impossible(let text): return .impossibleDate(text)
        case .valid(let day):
            return name.isEmpty ? .unreadable(line) : .byline(Byline(author: name, date: day, comments: count))
        }
    }
}

extension StringProtocol {
    public func trimmingWhitespace() -> String { trimming(\.isWhitespace) }

    public func trimmingCharacters(_ set: String) -> String { trimming(set.contains) }

    /// Without the characters at either end that `drop` says to drop.
    public func trimming(_ drop: (Character) -> Bool) -> String {
        var s = Substring(self)
        while let f = s.first, drop(f) { s.removeFirst() }
        while let l = s.last, drop(l) { s.removeLast() }
        return String(s)
    }
}
