import FoundationEssentials

/// A feed's timestamp: RFC 822 (`Sun, 01 Dec 2019 23:30:00 -0500`, RSS's
/// `pubDate`, with every zone form old feeds use) or RFC 3339 / W3C-DTF
/// (`2019-12-01T23:30:00-05:00`, Atom's, `dc:date`, JSON Feed's). The day is
/// the one written, in the timestamp's own offset: a post published late on
/// the 1st in New York was published on the 1st.
public struct FeedDate: Hashable, Sendable {
    public var day: CalendarDate
    /// ISO 8601 in the offset it was written in (`2019-12-01T23:30:00-05:00`);
    /// nil when only a day was given.
    public var time: String?

    public init?(_ text: String) {
        let text = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            ? text.trimmingWhitespace() : text
        guard let read = text.first?.isNumber == true ? Self.w3c(text) ?? Self.rfc822(text) : Self.rfc822(text) else { return nil }
        self = read
    }

    init(day: CalendarDate, time: String?) {
        self.day = day
        self.time = time
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// North American zones and RFC 822's military letters, in minutes
    /// east of UT (822's letters as it wrote them: A is -1, N is +1).
    static let zones: [String: Int] = {
        var zones = ["UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
                     "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AST": -240, "ADT": -180,
                     "AKST": -540, "AKDT": -480, "HST": -600, "BST": 60, "CET": 60, "CEST": 120, "MET": 60, "MEST": 120,
                     "EET": 120, "EEST": 180, "WET": 0, "WEST": 60, "JST": 540, "KST": 540, "IST": 330,
                     "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780]
        for (n, letter) in "ABCDEFGHIKLM".enumerated() { zones[String(letter)] = -60 * (n + 1) }
        for (n, letter) in "NOPQRSTUVWXY".enumerated() { zones[String(letter)] = 60 * (n + 1) }
        return zones
    }()

    /// `Sun, 01 Dec 2019 23:30:00 -0500`, `1 Dec 19 23:30 EST`, `01 Dec 2019`.
    static func rfc822(_ text: String) -> FeedDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        // The day of the week says nothing the date does not.
        if let first = words.first, first.first?.isLetter == true, !months.contains(String(first.lowercased().prefix(3))) {
            words.removeFirst()
        }
        guard words.count >= 3 else { return nil }
        // `Dec 01 2019` (month first) as some generators write it.
        if words[0].first?.isLetter == true { words.swapAt(0, 1) }
        guard let day = Int(words[0]), let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))),
              var year = Int(words[2]) else { return nil }
        // Two-digit years as RFC 2822 reads them.
        if words[2].count <= 2 { year += year < 50 ? 2000 : 1900 }
        guard let date = CalendarDate(year: year, month: month + 1, day: day) else { return nil }
        guard words.count >= 4 else { return FeedDate(day: date, time: nil) }
        let clock = words[3].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, clock.allSatisfy({ $0 != nil }), clock[0]! < 24, clock[1]! < 60 else {
            return FeedDate(day: date, time: nil)
        }
        let second = clock.count > 2 ? clock[2]! : 0
        var offset: Int?
        if words.count >= 5 {
            let zone = words[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let hhmm = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * (hhmm / 100 * 60 + hhmm % 100)
            } else {
                offset = zones[zone.uppercased()]
            }
        }
        return FeedDate(day: date, time: iso(date, clock[0]!, clock[1]!, second, offset: offset))
    }

    /// `2019-12-01T23:30:00-05:00`, `2019-12-01T23:30Z`, `2019-12-01 23:30:00`,
    /// `2019-12-01`, with fractions of seconds.
    static func w3c(_ text: String) -> FeedDate? {
        let utf8 = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= utf8.count else { return nil }
            var n = 0
            for byte in utf8[from..<(from + count)] {
                guard (48...57).contains(byte) else { return nil }
                n = n * 10 + Int(byte - 48)
            }
            return n
        }
        guard let year = number(0, 4), utf8.count >= 10, utf8[4] == 45, utf8[7] == 45,
              let month = number(5, 2), let day = number(8, 2), let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        guard utf8.count >= 16, utf8[10] == 84 || utf8[10] == 116 || utf8[10] == 32,
              let hour = number(11, 2), utf8[13] == 58, let minute = number(14, 2), hour < 24, minute < 60
        else { return FeedDate(day: date, time: nil) }
        var at = 16
        var second = 0
        if at < utf8.count, utf8[at] == 58, let s = number(at + 1, 2) {
            second = s
            at += 3
            if at < utf8.count, utf8[at] == 46 || utf8[at] == 44 {
                at += 1
                while at < utf8.count, (48...57).contains(utf8[at]) { at += 1 }
            }
        }
        var offset: Int?
        if at < utf8.count {
            if utf8[at] == 90 || utf8[at] == 122 {
                offset = 0
            } else if utf8[at] == 43 || utf8[at] == 45, let h = number(at + 1, 2) {
                let m = (at + 3 < utf8.count && utf8[at + 3] == 58 ? number(at + 4, 2) : number(at + 3, 2)) ?? 0
                offset = (utf8[at] == 45 ? -1 : 1) * (h * 60 + m)
            }
        }
        return FeedDate(day: date, time: iso(date, hour, minute, second, offset: offset))
    }

    static func iso(_ date: CalendarDate, _ hour: Int, _ minute: Int, _ second: Int, offset: Int?) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var out = "\(date.iso)T\(two(hour)):\(two(minute)):\(two(second))"
        if let offset {
            out += offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60)
        }
        return out
    }
}
