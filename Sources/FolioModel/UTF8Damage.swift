/// Where bytes break UTF-8, line by line, and whether the rest reads as
/// UTF-8: as many characters past ASCII decode as fail, which a page in
/// Latin-1 (`café` is `caf` and a lone 0xE9) never gives.
public struct UTF8Damage: Sendable {
    public var firstLine = 0
    public var lines = 0
    public var mostlyUTF8: Bool

    public init?(_ bytes: some Collection<UInt8>) {
        guard !Self.isValid(bytes) else { return nil }
        var line = 1
        var decoded = 0
        var failed = 0
        for piece in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            defer { line += 1 }
            guard piece.contains(where: { $0 >= 0x80 }) else { continue }
            var bad = false
            for scalar in String(decoding: piece, as: UTF8.self).unicodeScalars where scalar.value >= 0x80 {
                if scalar == "\u{FFFD}" { failed += 1; bad = true } else { decoded += 1 }
            }
            if bad {
                lines += 1
                if firstLine == 0 { firstLine = line }
            }
        }
        mostlyUTF8 = decoded >= failed
    }

    /// Whether `bytes` are UTF-8, checked 64 KB at a time: validating a
    /// 100 MB file as one String would copy it whole. Each piece ends
    /// before a byte that starts a character, so no character is split.
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        var start = bytes.startIndex
        while start != bytes.endIndex {
            var end = bytes.index(start, offsetBy: 1 << 16, limitedBy: bytes.endIndex) ?? bytes.endIndex
            var back = 0
            while end != bytes.endIndex, back < 4, bytes[end] & 0xC0 == 0x80 {
                end = bytes.index(after: end)
                back += 1
            }
            guard String(validating: bytes[start..<end], as: UTF8.self) != nil else { return false }
            start = end
        }
        return true
    }
}
