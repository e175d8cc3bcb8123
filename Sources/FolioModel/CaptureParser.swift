/// What one capture file holds.
public struct Capture: Sendable {
    public var posts: [Post] = []
    public var site: Site?
    public var problems: [Problem] = []
    /// In the sample's layout, posts anchored on bulleted titles and their
    /// bylines, with no date bullet dating the posts under it: such a
    /// capture reads the same cut into pieces where posts start, so a large
    /// one is read a piece at a time.
    public var readsInPieces = false

    public init(posts: [Post] = [], site: Site? = nil, problems: [Problem] = []) {
        self.posts = posts
        self.site = site
        self.problems = problems
    }

    /// The next piece of the same capture, read on from where this ended.
    public mutating func add(_ piece: Capture) {
        posts += piece.posts
        problems += piece.problems
        site = site ?? piece.site
    }
}

/// Turns the lines of a capture into posts. A post is anchored on its byline:
/// the nearest line above a byline is the title, and the text below it, down
/// to the next post or the page's furniture, is its body.
public enum CaptureParser {
    public static func parse(bytes: [UInt8], file: String) -> Capture {
        guard let text = CaptureText(bytes: bytes, file: file) else {
            return Capture(problems: [Problem(file: file, line: 1, message: "not a text capture (binary data); skipped")])
        }
        var capture = parse(text, file: file)
        capture.problems.insert(contentsOf: text.problems, at: 0)
        return capture
    }

    /// The start of the first post that begins at or after `offset`.
    public static func postBoundary(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = max(1, offset)
        while i < bytes.count {
            if bytes[i] == 0x0A && bytes[i - 1] == 0x0A {
                var k = i + 1
                while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
                if k < bytes.count, CaptureText.bulletEnd(UnsafeBufferPointer(rebasing: bytes[k...])) > 0 { return i + 1 }
            }
            i += 1
        }
        return nil
    }

    /// The start of the last post that begins before `offset`: a line after a
    /// blank line that starts with a bullet. Nil when there is none.
    public static func postBoundary(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = min(offset, bytes.count - 1)
        while i > 1 {
            if bytes[i] == 0x0A && bytes[i - 1] == 0x0A {
                var k = i + 1
                while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
                if k < bytes.count, CaptureText.bulletEnd(UnsafeBufferPointer(rebasing: bytes[k...])) > 0 { return i + 1 }
            }
            i -= 1
        }
        return nil
    }

    /// Parses bytes read straight into `allocation`, which the parse frees.
    /// `keptIn`: where the posts' texts keep their bytes, and the offset
    /// there of the first, when not in this memory.
    public static func parse(owning bytes: UnsafeMutableBufferPointer<UInt8>, allocation: UnsafeMutableBufferPointer<UInt8>,
                             file: String, firstLine: Int, keptIn: (bytes: any KeptBytes, at: Int)? = nil) -> Capture {
        parse(owning: bytes, allocation: allocation, file: file, firstLine: firstLine, keptIn: keptIn) { parse($0, file: file) }
    }

    /// A piece of a capture that `readsInPieces`, read in its layout, with
    /// what the pieces before it learned of its authors; and what this one
    /// learned that they had not, for the pieces after.
    /// `bytes` are only borrowed, for the call: the posts' texts are read
    /// from `keptIn`, and the memory may take the next piece.
    public static func parsePiece(_ bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int,
                                  keptIn: (bytes: any KeptBytes, at: Int), authors: AuthorVerdicts) -> (Capture, AuthorVerdicts) {
        var learned = AuthorVerdicts()
        let text = CaptureText(borrowing: bytes, file: file, firstLine: firstLine, keptIn: keptIn)
        let capture = parse(text, file: file) { text in
            let read = parseBulleted(text, file: file, authors: authors)
            learned = read.authors
            return read.capture
        }
        return (capture, learned)
    }

    private static func parse(owning bytes: UnsafeMutableBufferPointer<UInt8>, allocation: UnsafeMutableBufferPointer<UInt8>,
                              file: String, firstLine: Int, keptIn: (bytes: any KeptBytes, at: Int)?,
                              reading: (CaptureText) -> Capture) -> Capture {
        parse(CaptureText(owning: bytes, allocation: allocation, file: file, firstLine: firstLine, keptIn: keptIn),
              file: file, reading: reading)
    }

    private static func parse(_ text: CaptureText?, file: String, reading: (CaptureText) -> Capture) -> Capture {
        guard let text else {
            return Capture(problems: [Problem(file: file, line: 1, message: "not a text capture (binary data); skipped")])
        }
        var capture = reading(text)
        capture.problems.insert(contentsOf: text.problems, at: 0)
        return capture
    }

