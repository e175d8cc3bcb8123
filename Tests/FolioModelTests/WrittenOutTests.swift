import Foundation
import Testing
@testable import FolioModel

// Tables written out and hashes worked out fast: each equal to what it stands for.

/// Read marks are kept by this hash: it must not change from one version to the next.
@Suite struct StableHashes {
    @Test func aPostsHashIsThatOfItsFoldedTitleAuthorAndDayJoined() {
        let posts = Fixtures.sample().posts + [
            Post(title: "Undated", author: nil, date: nil, source: SourceLocation(file: "t", line: 1)),
            Post(title: "Old", author: "Ann", date: CalendarDate(year: 987, month: 3, day: 4), source: SourceLocation(file: "t", line: 2)),
        ]
        for post in posts {
            let joined = post.identity.title + "\u{1F}" + post.identity.author + "\u{1F}" + (post.date?.iso ?? "")
            #expect(post.stableHash == StableHash.hash(joined), "\(post.title)")
        }
        // One hash as saved by earlier versions: the sample's first post.
        #expect(posts[0].stableID == StableHash.hex("chinese-russian relations enter cyberspace\u{1F}misha glenny\u{1F}2014-10-24"))
    }
}

/// The names of months and weekdays, written out, are those the locale data gives.
@Suite struct DateNames {
    static func fold(_ name: String) -> String {
        var s = Substring(name.lowercased())
        while let l = s.last, l == "." || l == "," { s.removeLast() }
        return String(s)
    }

    @Test func theWrittenNamesAreTheLocalesNames() {
        var table: [String: DateText.Name] = ["sept": .month(9)]
        let formatters = DateText.languages.map { id -> DateFormatter in
            let f = DateFormatter()
            f.locale = Locale(identifier: id)
            return f
        }
        for f in formatters {
            for symbols in [f.monthSymbols, f.shortMonthSymbols, f.standaloneMonthSymbols, f.shortStandaloneMonthSymbols] {
                for (i, name) in (symbols ?? []).enumerated() {
                    let key = Self.fold(name)
                    if table[key] == nil { table[key] = .month(i + 1) }
                    let short = String(key.prefix(3))
                    if table[short] == nil, key.count > 3 { table[short] = .month(i + 1) }
                }
            }
        }
        for f in formatters {
            for symbols in [f.weekdaySymbols, f.shortWeekdaySymbols] {
                for name in symbols ?? [] where Self.fold(name).count >= 3 {
                    if table[Self.fold(name)] == nil { table[Self.fold(name)] = .weekday }
                }
            }
        }
        #expect(DateText.names == table)
        let english = DateFormatter()
        english.locale = Locale(identifier: "en")
        let months = (english.monthSymbols ?? []) + (english.shortMonthSymbols ?? [])
        #expect(DateText.englishMonths == Set(months.flatMap { [Self.fold($0), String(Self.fold($0).prefix(3))] } + ["sept"]))
    }
}

@Suite struct HexIDs {
    @Test func sixteenLowercaseDigitsWithLeadingZeros() {
        #expect(StableHash.hex(of: 0) == "0000000000000000")
        #expect(StableHash.hex(of: 0xAB) == "00000000000000ab")
        #expect(StableHash.hex(of: 0x0123_4567_89AB_CDEF) == "0123456789abcdef")
        #expect(StableHash.hex(of: .max) == "ffffffffffffffff")
    }

    /// FNV-1a as published (its test vector for "foobar"): the read marks
    /// of every earlier version are found again.
    @Test func theHashIsFNV1aOfTheUTF8() {
        #expect(StableHash.hex("") == "cbf29ce484222325")
        #expect(StableHash.hex("foobar") == "85944171f73967e8")
        #expect(StableHash.hex("Zürich 北京") == "80eac7ad204c2964")
    }
}

@Suite struct LatinFolds {
    /// The written-out folds are Foundation's.
    @Test func theWrittenFoldsAreFoundationsFolding() {
        for (table, options) in [(SearchKey.latinFolds, [.caseInsensitive, .diacriticInsensitive] as String.CompareOptions),
                                 (SearchKey.latinFoldsKeepingCase, [.diacriticInsensitive] as String.CompareOptions)] {
            let foundation = (0xC0..<0x250).map { String(Unicode.Scalar(UInt32($0))!).folding(options: options, locale: nil) }
            #expect(table == foundation)
        }
    }

    /// Past the Latin table, each letter folds to its Unicode lowercase, or
    /// stays as written when it has none (CJK, kana), in every script.
    @Test func otherScriptsFoldToTheirLowercase() {
        let ranges: [ClosedRange<UInt32>] = [0x250...0x2FF, 0x370...0x52F, 0x1E00...0x1FFF, 0x2C00...0x2C7F, 0x3000...0x9FFF,
                                             0xAC00...0xD7A3, 0xFF00...0xFF5F, 0x10400...0x1044F]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let text = "x" + String(scalar) + "Y"
            #expect(SearchKey.fold(text) == "x" + scalar.properties.lowercaseMapping + "y", "U+\(String(value, radix: 16))")
            #expect(SearchKey.fold(text, keepingCase: true) == text, "U+\(String(value, radix: 16))")
        }
    }

    /// ASCII is lowered eight bytes at a time: every byte, at every place
    /// in a word and after a letter that is not ASCII, lowers as Swift lowers it.
    @Test func asciiFoldsAsSwiftLowersIt() {
        let ascii = String(decoding: (UInt8(1)..<0x80).map { $0 }, as: UTF8.self)
        for lead in ["", "é", "北", "ab", "abcdefg"] {
            for cut in 0..<9 {
                let rest = String(ascii.dropFirst(cut)) + "Z" + String(ascii.prefix(cut))
                #expect(SearchKey.fold(lead + rest) == SearchKey.fold(lead) + rest.lowercased())
                #expect(SearchKey.fold(lead + rest, keepingCase: true) == SearchKey.fold(lead, keepingCase: true) + rest)
            }
        }
    }

    /// A title is folded into memory of its own length; the letters whose
    /// folds are longer than they are still fold whole, wherever they stand.
    @Test func lettersThatFoldLongerFoldWhole() {
        var longer = 0
        for (k, fold) in SearchKey.latinFolds.enumerated() {
            let letter = String(Unicode.Scalar(UInt32(0xC0 + k))!)
            if fold.utf8.count > letter.utf8.count { longer += 1 }
            #expect(SearchKey.fold("Ab" + letter) == "ab" + fold)
            #expect(SearchKey.fold(letter + letter + "C") == fold + fold + "c")
        }
        #expect(longer > 0)
    }
}
