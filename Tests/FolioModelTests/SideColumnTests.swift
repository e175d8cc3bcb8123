import Testing
@testable import FolioModel

/// w3m prints a table's sidebar beside the text; what stands past a gap of
/// six blanks, forty characters or fewer, is the other column's, however
/// many bytes its characters take.
@Suite struct SideColumns {
    static let text = "The end of a sentence that runs on."

    @Test func aShortColumnIsCutWhateverItsScript() {
        // Twenty Thai characters, each a consonant and two marks: 180 bytes.
        let thai = String(repeating: "ที่", count: 20)
        #expect(PageLines.withoutSideColumn(Self.text + "      " + thai) == Self.text)
        #expect(PageLines.withoutSideColumn(Self.text + "      Recent Posts") == Self.text)
    }

    @Test func aLongerRightSideOrAShortLeftOneIsText() {
        let long = Self.text + "      " + String(repeating: "ที่", count: 41)
        #expect(PageLines.withoutSideColumn(long) == long)
        let short = "Too short      Recent Posts"
        #expect(PageLines.withoutSideColumn(short) == short)
    }
}
