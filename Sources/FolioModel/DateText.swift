/// Finds a written date among the words of a byline or a bullet:
/// `October 9, 2014`, `Oct 9, 2014`, `9 October 2014`, `2014-10-09`.
struct DateText {
    enum Found {
        case valid(CalendarDate)
        /// Looks like a date but names no real day (February 30, 2014-13-01).
        case impossible(String)
    }

    /// The words `range` of `words` hold the date.
    var range: Range<Int>
    var found: Found

    /// Month and weekday names are 3 to 10 ASCII letters, with a dot or comma.
    static func couldBeName(_ word: String) -> Bool {
        let u = word.utf8
        guard u.count >= 3, u.count <= 11, let f = u.first else { return false }
        return (f >= 0x41 && f <= 0x5A) || (f >= 0x61 && f <= 0x7A)
    }

    /// Lowercase month and weekday names and their abbreviations, for lookups
    /// that cost no more than the word: bylines are read once a post.
    static let months: [String: Int] = {
        var table = ["sept": 9]
        for (i, name) in CalendarDate.monthNames.enumerated() {
            table[name.lowercased()] = i + 1
            table[String(name.lowercased().prefix(3))] = i + 1
        }
        return table
    }()

    static let weekdays: Set<String> = Set(CalendarDate.weekdayNames.flatMap { [$0.lowercased(), String($0.lowercased().prefix(3))] })

    /// The word in ASCII lowercase without a trailing dot or comma, or nil
    /// when it cannot be a month or weekday name.
    static func nameKey(_ word: String) -> String? {
        guard couldBeName(word) else { return nil }
        var bytes = Array(word.utf8)
        while let l = bytes.last, l == 0x2C || l == 0x2E { bytes.removeLast() }
        for k in bytes.indices {
            let b = bytes[k]
            if b >= 0x41 && b <= 0x5A { bytes[k] = b + 0x20 } else if b < 0x61 || b > 0x7A { return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func month(_ word: String) -> Int? {
        nameKey(word).flatMap { months[$0] }
    }

    static func isWeekday(_ word: String) -> Bool {
        nameKey(word).map { weekdays.contains($0) } ?? false
    }

    static func number(_ word: String, digits: ClosedRange<Int>) -> Int? {
        var w = word.utf8[...]
        while let l = w.last, l == 0x2C || l == 0x2E { w.removeLast() }
        guard digits.contains(w.count), w.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return w.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    static func make(_ y: Int, _ m: Int, _ d: Int, _ words: ArraySlice<String>) -> Found {
        if let date = CalendarDate(year: y, month: m, day: d) { return .valid(date) }
        return .impossible(words.joined(separator: " "))
    }

    /// The first date in `words`, searching from `start`.
    static func first(in words: [String], from start: Int = 0) -> DateText? {
        var i = start
        while i < words.count {
            if let found = at(i, in: words) { return found }
            i += 1
        }
        return nil
    }

    static func at(_ i: Int, in words: [String]) -> DateText? {
        let w = words[i]
        if let iso = isoDate(w) {
            return DateText(range: i..<i + 1, found: iso)
        }
        guard i + 2 < words.count else { return nil }
        // Month Day, Year
        if let m = month(w), let d = number(words[i + 1], digits: 1...2),
           let y = number(words[i + 2], digits: 4...4) {
            return DateText(range: i..<i + 3, found: make(y, m, d, words[i...i + 2]))
        }
        // Day Month Year
        if let d = number(w, digits: 1...2), let m = month(words[i + 1]),
           let y = number(words[i + 2], digits: 4...4) {
            return DateText(range: i..<i + 3, found: make(y, m, d, words[i...i + 2]))
        }
        return nil
    }

    static func isoDate(_ word: String) -> Found? {
        guard word.utf8.count >= 8, word.utf8.count <= 11, word.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
        else { return nil }
        var w = Substring(word)
        while let l = w.last, l == "," || l == "." { w.removeLast() }
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
              (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return make(y, m, d, [String(w)])
    }
}
