import Foundation

/// Text folded for matching: case and diacritics removed, so `dempsey` finds
/// "Judy Dempsey" and `milosevic` finds "Milošević", and NFC and NFD spellings
/// of one word compare equal.
public enum SearchKey {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                            locale: nil)
    }

    /// Whether `needle` (already folded) occurs in `text`.
    public static func contains(_ text: String, folded needle: String) -> Bool {
        needle.isEmpty || fold(text).contains(needle)
    }
}
