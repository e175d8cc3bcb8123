import CLibXML2
import Foundation

/// Feeds write HTML's named entities (`&nbsp;`, `&eacute;`) that XML does
/// not know, and stray `&`s: each would stop libxml2's reading of the
/// rest. Before parsing, a named entity is written as the character it
/// stands for and a stray `&` as `&amp;`; CDATA and comments are left as
/// they are, and so are the feed's own declared entities.
enum FeedEntities {
    static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    static func mended(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, 0x26, buffer.count) != nil else { return bytes }
            let declared = declaredNames(buffer)
            var out: [UInt8] = []
            var copied = 0
            var at = 0
            var quiet = nextQuiet(buffer, from: 0)
            while at < buffer.count, let found = memchr(base + at, 0x26, buffer.count - at) {
                let amp = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                // Inside CDATA or a comment an `&` is a character.
                if let (start, end) = quiet, amp > start {
                    if amp < end { at = end; continue }
                    quiet = nextQuiet(buffer, from: end)
                    continue
                }
                at = amp + 1
                guard let replacement = replacement(at: amp, in: buffer, declared: declared) else { continue }
                if out.isEmpty { out.reserveCapacity(buffer.count + 1024) }
                out += buffer[copied..<amp]
                out += replacement.bytes
                copied = amp + replacement.length
                at = copied
            }
            guard copied > 0 else { return bytes }
            out += buffer[copied...]
            return out
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

    /// The next CDATA section or comment from `from`: where it starts and
    /// where it ends (to the end of the feed when it is never closed).
    static func nextQuiet(_ buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Int)? {
        let starts = [("<![CDATA[", "]]>"), ("<!--", "-->")].compactMap { open, close -> (Int, Int)? in
            guard let start = find(open, in: buffer, from: from) else { return nil }
            let end = find(close, in: buffer, from: start + open.utf8.count).map { $0 + close.utf8.count } ?? buffer.count
            return (start, end)
        }
        return starts.min { $0.0 < $1.0 }
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
