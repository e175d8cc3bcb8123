import FoundationEssentials

/// Finds a written date among the words of a byline or a bullet, in the
/// forms blogs print: `October 9, 2014`, `June 28th, 2018`, `9 October 2014`,
/// `13. Januar 2014`, `21 juin 2018`, `13 de abril de 2019`, `2014-10-09`,
/// `2012/05/11`, `11.05.2012`, `03/23/15`, `2019年4月13日`.
struct DateText {
    enum Found {
        case valid(CalendarDate)
        /// Looks like a date but names no real day (February 30, 2014-13-01).
        case impossible(String)
    }

    /// Which comes first in a numeric date with slashes, `11/05/2012`, when
    /// the numbers do not tell: US order unless the page shows otherwise.
    enum NumericOrder: Sendable { case monthFirst, dayFirst }

    /// The words `range` of `words` hold the date.
    var range: Range<Int>
    var found: Found

    /// The languages whose month and weekday names are read, from the locale
    /// data Foundation carries (ICU): a blog's dates are in its own language.
    static let languages = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn", "fi", "is", "id", "ru", "pl"]

    enum Name: Equatable { case month(Int), weekday }

    /// Month and weekday names and abbreviations of every language, folded
    /// to lowercase without a final dot. A month wins over a weekday that is
    /// spelled the same (Spanish `mar`), and the first language over later ones.
    static let names: [String: Name] = {
        var table: [String: Name] = [:]
        for (n, names) in writtenNames.enumerated() {
            for name in names where table[name] == nil { table[name] = n == 0 ? .weekday : .month(n) }
        }
        return table
    }()

    static func fold(_ name: String) -> String {
        var s = Substring(name.lowercased())
        while let l = s.last, l == "." || l == "," { s.removeLast() }
        return String(s)
    }

