import CFolioWidth
import FoundationEssentials
import Glibc

/// Display width in terminal cells, from the C library's `wcwidth`: the
/// table ncursesw itself uses, so what is measured here is what it draws.
public enum TextWidth {
    /// setlocale is process-wide and not thread-safe: done once, by the first
    /// measurement. With LANG unset or naming a missing locale, C.UTF-8.
    /// Only the characters' category: it is all that wcwidth and ncursesw
    /// read, the others were a dozen files read at every start (0.5 ms),
    /// and numbers, messages and times stay the C library's own.
    private static let codeset: String = {
        _ = setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
        return String(cString: nl_langinfo(nl_item(CODESET)))
    }()

    /// Sets the locale up; returns the codeset ("UTF-8" when all is well).
    @discardableResult
    public static func setUpLocale() -> String { codeset }

    /// Cells of one scalar: -1 for what the C library cannot print.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        _ = codeset
        return Int(wcwidth(wchar_t(bitPattern: v)))
    }

    /// Cells of one character: its scalars' widths added, as ncursesw adds them.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += max(0, of(scalar)) }
        return total
    }

    public static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for c in text { total += of(c) }
        return total
    }
}
