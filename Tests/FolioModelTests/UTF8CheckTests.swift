import CFolioUTF8
import Testing
@testable import FolioModel

@Suite struct UTF8Checks {
    /// The check's answer, when its scalar, SSSE3 and AVX2 forms agree on
    /// it (the machine's best is what folio uses); nil when they do not.
    static func valid(_ bytes: [UInt8]) -> Bool? {
        let best = bytes.withUnsafeBufferPointer(UTF8Check.isValid)
        let each = (0...2).map { level in bytes.withUnsafeBufferPointer { folio_utf8_valid_using($0.baseAddress!, $0.count, Int32(level)) != 0 } }
        return each.allSatisfy { $0 == best } ? best : nil
    }

    /// What Unicode forbids, at every place in a word (the check goes a word
    /// at a time over ASCII): overlong forms, surrogates, past U+10FFFF,
    /// stray and missing continuation bytes, a sequence cut at the end.
    @Test func refusesWhatUnicodeForbidsWhereverItIs() {
        let bad: [[UInt8]] = [[0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0xAF],
                              [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC3], [0xE2, 0x80], [0xE2, 0x28, 0xA1]]
        let good: [[UInt8]] = [Array("é".utf8), Array("€".utf8), Array("𝄞".utf8), Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8)]
        for lead in 0..<40 {
            let ascii = Array(repeating: UInt8(ascii: "a"), count: lead)
            for sequence in bad { #expect(Self.valid(ascii + sequence) == false, "\(lead) \(sequence)") }
            for sequence in bad { #expect(Self.valid(ascii + sequence + ascii) == false, "\(lead) \(sequence)") }
            for sequence in good { #expect(Self.valid(ascii + sequence + ascii + sequence) == true, "\(lead) \(sequence)") }
        }
    }

    /// On text with bytes changed at random, the same answer as the
    /// standard library's decoder.
    @Test func agreesWithTheStandardLibraryOnDamagedText() {
        var text = Array(String(repeating: "Zürich 北京 “quoted” — 𝄞 plain words and more ", count: 40).utf8)
        var seed: UInt64 = 7
        for _ in 0..<5000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let at = Int(seed >> 33) % text.count
            let old = text[at]
            text[at] = UInt8(truncatingIfNeeded: seed >> 13)
            let window = Array(text[max(0, at - 24)..<min(text.count, at + 24)])
            #expect(Self.valid(window) == (String(validating: window, as: UTF8.self) != nil), "\(window)")
            if seed & 1 == 0 { text[at] = old }
        }
    }

    /// One bad byte anywhere in a long text, or a sequence cut at its end,
    /// whatever the text's length: the check goes 16 or 32 bytes at a time
    /// and stops early every four kilobytes.
    @Test func findsOneBadByteAnywhereInALongText() {
        let text = Array(String(repeating: "Zürich 北京 — 𝄞 plain words ", count: 400).utf8)
        #expect(Self.valid(text) == true)
        for at in stride(from: 0, to: text.count, by: 97) {
            var damaged = text
            damaged[at] = 0xFF
            #expect(Self.valid(damaged) == false, "\(at)")
        }
        let lead = Array("€".utf8)
        for length in 1000..<1040 {
            let cut = Array(text.prefix(length))
            #expect(Self.valid(cut) == (String(validating: cut, as: UTF8.self) != nil), "\(length)")
            #expect(Self.valid(Array(String(repeating: "a", count: length).utf8) + lead.prefix(2)) == false, "\(length)")
        }
    }
}
