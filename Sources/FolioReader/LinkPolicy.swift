/// Which addresses folio hands to another program: only those of the
/// schemes a reader of the web needs, never a `file:` or `javascript:`
/// that a page could plant.
public enum LinkPolicy {
    public static let schemes = ["http", "https", "mailto", "gopher", "gemini"]

    public static func isOpenable(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon].lowercased()
        // One argument, whole: no control character or space may ride along.
        return schemes.contains(scheme) && url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
    }
}
