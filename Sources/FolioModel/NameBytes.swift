import Glibc

/// A name hashed and compared as its UTF-8, without a copy: a String's own
/// hash reads a non-ASCII name normalized, most of what keying a million
/// posts by their authors' names cost. Names that differ only in how their
/// accents are encoded are two keys.
public struct NameBytes: Hashable, Sendable {
    public let name: String

    public init(_ name: String) { self.name = name }

    public func hash(into hasher: inout Hasher) {
        if name.utf8.withContiguousStorageIfAvailable({ NameBytes.feed($0, into: &hasher) }) == nil {
            Array(name.utf8).withUnsafeBufferPointer { NameBytes.feed($0, into: &hasher) }
        }
    }

    /// Every byte, eight at a time, and the count: `combine(bytes:)` took
    /// twice as long over a name's dozen bytes, three times for each post.
    static func feed(_ bytes: UnsafeBufferPointer<UInt8>, into hasher: inout Hasher) {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            hasher.combine(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail = UInt64(raw.count) << 56
        for k in i..<raw.count { tail |= UInt64(raw[k]) << (8 * (k - i)) }
        hasher.combine(tail)
    }

    public static func == (a: Self, b: Self) -> Bool {
        let same = a.name.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            b.name.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (same ?? nil) ?? a.name.utf8.elementsEqual(b.name.utf8)
    }
}
