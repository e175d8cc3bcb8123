import Testing
@testable import FolioReader

@Suite struct CJKLineBreaking {
    static let chinese = "我们今天讨论的问题，是欧洲（特别是德国）如何面对俄罗斯。总理说：“这不是冷战。”然而，很多人并不同意、也不相信。"
    static let japanese = "東京は晴れ。「今日は暑いですね」と彼女は言った。ちょっと待って、コーヒーを買ってくる！"

    @Test(arguments: [chinese, japanese])
    func noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne(text: String) {
        for width in 6...40 {
            let lines = Layout.wrap(Layout.cells(text), width: width).map(Layout.string)
            #expect(lines.joined() == text, "width \(width)")
            for (n, line) in lines.enumerated() {
                #expect(TextWidth.of(line) <= width)
                if n > 0, let first = line.unicodeScalars.first { #expect(!LineBreak.noBreakBefore.contains(first), "width \(width): \(line)") }
                if n < lines.count - 1, let last = line.unicodeScalars.last { #expect(!LineBreak.noBreakAfter.contains(last), "width \(width): \(line)") }
                // Lines are filled: only the last, or one held back by a mark, is much shorter.
                if n < lines.count - 1 { #expect(TextWidth.of(line) >= width - 6, "width \(width): \(line)") }
            }
        }
    }

    @Test func latinWordsStillBreakOnlyAtSpaces() {
        let lines = Layout.wrap(Layout.cells("Merkel and Putin met in Berlin"), width: 12).map(Layout.string)
        #expect(lines == ["Merkel and", "Putin met in", "Berlin"])
    }
}

@Suite struct InvisibleCharacters {
    @Test func formatCharactersThatDrawAsNothingAreShownAsStandIns() {
        for scalar: UInt32 in [0x200C, 0x1D173, 0x1D17A, 0x3164, 0x115F, 0xFFA0] {
            let text = "a" + String(UnicodeScalar(scalar)!) + "b"
            let shown = VisibleText.clean(text)
            #expect(shown.contains("<U+"), "U+\(String(scalar, radix: 16)) passed through")
            #expect(!shown.unicodeScalars.contains(UnicodeScalar(scalar)!))
        }
    }
}

@Suite struct HugeTerminals {
    @Test func aTerminalPastTheLargestFrameIsDrawnInPartAndSaysSo() {
        let state = ReaderFixtures.press(ReaderFixtures.state(), .resize(width: 10_000, height: 10_000))
        #expect(state.viewport.width == ReaderState.maximumWidth && state.viewport.height == ReaderState.maximumHeight)
        let screen = state.screen
        #expect(screen.cells.count == ReaderState.maximumWidth * ReaderState.maximumHeight)
        #expect(screen.line(ReaderState.maximumHeight - 1).contains("The terminal is 10000x10000: folio draws 1000x500 of it"))
    }
}