    /// The word in lowercase without a trailing dot or comma, or nil when it
    /// cannot be a month or weekday name. ASCII words are folded on their
    /// bytes: bylines are read once a post, and a large archive has many.
    static func nameKey(_ word: String) -> String? {
        let u = word.utf8
        guard u.count >= 3, u.count <= 26, let f = u.first else { return nil }
        if f >= 0x80 { return fold(word) }
        guard (f >= 0x41 && f <= 0x5A) || (f >= 0x61 && f <= 0x7A) else { return nil }
        var bytes = Array(u)
        while let l = bytes.last, l == 0x2C || l == 0x2E { bytes.removeLast() }
        for k in bytes.indices {
            let b = bytes[k]
            if b >= 0x41 && b <= 0x5A { bytes[k] = b + 0x20 } else if b >= 0x80 { return fold(word) }
            else if b < 0x61 || b > 0x7A { return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// English month names and their abbreviations: the one language read
    /// whose numeric dates put the month first.
    static let englishMonths: Set<String> = {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"]
        return Set(months + months.map { String($0.prefix(3)) } + ["sept"])
    }()

    static func isEnglishMonth(_ word: String) -> Bool {
        nameKey(word).map(englishMonths.contains) ?? false
    }

    static func month(_ word: String) -> Int? {
        guard let key = nameKey(word), case .month(let m)? = names[key] else { return nil }
        return m
    }

    static func isWeekday(_ word: String) -> Bool {
        guard let key = nameKey(word), case .weekday? = names[key] else { return false }
        return true
    }

    static func number(_ word: String, digits: ClosedRange<Int>) -> Int? {
        var w = word.utf8[...]
        while let l = w.last, l == 0x2C || l == 0x2E { w.removeLast() }
        guard digits.contains(w.count), w.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return w.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// A day of the month, also as an ordinal: `9`, `9.`, `9th`, `1st`, `1er`, `1º`.
    static func day(_ word: String) -> Int? {
        if let d = number(word, digits: 1...2) { return d }
        guard let f = word.utf8.first, f >= 0x30 && f <= 0x39, word.utf8.count <= 5 else { return nil }
        var w = Substring(word.lowercased())
        while let l = w.last, l == "," || l == "." { w.removeLast() }
        for suffix in ["st", "nd", "rd", "th", "er", "º", "°"] where w.hasSuffix(suffix) {
            return number(String(w.dropLast(suffix.count)), digits: 1...2)
        }
        return nil
    }

    static func make(_ y: Int, _ m: Int, _ d: Int, _ words: ArraySlice<String>) -> Found {
        if let date = CalendarDate(year: y, month: m, day: d) { return .valid(date) }
        return .impossible(words.joined(separator: " "))
    }

    /// The first date in `words`, searching from `start`.
    static func first(in words: [String], from start: Int = 0, order: NumericOrder = .monthFirst) -> DateText? {
        var i = start
        while i < words.count {
            if let found = at(i, in: words, order: order) { return found }
            i += 1
        }
        return nil
    }

    static func at(_ i: Int, in words: [String], order: NumericOrder = .monthFirst) -> DateText? {
        let w = words[i]
        if let numeric = numericDate(w, order: order) {
            return DateText(range: i..<i + 1, found: numeric)
        }
        func year(_ k: Int) -> Int? { k < words.count ? number(words[k], digits: 4...4) : nil }
        func isOf(_ k: Int) -> Bool { k < words.count && ["de", "del"].contains(words[k].lowercased()) }
        // Month Day, Year
        if let m = month(w), i + 2 < words.count, let d = day(words[i + 1]), let y = year(i + 2) {
            return DateText(range: i..<i + 3, found: make(y, m, d, words[i...i + 2]))
        }
        guard let d = day(w), i + 1 < words.count else { return nil }
        // Day Month Year, and Spanish and Portuguese `13 de abril de 2019`.
        if let m = month(words[i + 1]), let y = year(i + 2) {
            return DateText(range: i..<i + 3, found: make(y, m, d, words[i...i + 2]))
        }
        if isOf(i + 1), i + 2 < words.count, let m = month(words[i + 2]), isOf(i + 3), let y = year(i + 4) {
            return DateText(range: i..<i + 5, found: make(y, m, d, words[i...i + 4]))
        }
        return nil
    }

    /// `2014-10-09` (also with a time after `T`), `2012/05/11`, `2012.05.11`,
    /// `11.05.2012`, `11-05-2012`, `11/05/2012`, `03/23/15`, and the CJK
    /// `2019年4月13日` and Korean `2019년4월13일` forms.
    static func numericDate(_ word: String, order: NumericOrder) -> Found? {
        let u = word.utf8
        guard u.count >= 6, u.count <= 40, let f = u.first, f >= 0x30 && f <= 0x39,
              u.contains(where: { $0 == 0x2D || $0 == 0x2E || $0 == 0x2F || $0 >= 0x80 }) else { return nil }
        let scalars = Array(word.unicodeScalars)
        var parts: [Int] = [], digits: [Int] = [], separators: [Unicode.Scalar] = []
        var cjk = false
        var k = 0
        while parts.count < 3 {
            var number = 0, count = 0
            while k < scalars.count, scalars[k].value >= 0x30, scalars[k].value <= 0x39 {
                // No part of a date has more than four digits.
                guard count < 4 else { return nil }
                number = number * 10 + Int(scalars[k].value - 0x30)
                count += 1
                k += 1
            }
            guard count > 0, count <= 4 else { return nil }
            parts.append(number)
            digits.append(count)
            guard k < scalars.count else { break }
            let c = scalars[k]
            if "年月日년월일".unicodeScalars.contains(c) {
                cjk = true
                k += 1
            } else if parts.count < 3, c == "-" || c == "/" || c == "." {
                separators.append(c)
                k += 1
            } else if parts.count < 3 {
                return nil
            }
        }
        guard parts.count == 3 else { return nil }
        // What follows must not be more digits or letters: `1.2.3.4` is no
        // date, but a time (`T10:00`), a comma or a full stop may follow.
        if k < scalars.count {
            let next = Character(scalars[k])
            if (next.isLetter || next.isNumber) && !(next == "T" && digits[0] == 4) { return nil }
            // Nor is a version, `19.0.1036.7`: a fourth number after a separator.
            if "-./".contains(next), k + 1 < scalars.count, Character(scalars[k + 1]).isNumber { return nil }
        }
        // Figures dated before 1900 or after 2199 are a version or a
        // reference's number (`1.1.4322`), not a post's day; a database's
        // `0000-00-00` is a date, an impossible one.
        func isYear(_ y: Int) -> Bool { (1900...2199).contains(y) || y == 0 }
        if cjk {
            guard digits[0] == 4, isYear(parts[0]) else { return nil }
            return make(parts[0], parts[1], parts[2], [word])
        }
        guard separators.count == 2, separators[0] == separators[1] else { return nil }
        let sep = separators[0]
        if digits[0] == 4 {
            guard digits[1] <= 2, digits[2] <= 2, isYear(parts[0]) else { return nil }
            return make(parts[0], parts[1], parts[2], [word])
        }
        guard digits[0] <= 2, digits[1] <= 2, digits[2] == 4 || digits[2] == 2 else { return nil }
        // A two-digit year is this century's up to 69, as POSIX strptime reads it.
        let y = digits[2] == 4 ? parts[2] : (parts[2] <= 69 ? 2000 + parts[2] : 1900 + parts[2])
        guard isYear(y) else { return nil }
        var (m, d) = (parts[0], parts[1])
        let dayFirst = sep != "/" || order == .dayFirst
        if dayFirst { (m, d) = (d, m) }
        // The numbers themselves may settle it: 23/03 is day first whatever the page.
        if m > 12 && d <= 12 { (m, d) = (d, m) }
        return make(y, m, d, [word])
    }
}
