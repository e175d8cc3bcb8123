import Testing
@testable import FolioReader

@Suite struct VisibleTexts {
    /// What is kept as it is, decided on the bytes and, for many texts, a
    /// character at a time once: the same as the stand-ins the text's
    /// pieces give, for every character from NUL to past the BMP.
    @Test func theQuickLookKeepsWhatThePiecesKeep() {
        var cleaner = VisibleText.Cleaner()
        let scalars = (0..<0x3400).compactMap(Unicode.Scalar.init)
            + [0xFEFF, 0xFFFD, 0xFFFE, 0x1F600, 0x1F3F4, 0xE0001, 0xE007F, 0x10FFFD].compactMap { Unicode.Scalar(UInt32($0)) }
        for scalar in scalars {
            let text = "a" + String(Character(scalar)) + "é 北京"
            let pieces = VisibleText.pieces(text).map(\.text).joined()
            #expect(VisibleText.clean(text) == pieces, "U+\(String(scalar.value, radix: 16))")
            // Asked twice: the second answer is the one remembered.
            #expect(cleaner.clean(text) == pieces && cleaner.clean(text) == pieces, "U+\(String(scalar.value, radix: 16))")
        }
    }
}