    /// The day a bullet names when it carries only a date (archive layouts).
    static func bulletDate(_ line: CaptureText.Line) -> CalendarDate? {
        // A date is short and has digits: most bullets are titles and stop here.
        guard line.bulletEnd > 0, line.byteCount - line.bulletEnd <= 40,
              line.bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              let text = line.bulletText else { return nil }
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var start = 0
        if let w = words.first, DateText.isWeekday(w) { start = 1 }
        guard let date = DateText.at(start, in: words), date.range.upperBound == words.count,
              case .valid(let day) = date.found else { return nil }
        return day
    }

    struct Head {
        var titleIndex: Int
        var bylineIndex: Int
        var title: String
        /// The byline's author folded, where the sample's byline gave it.
        var foldedAuthor: String?
        var byline: Byline?
        var date: CalendarDate?
        /// The title was a bullet, or stood under a date bullet: the layout
        /// of the sample's blog, which this parser reads exactly.
        var bulleted: Bool
    }

    /// A capture in the sample's layout is read by its bylines; any other
    /// page by the recogniser of real pages.
    public static func parse(_ text: CaptureText, file: String) -> Capture {
        let read = parseBulleted(text, file: file)
        return read.bulleted ? read.capture : PageParser.parse(text, file: file)
    }

    static func parseBulleted(_ text: CaptureText, file: String,
                              authors: AuthorVerdicts = AuthorVerdicts()) -> (capture: Capture, bulleted: Bool, authors: AuthorVerdicts) {
        let lines = text.lines
        var capture = Capture()
        var heads: [Head] = []
        var dateBullets = Set<Int>()
        var archiveDate: CalendarDate?
        var previous: Int?
        var previousBeforeThat: Int?
        /// The last head's byline, kept apart: `heads.last` copied its Strings at every line.
        var lastByline: Int?
        var sampleBylines = SampleByline(known: authors)

        for (i, line) in lines.enumerated() where !line.isBlank {
            defer { previousBeforeThat = previous; previous = i }
            if let day = bulletDate(line) {
                archiveDate = day
                dateBullets.insert(i)
                continue
            }
            // Most archives have no date bullet: no set is hashed for them at every line.
            guard let j = previous, lastByline != j, dateBullets.isEmpty || !dateBullets.contains(j) else { continue }
            let titleLine = lines[j]
            let afterDateBullet = !dateBullets.isEmpty && previousBeforeThat.map { dateBullets.contains($0) } ?? false
            let title: String
            if let bulleted = titleLine.bulletText {
                title = bulleted
            } else if (j == 0 || lines[j - 1].isBlank) && titleLine.indent <= line.indent
                        && titleLine.byteCount <= 600 && titleLine.lastByte != 0x2E {
                title = titleLine.text
            } else {
                continue
            }
            let unmarked = titleLine.bulletEnd > 0 || afterDateBullet
            let sample = sampleBylines.read(line.bytes)
            guard let reading = sample.map({ Byline.Reading.byline($0.byline) })
                    ?? Byline.read(line.text, allowUnmarked: unmarked) else { continue }
            var head = Head(titleIndex: j, bylineIndex: i, title: title, foldedAuthor: sample?.foldedAuthor, bulleted: unmarked)
            switch reading {
            case .byline(let byline):
                head.byline = byline
                head.date = byline.date ?? archiveDate
                if head.date == nil {
                    capture.problems.append(Problem(file: file, line: line.number,
                                                    message: "byline names no date: “\(line.text)”; post skipped"))
                }
            case .impossibleDate(let date):
                capture.problems.append(Problem(file: file, line: line.number,
                                                message: "impossible date “\(date)”; post skipped"))
            case .unreadable(let text):
                capture.problems.append(Problem(file: file, line: line.number,
                                                message: "byline names no author: “\(text)”; post skipped"))
            }
            heads.append(head)
            lastByline = i
        }

        var covered = [Bool](repeating: false, count: lines.count)
        for (n, head) in heads.enumerated() {
            let limit = n + 1 < heads.count ? heads[n + 1].titleIndex : lines.count
            var end = head.bylineIndex + 1
            var floor: Int?
            var shape = TextShape(title: head.title)
            while end < limit, dateBullets.isEmpty || !dateBullets.contains(end) {
                let line = lines[end]
                if line.isBlank {
                    shape.endParagraph()
                } else {
                    let f = floor ?? min(line.indent, lines[head.bylineIndex].indent)
                    floor = f
                    // Furniture starts after a blank line; a line that directly
                    // follows text continues its paragraph, however indented.
                    if !shape.inParagraph && (line.indent < f || (f == 0 && isSiteHeading(line) && shape.paragraphs > 0)) {
                        break
                    }
                    shape.add(line)
                }
                end += 1
            }
            shape.endParagraph()
            for k in head.titleIndex..<end { covered[k] = true }
            guard let byline = head.byline, let date = head.date else { continue }
            capture.posts.append(Post(title: head.title, author: byline.author, date: date, comments: byline.comments,
                                      text: shape.captured(in: text),
                                      source: SourceLocation(file: file, line: lines[head.titleIndex].number),
                                      identity: head.foldedAuthor.map {
                                          PostIdentity(title: SearchKey.fold(head.title), author: $0, date: date)
                                      }))
        }

        for (i, line) in lines.enumerated() where !covered[i] && !line.isBlank {
            if capture.site == nil, isSiteHeading(line),
               let description = lines[(i + 1)...].first(where: { !$0.isBlank }) {
                capture.site = Site(name: String(line.text.dropFirst("About ".count)), description: description.text)
            }
            if let title = line.bulletText, !dateBullets.contains(i) {
                capture.problems.append(Problem(file: file, line: line.number,
                                                message: "“\(title)” looks like a post but has no readable byline"))
            } else if line.byteCount >= 9, String(decoding: line.bytes.prefix(9), as: UTF8.self).lowercased() == "posted by" {
                capture.problems.append(Problem(file: file, line: line.number,
                                                message: "byline without a title above it: “\(line.text)”"))
            }
        }
        capture.problems.sort { $0.line < $1.line }
        // A page of menus where one item happens to stand over a line that
        // reads as a byline (`• Opening Bell` / `Opening Bell 11.18.19`) is
        // no page of the sample's layout: most of its bullets are no posts.
        let menuItems = capture.problems.filter { $0.message.hasSuffix("looks like a post but has no readable byline") }.count
        let bulleted = heads.contains { $0.bulleted } && menuItems <= max(3, heads.count)
        capture.readsInPieces = bulleted && dateBullets.isEmpty
        return (capture, bulleted, sampleBylines.learned)
    }

