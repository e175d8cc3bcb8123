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

    /// Whether `bytes` are UTF-8, by the check the text captures use, on
    /// the bytes where they lie (every caller's are contiguous).
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable(UTF8Check.isValid) ?? Array(bytes).withUnsafeBufferPointer(UTF8Check.isValid)
    }
}
