import FolioModel

/// A blog's feed: RSS, Atom or JSON Feed, told by its first element (or,
/// for JSON, its `version`), not by its name.
public enum Feed: PageFormat {
    public static func sniff(_ head: some Collection<UInt8>) -> Bool {
        kind(of: head) != nil
    }

    public static func parse(bytes: [UInt8], file: String) -> Capture {
        bytes.withUnsafeBufferPointer { parse(reading: $0, file: file) }
    }

    /// `consumed(n)` says the first `n` bytes are read and will not be
    /// looked at again: a file of 100 MB need not be held whole to its end.
    public static func parse(reading bytes: UnsafeBufferPointer<UInt8>, file: String,
                             consumed: (Int) -> Void = { _ in }) -> Capture {
        kind(of: bytes) == .json ? JSONFeed.parse(bytes: Array(bytes), file: file)
            : XMLFeed.parse(bytes: bytes, file: file, consumed: consumed)
    }

    enum Kind { case xml, json }

    static func kind(of head: some Collection<UInt8>) -> Kind? {
        if MarkupStart.cannotBeMarkup(head) { return nil }
        var bytes = Array(head.prefix(65_536))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // UTF-16's head is read as what it says.
        let text: Substring
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let big = bytes[0] == 0xFE
            var units: [UInt16] = []
            for at in stride(from: 2, to: bytes.count - 1, by: 2) {
                let (high, low) = big ? (bytes[at], bytes[at + 1]) : (bytes[at + 1], bytes[at])
                units.append(UInt16(high) << 8 | UInt16(low))
            }
            text = Substring(String(decoding: units, as: UTF16.self))
        } else {
            text = Substring(String(decoding: bytes, as: UTF8.self))
        }
        var rest = text.drop { $0.isWhitespace }
        if rest.hasPrefix("{") {
            // `"version": "https://jsonfeed.org/version/1.1"`, not the words
            // anywhere (a note about feeds).
            var head = Substring(rest.prefix(65_536).replacing("\\/", with: "/"))
            while let key = head.firstRange(of: "\"version\"") {
                head = head[key.upperBound...].drop { $0.isWhitespace }
                guard head.first == ":" else { continue }
                let value = head.dropFirst().drop { $0.isWhitespace }
                if value.hasPrefix("\"https://jsonfeed.org/version/1") || value.hasPrefix("\"http://jsonfeed.org/version/1") { return .json }
            }
            return nil
        }
        // The prolog: the declaration, stylesheets, comments, a DOCTYPE and
        // its internal subset.
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            var close = rest.hasPrefix("<!--") ? "-->" : rest.hasPrefix("<?") ? "?>" : ">"
            // A DOCTYPE's internal subset holds `>`s of its own.
            if close == ">", let bracket = rest.firstIndex(of: "["), bracket < (rest.firstIndex(of: ">") ?? rest.endIndex) { close = "]>" }
            guard let end = rest.firstRange(of: close) else { return nil }
            rest = rest[end.upperBound...].drop { $0.isWhitespace }
        }
        guard rest.hasPrefix("<") else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        let local = name.split(separator: ":").last.map(String.init) ?? ""
        if local == "rss" || local == "RDF" { return .xml }
        if local == "feed" {
            let start = rest.prefix { $0 != ">" }
            return start.contains("http://www.w3.org/2005/Atom") || start.contains("http://purl.org/atom/ns#") ? .xml : nil
        }
        return nil
    }
}
