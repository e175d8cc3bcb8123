/// How a file's first character tells text from markup, without decoding
/// the rest: HTML and XML begin with `<`, JSON with `{`, past a byte order
/// mark and white space. Sniffing a 64 KB text capture's head for each
/// format decoded it whole, twice a millisecond before the first screen.
public enum MarkupStart {
    /// The bytes looked at: white space longer than this is left to the
    /// full sniff.
    static let window = 64

    /// Whether `head` (UTF-8) cannot be markup: its first character past
    /// white space does not start with `<` or `{`. False where it may, and
    /// where the head is UTF-16. The character is found as `Character`s
    /// find it, on the window decoded: a white space character takes the
    /// marks that follow it, which only the scalars before and at the first
    /// that is no white space decide.
    public static func cannotBeMarkup(_ head: some Collection<UInt8>) -> Bool {
        var bytes = Array(head.prefix(window + 3))
        let whole = bytes.count == head.count
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let visible = String(decoding: bytes, as: UTF8.self).drop(while: \.isWhitespace).unicodeScalars
        // White space to the window's end: the first character is further
        // on, or there is none, and a file of white space is no markup.
        guard let first = visible.first else { return whole }
        // A window cut inside a scalar ends in a replacement character: the
        // one looked at must come before it.
        guard whole || visible.count > 1 else { return false }
        return first != "<" && first != "{"
    }
}
