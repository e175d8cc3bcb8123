/// What one capture file holds.
public struct Capture: Sendable {
    public var posts: [Post] = []
    public var site: Site?
    public var problems: [Problem] = []
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

    static func bulletText(_ line: CaptureText.Line) -> String? { line.bulletText }

    /// The day a bullet names when it carries only a date (archive layouts).
    static func bulletDate(_ line: CaptureText.Line) -> CalendarDate? {
        // A date is short and has digits: most bullets are titles and stop here.
        guard line.bulletEnd > 0, line.text.utf8.count - line.bulletEnd <= 40,
              line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
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
        var byline: Byline?
        var date: CalendarDate?
    }

    public static func parse(_ text: CaptureText, file: String) -> Capture {
        let lines = text.lines
        var capture = Capture()
        var heads: [Head] = []
        var dateBullets = Set<Int>()
        var archiveDate: CalendarDate?
        var previous: Int?
        var previousBeforeThat: Int?

        for (i, line) in lines.enumerated() where !line.isBlank {
            defer { previousBeforeThat = previous; previous = i }
            if let day = bulletDate(line) {
                archiveDate = day
                dateBullets.insert(i)
                continue
            }
            guard let j = previous, heads.last?.bylineIndex != j, !dateBullets.contains(j) else { continue }
            let titleLine = lines[j]
            let afterDateBullet = previousBeforeThat.map { dateBullets.contains($0) } ?? false
            let title: String
            if let bulleted = bulletText(titleLine) {
                title = bulleted
            } else if (j == 0 || lines[j - 1].isBlank) && titleLine.indent <= line.indent
                        && titleLine.text.count <= 200 && !titleLine.text.hasSuffix(".") {
                title = titleLine.text
            } else {
                continue
            }
            let unmarked = bulletText(titleLine) != nil || afterDateBullet
            guard let reading = Byline.read(line.text, allowUnmarked: unmarked) else { continue }
            var head = Head(titleIndex: j, bylineIndex: i, title: title)
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
        }

        var covered = [Bool](repeating: false, count: lines.count)
        for (n, head) in heads.enumerated() {
            let limit = n + 1 < heads.count ? heads[n + 1].titleIndex : lines.count
            var end = head.bylineIndex + 1
            var floor: Int?
            var paragraphs: [[String]] = []
            var group: [String] = []
            while end < limit, !dateBullets.contains(end) {
                let line = lines[end]
                if line.isBlank {
                    if !group.isEmpty { paragraphs.append(group); group = [] }
                } else {
                    let f = floor ?? min(line.indent, lines[head.bylineIndex].indent)
                    floor = f
                    // Furniture starts after a blank line; a line that directly
                    // follows text continues its paragraph, however indented.
                    if group.isEmpty && (line.indent < f || (f == 0 && isSiteHeading(line) && !paragraphs.isEmpty)) {
                        break
                    }
                    group.append(line.text)
                }
                end += 1
            }
            if !group.isEmpty { paragraphs.append(group) }
            for k in head.titleIndex..<end { covered[k] = true }
            guard let byline = head.byline, let date = head.date else { continue }
            var blocks = self.blocks(paragraphs, title: head.title)
            var summary: String?
            if blocks.count == 1, blocks[0].kind == .paragraph {
                summary = blocks[0].text
                blocks = []
            }
            capture.posts.append(Post(title: head.title, author: byline.author, date: date,
                                      comments: byline.comments, summary: summary, body: blocks,
                                      source: SourceLocation(file: file, line: lines[head.titleIndex].number)))
        }

        for (i, line) in lines.enumerated() where !covered[i] && !line.isBlank {
            if capture.site == nil, isSiteHeading(line),
               let description = lines[(i + 1)...].first(where: { !$0.isBlank }) {
                capture.site = Site(name: String(line.text.dropFirst("About ".count)), description: description.text)
            }
            if let title = bulletText(line), !dateBullets.contains(i) {
                capture.problems.append(Problem(file: file, line: line.number,
                                                message: "“\(title)” looks like a post but has no readable byline"))
            } else if line.text.prefix(10).lowercased().hasPrefix("posted by") {
                capture.problems.append(Problem(file: file, line: line.number,
                                                message: "byline without a title above it: “\(line.text)”"))
            }
        }
        capture.problems.sort { $0.line < $1.line }
        return capture
    }

    static func isSiteHeading(_ line: CaptureText.Line) -> Bool {
        line.indent == 0 && line.text.hasPrefix("About ") && line.text.count <= 80 && line.text.count > 6
    }

    static func isTweetThis(_ text: String) -> Bool {
        text.count == 10 && text.lowercased() == "tweet this"
    }

    /// Paragraphs of lines into blocks: lines wrapped inside a paragraph are
    /// joined by single spaces; lines directly above `Tweet This` are a pull quote.
    static func blocks(_ paragraphs: [[String]], title: String) -> [Block] {
        var blocks: [Block] = []
        for (n, var lines) in paragraphs.enumerated() {
            if n == 0, lines.first == title { lines.removeFirst() }
            var run: [String] = []
            for line in lines {
                if isTweetThis(line) {
                    if !run.isEmpty { blocks.append(Block(.pullquote, run.joined(separator: " "))) }
                    run = []
                } else {
                    run.append(line)
                }
            }
            if !run.isEmpty { blocks.append(Block(.paragraph, run.joined(separator: " "))) }
        }
        return blocks
    }
}
