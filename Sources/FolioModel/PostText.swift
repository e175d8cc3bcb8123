/// How a source's markup becomes a post's blocks and links: HTML for a
/// feed item's content. The model knows no markup; the formats that do
/// give their reader with the text.
public protocol MarkupReader: Sendable {
    static func read(_ markup: String, base: String?) -> (blocks: [Block], links: [Link])
}

/// A post's full text: its blocks and links, or the markup they are read
/// from when the text is shown, searched or printed. A feed of 100,000
/// items is listed without reading 100,000 pieces of HTML into blocks, as
/// newsboat keeps an item's HTML and renders it when it is opened.
public struct PostText: Hashable, Sendable {
    private enum Storage: Sendable {
        case read(blocks: [Block], links: [Link])
        case markup(Markup)
        case captured(CapturedText)
    }

    private struct Markup: Hashable, Sendable {
        var source: String
        var base: String?
        var reader: any MarkupReader.Type

        static func == (a: Self, b: Self) -> Bool {
            a.source == b.source && a.base == b.base && ObjectIdentifier(a.reader) == ObjectIdentifier(b.reader)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(base)
        }
    }

    private var storage: Storage

    public init(blocks: [Block] = [], links: [Link] = []) {
        storage = .read(blocks: blocks, links: links)
    }

    /// A text capture's paragraphs, made into blocks when asked for.
    init(_ captured: CapturedText) {
        storage = .captured(captured)
    }

    /// The capture's paragraphs it is read from, if it is one.
    var captured: CapturedText? {
        if case .captured(let captured) = storage { captured } else { nil }
    }

    /// A text read now and one kept as a capture's bytes are equal when they
    /// read the same; markup is equal to markup alone.
    public static func == (a: Self, b: Self) -> Bool {
        switch (a.storage, b.storage) {
        case let (.markup(x), .markup(y)): x == y
        case (.markup, _), (_, .markup): false
        default: a.read() == b.read()
        }
    }

    public func hash(into hasher: inout Hasher) {
        if case .markup(let markup) = storage {
            hasher.combine(markup)
        } else {
            let (blocks, links) = read()
            hasher.combine(blocks)
            hasher.combine(links)
        }
    }

    /// `markup` read by `reader`, its links against `base`, when first asked for.
    public init(markup: String, base: String?, reader: any MarkupReader.Type) {
        storage = .markup(Markup(source: markup, base: base, reader: reader))
    }

    /// The blocks and links, read now if they were kept as markup. Nothing
    /// is kept of the reading: the reader keeps the few articles it shows.
    public func read() -> (blocks: [Block], links: [Link]) {
        switch storage {
        case .read(let blocks, let links): (blocks, links)
        case .markup(let markup): markup.reader.read(markup.source, base: markup.base)
        case .captured(let captured): (captured.blocks, [])
        }
    }

    /// Whether there is a text at all: markup that is more than blanks
    /// counts without being read.
    public var isEmpty: Bool {
        switch storage {
        case .read(let blocks, _): blocks.isEmpty
        case .markup(let markup): markup.source.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        case .captured: false
        }
    }
}
