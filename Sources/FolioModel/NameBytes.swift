import Glibc

/// A name hashed and compared as its UTF-8, without a copy: a String's own
/// hash reads a non-ASCII name normalized, most of what keying a million
/// posts by their authors' names cost. Names that differ only in how their
/// accents are encoded are two keys.
public struct NameBytes: Hashable, Sendable {
    public let name: String

    public init(_ name: String) { self.name = name }

    public func hash(into hasher: inout Hasher) {
        if name.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(name.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
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
