/// The corpus as JSON for scripts. Written by hand rather than with
/// JSONEncoder: it leaves C1 controls, DEL and bidi controls raw, and
/// JSON piped to a terminal must stay inert.
public enum CorpusJSON {
    public static func render(site: Site?, posts: [Post], problems: [Problem],
                              extra: (Post) -> [(String, String)] = { _ in [] }) -> String {
        var out = ""
        render(site: site, posts: posts, problems: problems, extra: extra) { out += $0 }
        return out
    }

    /// The document handed to `write` a post at a time: the JSON of
    /// 100,000 posts is never one string.
    public static func render(site: Site?, posts: [Post], problems: [Problem],
                              extra: (Post) -> [(String, String)], into write: (String) -> Void) {
        var out = "{\"site\": "
        if let site {
            out += "{\"name\": \(quote(site.name)), \"description\": \(quote(site.description))}"
        } else {
            out += "null"
        }
        out += ",\n \"posts\": ["
        for (n, post) in posts.enumerated() {
            out += n == 0 ? "\n  " : ",\n  "
            out += "{\"title\": \(quote(post.title)), \"author\": \(post.author.map(quote) ?? "null"), "
            out += "\"date\": \(post.date.map { quote($0.iso) } ?? "null"), "
            out += "\"comments\": \(post.comments.map(String.init) ?? "null"), "
            out += "\"summary\": \(post.summary.map(quote) ?? "null"), "
            let (body, links) = post.text.read()
            out += "\"body\": ["
            out += body.map { block in
                var fields = ["\"kind\": \(quote(block.kind.rawValue))", "\"text\": \(quote(block.text))"]
                if let level = block.level { fields.append("\"level\": \(level)") }
                if let depth = block.depth { fields.append("\"depth\": \(depth)") }
                if let number = block.number { fields.append("\"number\": \(number)") }
                if let url = block.url { fields.append("\"url\": \(quote(url))") }
                return "{" + fields.joined(separator: ", ") + "}"
            }
                .joined(separator: ", ")
            out += "], \"links\": ["
            out += links.map { "{\"text\": \(quote($0.text)), \"url\": \(quote($0.url))}" }
                .joined(separator: ", ")
            out += "], \"link\": \(post.link.map(quote) ?? "null")"
            if let time = post.time { out += ", \"time\": \(quote(time))" }
            if !post.categories.isEmpty { out += ", \"categories\": [" + post.categories.map(quote).joined(separator: ", ") + "]" }
            out += ", \"source\": {\"file\": \(quote(post.source.file)), \"line\": \(post.source.line)}"
            for (key, json) in extra(post) { out += ", \(quote(key)): \(json)" }
            out += "}"
            if out.utf8.count >= 1 << 16 {
                write(out)
                out = ""
            }
        }
        out += posts.isEmpty ? "],\n" : "\n ],\n"
        out += " \"problems\": ["
        out += problems.map {
            "\n  {\"file\": \(quote($0.file)), \"line\": \($0.line), \"message\": \(quote($0.message))}"
        }.joined(separator: ",")
        out += problems.isEmpty ? "]}\n" : "\n ]}\n"
        write(out)
    }

    /// A JSON string literal with every control and invisible direction
    /// changer escaped as `\uXXXX`.
    public static func quote(_ text: String) -> String {
        var text = text
        // Read on its UTF-8, what needs no escape copied a run at a time: a
        // scalar at a time, the JSON of a large archive took ten seconds.
        return text.withUTF8 { bytes in
            var out: [UInt8] = [0x22]
            out.reserveCapacity(bytes.count + 2)
            var run = 0
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var escaped: String?
                switch lead {
                case 0x22: escaped = "\\\""
                case 0x5C: escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x09: escaped = "\\t"
                case 0x0D: escaped = "\\r"
                case 0x20..<0x7F: break
                default:
                    var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if let scalar = Unicode.Scalar(value), Invisible.isControlOrFormat(scalar) { escaped = "\\u" + hex4(value) }
                }
                if let escaped {
                    out += bytes[run..<i]
                    out += escaped.utf8
                    run = i + length
                }
                i += length
            }
            out += bytes[run...]
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func hex4(_ v: UInt32) -> String {
        if v > 0xFFFF {
            // Outside the BMP, JSON needs a surrogate pair.
            let u = v - 0x10000
            return hex4(0xD800 + (u >> 10)) + "\\u" + hex4(0xDC00 + (u & 0x3FF))
        }
        return Digits.padded(Int(v), width: 4, radix: 16)
    }
}

/// Characters that a terminal acts on or that are invisible yet change how
/// text reads: C0 and C1 controls, DEL, bidi controls, line and paragraph
/// separators, zero-width spaces, soft hyphens, byte-order marks, tags.
/// Joiners and variation selectors stay: emoji sequences need them.
public enum Invisible {
    public static func isControlOrFormat(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200E, 0x200F: return true
        // Format characters of musical notation, and the Hangul fillers, which draw as nothing.
        case 0x1D173...0x1D17A, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
        case 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x206F: return true
        case 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F: return true
        default: return false
        }
    }
}
