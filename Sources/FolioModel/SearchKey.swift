import FoundationEssentials

/// Text folded for matching: case and diacritics removed, so `dempsey` finds
/// "Judy Dempsey" and `milosevic` finds "Milošević", and NFC and NFD spellings
/// of one word compare equal.
///
/// Folding works on UTF-8 bytes with a table for the accented Latin letters
/// (built once from Foundation's own folding) and drops combining marks: a
/// search runs over a whole archive at each key, and Foundation's folding of
/// every post, every time, took seconds on a 100 MB archive.
public enum SearchKey {
    /// `keepingCase`: only the diacritics go, for a search typed with a capital.
    public static func fold(_ text: String, keepingCase: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Folding seldom lengthens a text (a few capitals lower to
            // longer letters): written into the String's own memory, and
            // by way of an array only when it does not fit.
            var fits = true
            let folded = String(unsafeUninitializedCapacity: bytes.count) { memory in
                var space = StringSpace(memory)
                append(folded: bytes, to: &space, keepingCase: keepingCase)
                fits = !space.overflowed
                return fits ? space.count : 0
            }
            if fits { return folded }
            var out: [UInt8] = []
            append(folded: bytes, to: &out, keepingCase: keepingCase)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the already folded `needle` occurs in `text` once folded.
    public static func contains(_ text: String, folded needle: String, keepingCase: Bool = false) -> Bool {
        if needle.isEmpty { return true }
        // A native String lends its bytes: no copy of the needle for every post.
        var needle = needle
        return needle.withUTF8 { n in
            var text = text
            return text.withUTF8 { t in
                // ASCII text: case-insensitive comparison in place, no copy.
                if isASCII(t) { return find(n, in: t, lowercasing: !keepingCase) }
                var folded: [UInt8] = []
                folded.reserveCapacity(t.count)
                append(folded: t, to: &folded, keepingCase: keepingCase)
                return folded.withUnsafeBufferPointer { find(n, in: $0, lowercasing: false) }
            }
        }
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        // Eight bytes at a time: any high bit means non-ASCII.
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                     lowercasing: Bool) -> Bool {
        let m = needle.count, n = hay.count
        guard m <= n, let first = needle.first else { return m == 0 }
        let firstUpper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var i = 0
        while i + m <= n {
            let b = hay[i]
            if b == first || (lowercasing && b == firstUpper) {
                var k = 1
                while k < m {
                    var c = hay[i + k]
                    if lowercasing, c >= 0x41, c <= 0x5A { c += 0x20 }
                    if c != needle[k] { break }
                    k += 1
                }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    static func append<Out: FoldedBytes>(folded bytes: UnsafeBufferPointer<UInt8>, to out: inout Out, keepingCase: Bool) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                // A run of ASCII copied at once: a title is mostly ASCII.
                var end = i + 1
                let raw = UnsafeRawBufferPointer(bytes)
                while end + 8 <= n, raw.loadUnaligned(fromByteOffset: end, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { end += 8 }
                while end < n, bytes[end] < 0x80 { end += 1 }
                out.append(ascii: UnsafeBufferPointer(rebasing: bytes[i..<end]), lowering: !keepingCase)
                i = end
                continue
            }
            // Decode one scalar (the text is valid UTF-8: it is a Swift String).
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length where i + k < n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            appendFolded(value, UnsafeBufferPointer(rebasing: bytes[i..<min(i + length, n)]), to: &out, keepingCase: keepingCase)
            i += length
        }
    }

    /// Appends the folded UTF-8 of one non-ASCII scalar, written as `bytes`.
    /// Nothing is made for a letter without case (every CJK character),
    /// where a String and an array were made for each.
    static func appendFolded<Out: FoldedBytes>(_ value: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out,
                                               keepingCase: Bool) {
        if value >= 0x300 && value <= 0x36F { return }           // combining diacritics
        if value >= 0xC0 && value < 0x250 {
            (keepingCase ? latinKeepingCase : latin).append(Int(value - 0xC0), to: &out)
            return
        }
        // CJK, kana and hangul have no case: Unicode's tables were asked
        // about every character of a Chinese title.
        if keepingCase || (value >= 0x3000 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3) {
            out.append(contentsOf: bytes)
            return
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        if !scalar.properties.changesWhenLowercased {
            out.append(contentsOf: bytes)
        } else {
            var lowered = scalar.properties.lowercaseMapping
            lowered.withUTF8 { out.append(contentsOf: $0) }
        }
    }

    /// Accented Latin letters (U+00C0 to U+024F) folded, as bytes.
    static let latin = FoldTable(latinFolds)
    static let latinKeepingCase = FoldTable(latinFoldsKeepingCase)

    /// Folds as one run of bytes and where each starts: no array to retain
    /// and release for each accented letter.
    struct FoldTable: Sendable {
        private var bytes: [UInt8] = []
        private var starts: [Int] = [0]

        init(_ folds: [String]) {
            for fold in folds {
                bytes += fold.utf8
                starts.append(bytes.count)
            }
        }

        func append<Out: FoldedBytes>(_ k: Int, to out: inout Out) {
            bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
        }
    }
}

/// Where folded bytes are written: an array, or a String's own memory.
protocol FoldedBytes {
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
    /// ASCII bytes, lowered when `lowering`.
    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>, lowering: Bool)
}

extension [UInt8]: FoldedBytes {
    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) {
        let from = count
        append(contentsOf: bytes)
        guard lowering else { return }
        withUnsafeMutableBufferPointer { o in
            for k in from..<o.count where o[k] >= 0x41 && o[k] <= 0x5A { o[k] += 0x20 }
        }
    }
}

/// A String's memory of a fixed size, being written; what does not fit is
/// dropped and said so.
struct StringSpace: FoldedBytes {
    private let memory: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    private(set) var overflowed = false

    init(_ memory: UnsafeMutableBufferPointer<UInt8>) { self.memory = memory }

    private mutating func room(_ n: Int) -> Bool {
        if count + n > memory.count { overflowed = true }
        return !overflowed
    }

    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard room(bytes.count), let from = bytes.baseAddress else { return }
        (memory.baseAddress! + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) {
        guard room(bytes.count) else { return }
        let to = UnsafeMutableRawPointer(memory.baseAddress! + count)
        let from = UnsafeRawBufferPointer(bytes)
        var k = 0
        // Eight at a time: a capital is a byte of A to Z, which gains 0x20.
        while k + 8 <= bytes.count {
            var w = from.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if lowering { w |= StringSpace.capitals(w) >> 2 }
            to.storeBytes(of: w, toByteOffset: k, as: UInt64.self)
            k += 8
        }
        while k < bytes.count {
            let b = bytes[k]
            to.storeBytes(of: lowering && b >= 0x41 && b <= 0x5A ? b + 0x20 : b, toByteOffset: k, as: UInt8.self)
            k += 1
        }
        count += bytes.count
    }

    /// 0x80 in each byte of the ASCII word `w` that is a capital, A to Z.
    static func capitals(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = w &+ ones &* (0x80 - 0x41)
        let pastZ = w &+ ones &* (0x80 - 0x5B)
        return atLeastA & ~pastZ & (ones &* 0x80)
    }
}

/// What a search looks for, with less's and vim's smart case: typed all
/// in lower case it matches any case; with a capital, case counts.
/// Accents never count.
public struct SearchNeedle: Hashable, Sendable {
    public let folded: String
    public let exactCase: Bool

    public init(_ typed: String) {
        exactCase = typed.contains { $0.isUppercase }
        folded = SearchKey.fold(typed, keepingCase: exactCase)
    }

    public static let none = SearchNeedle("")

    public var isEmpty: Bool { folded.isEmpty }

    /// `text` folded as this needle was.
    public func fold(_ text: String) -> String { SearchKey.fold(text, keepingCase: exactCase) }

    public func occurs(in text: String) -> Bool { SearchKey.contains(text, folded: folded, keepingCase: exactCase) }
}