    static func isSiteHeading(_ line: CaptureText.Line) -> Bool {
        line.indent == 0 && line.starts(with: "About ") && line.byteCount <= 240 && line.byteCount > 6
    }

    static func isTweetThis(_ line: CaptureText.Line) -> Bool {
        line.byteCount == 10 && line.text.lowercased() == "tweet this"
    }

    /// What the list needs to know now of a post's lines, met one by one:
    /// where they are, whether the first repeats the title, and whether
    /// they make a summary (one paragraph) or a text. The blocks
    /// themselves are made when the text is shown, as `runs` makes them.
    struct TextShape {
        let title: String
        private var first: CaptureText.Line?
        private var last: CaptureText.Line?
        private var repeatsTitle = false
        /// The kind of the first block, and whether there is another.
        private var firstKind: Block.Kind?
        private var more = false
        /// Lines in the block being read.
        private var run = 0
        private(set) var inParagraph = false
        private(set) var paragraphs = 0

        init(title: String) { self.title = title }

        mutating func add(_ line: CaptureText.Line) {
            inParagraph = true
            last = line
            if first == nil {
                first = line
                repeatsTitle = line.byteCount == title.utf8.count && line.bytes.elementsEqual(title.utf8)
                if repeatsTitle { return }
            }
            if isTweetThis(line) {
                if run > 0 { block(.pullquote) }
                run = 0
            } else {
                run += 1
            }
        }

        mutating func endParagraph() {
            guard inParagraph else { return }
            if run > 0 { block(.paragraph) }
            (run, inParagraph, paragraphs) = (0, false, paragraphs + 1)
        }

        private mutating func block(_ kind: Block.Kind) {
            if firstKind == nil { firstKind = kind } else { more = true }
        }

        /// The lines kept as the bytes they are in: nil when they make no block.
        func captured(in text: CaptureText) -> CapturedText? {
            guard let first, let last, let firstKind else { return nil }
            return CapturedText(bytes: text.kept.bytes, range: first.start + text.kept.at..<last.end + text.kept.at,
                                repeatsTitle: repeatsTitle, isSummary: firstKind == .paragraph && !more)
        }
    }

    /// Paragraphs of lines into blocks: lines wrapped inside a paragraph are
    /// joined by single spaces; lines directly above `Tweet This` are a pull quote.
    static func blocks(_ paragraphs: [[CaptureText.Line]]) -> [Block] {
        var blocks: [Block] = []
        runs(paragraphs) { kind, lines in blocks.append(Block(kind, joined(lines))) }
        return blocks
    }

    /// The lines of each block, with its kind, in order.
    private static func runs(_ paragraphs: [[CaptureText.Line]], _ block: (Block.Kind, [CaptureText.Line]) -> Void) {
        for lines in paragraphs {
            var run: [CaptureText.Line] = []
            for line in lines {
                if isTweetThis(line) {
                    if !run.isEmpty { block(.pullquote, run) }
                    run = []
                } else {
                    run.append(line)
                }
            }
            if !run.isEmpty { block(.paragraph, run) }
        }
    }

    /// Lines of one paragraph joined by single spaces, decoded once.
    static func joined(_ lines: [CaptureText.Line]) -> String {
        if lines.count == 1 { return lines[0].text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.byteCount + 1 })
        for (k, line) in lines.enumerated() {
            if k > 0 { bytes.append(0x20) }
            bytes.append(contentsOf: line.bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
