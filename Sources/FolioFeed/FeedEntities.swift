import CLibXML2
import FoundationEssentials
import Glibc

/// Feeds write HTML's named entities (`&nbsp;`, `&eacute;`) that XML does
/// not know, and stray `&`s: each would stop libxml2's reading of the
/// rest. As the feed is given to the parser, a named entity is written as
/// the character it stands for and a stray `&` as `&amp;`; CDATA and
/// comments are left as they are, and so are the feed's own declared
/// entities. The edits are found first, and made chunk by chunk as the
/// parser is fed: a feed is never copied whole.
enum FeedEntities {
    static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    struct Edit {
        var at: Int
        var length: Int
        var bytes: [UInt8]
    }

    static func edits(_ buffer: UnsafeBufferPointer<UInt8>) -> [Edit] {
        guard let base = buffer.baseAddress, memchr(base, 0x26, buffer.count) != nil else { return [] }
        let declared = declaredNames(buffer)
        var out: [Edit] = []
        var at = 0
        var quiet = Quiet(buffer)
        while at < buffer.count, let found = memchr(base + at, 0x26, buffer.count - at) {
            let amp = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // Inside CDATA or a comment an `&` is a character.
            if let (start, end) = quiet.next, amp > start {
                if amp < end { at = end; continue }
                quiet.skip(to: end)
                continue
            }
            at = amp + 1
            guard let replacement = replacement(at: amp, in: buffer, declared: declared) else { continue }
            out.append(Edit(at: amp, length: replacement.length, bytes: replacement.bytes))
            at = amp + replacement.length
        }
        return out
    }

    /// `buffer[from...]` with `edits` made, a chunk of about `size` bytes
    /// at a time, with the offset in `buffer` where each ends.
    static func chunks(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, edits: [Edit], size: Int = 1 << 16,
                       _ take: (UnsafeBufferPointer<UInt8>, Int) -> Bool) {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(size + 64)
        var at = from
        var next = edits.firstIndex { $0.at >= from } ?? edits.count
        while at < buffer.count {
            let end = min(buffer.count, at + size, next < edits.count ? edits[next].at : buffer.count)
            chunk += buffer[at..<end]
            at = end
            if next < edits.count, at == edits[next].at {
                chunk += edits[next].bytes
                at += edits[next].length
                next += 1
            }
            if chunk.count >= size || at >= buffer.count {
                guard chunk.withUnsafeBufferPointer({ take($0, at) }) else { return }
                chunk.removeAll(keepingCapacity: true)
            }
        }
    }

    /// What the `&` at `amp` becomes, and how many bytes it replaces; nil
    /// to leave it.
    static func replacement(at amp: Int, in buffer: UnsafeBufferPointer<UInt8>, declared: Set<String>)
        -> (bytes: [UInt8], length: Int)? {
        var end = amp + 1
        while end < buffer.count, end - amp <= 40, isNameByte(buffer[end]) || (end == amp + 1 && buffer[end] == 0x23) { end += 1 }
        guard end < buffer.count, buffer[end] == 0x3B, end > amp + 1 else { return (Array("&amp;".utf8), 1) }
        let name = String(decoding: buffer[(amp + 1)..<end], as: UTF8.self)
        if name.hasPrefix("#") || xmlNames.contains(name) || declared.contains(name) { return nil }
        guard let entity = htmlEntityLookup(name), entity.pointee.value > 0 else { return nil }
        return (Array("&#\(entity.pointee.value);".utf8), end - amp + 1)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x23
            || byte == 0x5F || byte == 0x2D || byte == 0x2E || byte >= 0x80
    }

    /// The CDATA sections and comments of a feed, met in order: each kind's
    /// next start is searched for once, not again at every `&`.
    struct Quiet {
        static let kinds = [("<![CDATA[", "]]>"), ("<!--", "-->")]
        let buffer: UnsafeBufferPointer<UInt8>
        /// Each kind's next section from where the reading is: start and end.
        var ahead: [(Int, Int)?]

        init(_ buffer: UnsafeBufferPointer<UInt8>) {
            self.buffer = buffer
            ahead = Self.kinds.map { Self.section($0, in: buffer, from: 0) }
        }

        /// The section nearest ahead.
        var next: (Int, Int)? { ahead.compactMap { $0 }.min { $0.0 < $1.0 } }

        /// Past `offset`: the sections before it are behind.
        mutating func skip(to offset: Int) {
            for (n, kind) in Self.kinds.enumerated() {
                if let (start, _) = ahead[n], start < offset { ahead[n] = Self.section(kind, in: buffer, from: offset) }
            }
        }

        /// Where it is never closed, a section goes to the end of the feed.
        static func section(_ kind: (String, String), in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
            guard let start = find(kind.0, in: buffer, from: from) else { return nil }
            let end = find(kind.1, in: buffer, from: start + kind.0.utf8.count).map { $0 + kind.1.utf8.count } ?? buffer.count
            return (start, end)
        }
    }

    static func find(_ needle: String, in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < buffer.count, let base = buffer.baseAddress else { return nil }
        let bytes = Array(needle.utf8)
        return bytes.withUnsafeBufferPointer { pattern in
            clibxml2_find(base + from, buffer.count - from, pattern.baseAddress, pattern.count).map {
                base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
            }
        }
    }

    /// The names the feed's own DTD declares (`<!ENTITY lol "lol">`).
    static func declaredNames(_ buffer: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var names: Set<String> = []
        var from = 0
        while let at = find("<!ENTITY", in: buffer, from: from), names.count < 10_000 {
            var start = at + 8
            while start < buffer.count, buffer[start] == 0x20 || buffer[start] == 0x09 || buffer[start] == 0x0A || buffer[start] == 0x25 {
                start += 1
            }
            var end = start
            while end < buffer.count, isNameByte(buffer[end]) { end += 1 }
            names.insert(String(decoding: buffer[start..<end], as: UTF8.self))
            from = end
        }
        return names
    }
}
