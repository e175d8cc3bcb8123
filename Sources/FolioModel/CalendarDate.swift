/// A day in the proleptic Gregorian calendar, with no time and no zone:
/// a capture says "October 24, 2014" and means exactly that day everywhere.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year, month and day in four bytes, in that order of significance:
    /// every post holds two dates, and 100,000 posts are sorted by them.
    private let packed: UInt32
    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// Nil for a day that does not exist, such as February 30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        packed = UInt32(min(9999, max(1, year))) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func < (a: Self, b: Self) -> Bool { a.packed < b.packed }

    /// A number in the dates' order.
    var ordinal: UInt32 { packed }

    /// The day of an `ordinal`; nil for a number that is no day.
    init?(ordinal: UInt32) {
        self.init(year: Int(ordinal >> 9), month: Int(ordinal >> 5 & 0xF), day: Int(ordinal & 0x1F))
        guard packed == ordinal else { return nil }
    }

    /// `2014-10-24`
    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// The bytes of `iso`, one at a time, where no String of it is needed:
    /// a listing or a hash of 100,000 posts.
    @inlinable public func writeISO(_ put: (UInt8) -> Void) {
        for (n, width) in [(year, 4), (month, 2), (day, 2)] {
            if width == 2 { put(0x2D) }
            var place = width == 4 ? 1000 : 10
            while place > 0 {
                put(UInt8(0x30 + n / place % 10))
                place /= 10
            }
        }
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    public static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                                      "Friday", "Saturday"]

    /// 0 = Sunday. Zeller's congruence, so no Calendar or time zone is involved.
    public var weekday: Int {
        var m = month, y = year
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
        return (h + 6) % 7
    }

    /// `Friday, October 24, 2014`
    public var longText: String {
        "\(CalendarDate.weekdayNames[weekday]), \(CalendarDate.monthNames[month - 1]) \(day), \(year)"
    }

    /// `Oct 24, 2014`
    public var shortText: String {
        "\(CalendarDate.monthNames[month - 1].prefix(3)) \(day), \(year)"
    }
}
