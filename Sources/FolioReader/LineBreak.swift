/// Where a line may break inside text without spaces: the CJK part of
/// UAX #14. Between ideographs, kana and hangul a line may break, except
/// before closing punctuation and marks that must not start a line (CL,
/// CP, EX, IS, NS) and after opening punctuation (OP).
enum LineBreak {
    static func allowed(after a: String, before b: String) -> Bool {
        guard let x = a.unicodeScalars.first, let y = b.unicodeScalars.first else { return false }
        guard isIdeographic(x) || isIdeographic(y) else { return false }
        return !noBreakBefore.contains(y) && !noBreakAfter.contains(x)
    }

    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFD: true
        default: false
        }
    }

    /// Closing marks, stops, and the small kana and marks a line must not start with.
    static let noBreakBefore = Set("、。，．：；？！）」』】〕〉》〗〙〛｝］・ー〜ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ.,:;!?)]}%”’".unicodeScalars)
    /// Opening marks, which keep to what follows them.
    static let noBreakAfter = Set("（「『【〔〈《〖〘〚｛［([{“‘".unicodeScalars)
}
