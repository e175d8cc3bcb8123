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

    /// Plain ASCII is looked at eight bytes at a time: a control or DEL
    /// is caught wherever it stands among them, and beside any other byte.
    @Test func everyASCIIByteIsSeenAtEveryPlace() {
        for value in UInt8(0)..<0x80 {
            for at in 0..<17 {
                for neighbour: UInt8 in [0x20, 0x7E, 0x41] {
                    var bytes = [UInt8](repeating: neighbour, count: 20)
                    bytes[at] = value
                    let text = String(decoding: bytes, as: UTF8.self)
                    let pieces = VisibleText.pieces(text).map(\.text).joined()
                    #expect(VisibleText.clean(text) == pieces, "\(value) at \(at)")
                    #expect((pieces == text) == (value >= 0x20 && value != 0x7F))
                }
            }
        }
    }
}
