/// Where a text capture's bytes are kept for its posts' texts: in memory,
/// or left in a large file and read again when a text is asked for.
public protocol KeptBytes: AnyObject, Sendable {
    /// `body` given the bytes of `range`; nil when they are no longer what
    /// was read (the file changed since).
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R?
}

/// Memory a text capture was read into, freed when neither its lines nor
/// a post's text read from them is left. Not changed after the parse.
final class CaptureBytes: KeptBytes, @unchecked Sendable {
    private let allocation: UnsafeMutableBufferPointer<UInt8>
    private let bytes: UnsafeBufferPointer<UInt8>

    /// `bytes`, the text's part of `allocation`.
    init(_ allocation: UnsafeMutableBufferPointer<UInt8>, holding bytes: UnsafeBufferPointer<UInt8>) {
        (self.allocation, self.bytes) = (allocation, bytes)
    }

    deinit { allocation.deallocate() }

    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        body(UnsafeBufferPointer(rebasing: bytes[range]))
    }
}

/// A post's text in a text capture, kept as the bytes of its lines and made
/// into paragraphs when it is shown, searched or printed: a String of each
/// post's text was most of a large archive's parse and of its memory.
struct CapturedText: Hashable, Sendable {
    let bytes: any KeptBytes
    /// From its first line's text to its last line's end, in `bytes`.
    let range: Range<Int>
    /// Its first line says the title again, and is no text.
    let repeatsTitle: Bool
    /// One paragraph and nothing else: the post's summary, not a full text.
    let isSummary: Bool

    /// The paragraphs and pull quotes of the lines between the blank ones,
    /// as the parse saw them.
    var blocks: [Block] {
        bytes.withBytes(range) { kept in
            var lines: [CaptureText.Line] = []
            _ = CaptureText.split(kept.baseAddress!, 0..<kept.count, firstLine: 1, into: &lines)
            var paragraphs: [[CaptureText.Line]] = []
            var group: [CaptureText.Line] = []
            for line in lines {
                if !line.isBlank { group.append(line) } else if !group.isEmpty { paragraphs.append(group); group = [] }
            }
            if !group.isEmpty { paragraphs.append(group) }
            // Bytes that are not what the parse saw (an index made by hand) may hold no line at all.
            if repeatsTitle, !(paragraphs.first?.isEmpty ?? true) { paragraphs[0].removeFirst() }
            return CaptureParser.blocks(paragraphs)
        } ?? [Block(.paragraph, "The capture changed after folio read it: open it again to read this post.")]
    }

    static func == (a: Self, b: Self) -> Bool {
        (a.bytes === b.bytes && a.range == b.range && a.repeatsTitle == b.repeatsTitle) || a.blocks == b.blocks
    }

    func hash(into hasher: inout Hasher) { hasher.combine(blocks) }
}

/// A post's summary: a String, or a capture's one paragraph read when asked for.
struct PostSummary: Hashable, Sendable {
    private enum Storage: Sendable {
        case text(String)
        case captured(CapturedText)
    }

    private let storage: Storage

    init(_ text: String) { storage = .text(text) }

    init(_ captured: CapturedText) { storage = .captured(captured) }

    /// The capture's paragraph it is read from, if it is one.
    var captured: CapturedText? {
        if case .captured(let captured) = storage { captured } else { nil }
    }

    var text: String {
        switch storage {
        case .text(let text): text
        case .captured(let captured): captured.blocks.first?.text ?? ""
        }
    }

    static func == (a: Self, b: Self) -> Bool { a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
