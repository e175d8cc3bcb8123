import FoundationEssentials

/// Reads the posts of a real blog page saved as text (lynx, w3m, a browser's
/// "save as text"): single posts with their furniture, and index pages with
/// several. Evidence is weighed rather than one layout matched: a post is
/// a title-like line (short, set off, a heading in lynx's layout) next to a
/// byline (a date, an author marker), followed by prose, and ends where the
/// page's furniture (sharing, tags, related posts, comments) or the next post
/// begins. A page with no byline at all still gives its one post when it has
/// a headline over a run of prose.
enum PageParser {
    /// Lines of the page split where a blank line or a change of indent
    /// separates them, as a reader sees paragraphs.
    struct Group {
        var lines: Range<Int>
        var text: String
        var indent: Int
        var isHeading: Bool
        var isBullet: Bool
        /// `text` with its links' fields apart (see `PageLines.Line.fields`).
        var fields = ""
        var wordCount: Int { text.split(separator: " ").count }
    }

    struct Head {
        var title: Int
        var first: Int
        var last: Int
        var byline = PageByline()
        /// Where the text starts and ends when the byline comes after it
        /// (`Written on 2020-12-15 by Ada.` under a teaser).
        var text: Range<Int>?
    }

    static func parse(_ text: CaptureText, file: String) -> Capture {
        let page = PageLines(text)
        let groups = self.groups(page)
        var capture = Capture()
        // An empty file is no page; the command line says it found nothing.
        guard !groups.isEmpty else { return capture }
        let order = numericOrder(page.lines)
        func posts(_ heads: [Head]) -> [(head: Head, post: Post)] {
            heads.enumerated().compactMap { n, head in
                let limit = n + 1 < heads.count ? heads[n + 1].first : groups.count
                return post(head, limit: limit, groups: groups, page: page, file: file, order: order,
                            several: heads.count > 1).map { (head, $0) }
            }
        }
        var found = posts(bylineHeads(groups, order: order, problems: &capture.problems, file: file, lines: page.lines))
        // Without the sidebar's "posts", the article runs to its real end.
        let kept = withoutSidebars(found.map(\.post))
        if kept.count < found.count { found = posts(found.filter { kept.contains($0.post) }.map(\.head)) }
        capture.posts = found.map(\.post)
        // No post, or one with little text, found by its byline: a single-post
        // page, whose article is its longest run of text.
        // A run without a byline takes the place of a post found by its
        // byline only when it is much the longer.
        if capture.posts.count <= 1, let head = article(groups, order: order, near: found.first?.head),
           let post = post(head, limit: groups.count, groups: groups, page: page, file: file, order: order, several: false),
           capture.posts.first.map({ prose($0) * (post.date == nil && post.author == nil ? 4 : 2) < prose(post) }) ?? true {
            capture.posts = [post]
        }
        // The box names the author where the byline named no one, or
        // someone else (`Reader Kitchen Remodel`, a series read as a name).
        if capture.posts.count == 1, let box = authorBox(groups, order: order) {
            let post = capture.posts[0]
            let author = post.author.map { box.name.contains($0) || $0.contains(box.name) } == true ? post.author : box.name
            capture.posts[0] = Post(title: post.title, author: author, date: post.date ?? box.date, comments: post.comments,
                                    summary: post.summary, body: post.body, links: post.links, source: post.source)
        }
        // A blog's one author, named once on the page, in its sidebar
        // (`von Carolina von Canal`), wrote a post that names no one.
        if capture.posts.count == 1, capture.posts[0].author == nil {
            let names = Set(groups.compactMap { group -> String? in
                guard group.wordCount <= 6, let line = read(group, order: order, unmarked: false), line.marked,
                      line.date == nil else { return nil }
                return line.author
            })
            if names.count == 1 { capture.posts[0] = capture.posts[0].by(names.first) }
        }
        if capture.posts.isEmpty {
            capture.problems.append(Problem(file: file, line: 1, message: "no post found on this page"))
        }
        return capture
    }

    /// The box about a page's author, past the article: their name on a line
    /// of its own, a paragraph about them that names them in its first
    /// sentence (`Kristin Appenbrink` / `Kristin is a contributing editor for
    /// The Kitchn…`), and the day of the post under it.
    static func authorBox(_ groups: [Group], order: DateText.NumericOrder) -> (name: String, date: CalendarDate?)? {
        for k in groups.indices.dropLast() {
            guard let name = nameAlone(groups[k]), isProse(groups[k + 1]),
                  AuthorBox.describes(groups[k + 1].text, name: name) else { continue }
            let date = groups[(k + 2)..<min(groups.count, k + 4)].lazy.compactMap { read($0, order: order, unmarked: false)?.day }.first
            return (name, date)
        }
        return nil
    }

    /// Characters of a post's running text: a sidebar's lists of links,
    /// however long, are none.
    static func prose(_ post: Post) -> Int {
        post.body.reduce(post.summary?.count ?? 0) { $0 + (isProse($1.text) ? $1.text.count : 0) }
    }

    /// Characters of running text in `groups`.
    static func proseLength(_ groups: ArraySlice<Group>) -> Int {
        groups.filter(isProse).reduce(0) { $0 + $1.text.count }
    }

    /// A page with one long article keeps only it: the short "posts"
    /// around it are a sidebar's or a footer's.
    static func withoutSidebars(_ posts: [Post]) -> [Post] {
        // One article in full among teasers half its length or less: the
        // teasers are a sidebar's.
        let full = posts.filter(\.isFullText)
        if full.count == 1, posts.allSatisfy({ $0.isFullText || prose($0) * 2 < prose(full[0]) }) { return full }
        guard let longest = posts.map(prose).max(), longest >= 1000 else { return posts }
        return posts.filter { prose($0) * 6 >= longest }
    }

    // MARK: Paragraphs

    static func groups(_ page: PageLines) -> [Group] {
        let lines = page.lines
        let bodyIndent = self.bodyIndent(lines)
        let width = page.wrapWidth
        var groups: [Group] = []
        var start: Int?
        // Where the title of an index page's card, printed twice (its image's
        // name and its link's), ends: its teaser starts there.
        var titleEnd = -1
        var lastAlone = false
        func close(_ end: Int) {
            guard let s = start else { return }
            let text = joined(lines[s..<end])
            // lynx sets headings (wrapped over two lines at most) left of the text.
            let heading = page.numbered && bodyIndent > 0 && lines[s].indent < bodyIndent && end - s <= 2 && text.count <= 160
            var group = Group(lines: s..<end, text: text, indent: lines[s].indent, isHeading: heading,
                              isBullet: bulletEnd(lines[s].text) != nil)
            if lines[s..<end].contains(where: { !$0.fields.isEmpty }) {
                group.fields = lines[s..<end].map { $0.fields.isEmpty ? $0.text : $0.fields }.joined(separator: " ")
            }
            groups.append(group)
            start = nil
        }
        for (i, line) in lines.enumerated() {
            // A card's date line and a column's sign-off stand alone.
            let alone = isDateLine(line.text) || line.text.utf8.contains(UInt8(ascii: "@")) && AuthorBox.signOff(line.text) != nil
            let doubled = doubledTitle(lines, at: i)
            defer { lastAlone = alone }
            if line.isBlank { close(i); continue }
            if let s = start, line.indent != lines[i - 1].indent {
                // A list item's wrapped lines are indented past its bullet.
                let continues = bulletEnd(lines[s].text) != nil && line.indent > lines[s].indent
                    && bulletEnd(line.text) == nil
                if !continues { close(i) }
            } else if start != nil, bulletEnd(line.text) != nil || page.breaksHard(lines[i - 1], before: line, width: width)
                        || lines[i - 1].text.hasSuffix(".") && PageByline.startsWithDateMarker(line.text)
                        || i == titleEnd || doubled != nil || alone || lastAlone {
                // `This entry was posted on …` under the last sentence is no part of it,
                // nor a card's date (`2019-08-20 后端`) under its teaser.
                close(i)
            }
            if start == nil {
                start = i
                titleEnd = doubled ?? -1
            }
        }
        close(lines.count)
        return joiningLabels(joiningStackedDates(groups))
    }

    /// The line after a title printed twice from line `i`, on one line or
    /// wrapped over two (`Java反射基础 Java反射基础`).
    static func doubledTitle(_ lines: [PageLines.Line], at i: Int) -> Int? {
        let text = lines[i].text
        guard text.utf8.count <= 400, let first = text.first, text.dropFirst().contains(first) else { return nil }
        if isDoubled(text) { return i + 1 }
        guard i + 1 < lines.count, !lines[i + 1].isBlank, lines[i + 1].indent == lines[i].indent,
              isDoubled(text + lines[i + 1].text) else { return nil }
        return i + 2
    }

    /// A short line that starts with a date in figures (`2019-08-20 后端`):
    /// an index card's date and category, never a wrapped sentence's end.
    /// So is a byline that starts with its date (`05/10/2018 - Publicado
    /// por: Clarissa Borba - Categoria:`), which lynx sets under the title
    /// with no blank line.
    static func isDateLine(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber, text.utf8.count <= 200 else { return false }
        let words = text.split(separator: " ").map(String.init)
        guard let date = DateText.first(in: words), date.range.lowerBound == 0 else { return false }
        if words.count <= 5, words.count - date.range.count <= 2, text.utf8.count <= 60 { return true }
        return PageByline.read(text, order: .monthFirst, unmarked: false)?.marked ?? false
    }

    /// A field's label over its value, as lynx sets a definition list
    /// (`Author:` / `The Water Coolest`), is one line.
    static func joiningLabels(_ groups: [Group]) -> [Group] {
        var joined: [Group] = []
        for group in groups {
            if let label = joined.last, label.text.hasSuffix(":"), label.wordCount <= 3, !label.isBullet,
               label.lines.upperBound == group.lines.lowerBound, group.lines.count == 1, !group.isBullet {
                joined[joined.count - 1].lines = label.lines.lowerBound..<group.lines.upperBound
                joined[joined.count - 1].text = label.text + " " + group.text
                joined[joined.count - 1].fields = ""
                continue
            }
            joined.append(group)
        }
        return joined
    }

    /// A date set as a badge, a word a line (`29` / `Mai` / `2013`), is one
    /// date: the short lines are joined into one group.
    static func joiningStackedDates(_ groups: [Group]) -> [Group] {
        var joined: [Group] = []
        var k = 0
        while k < groups.count {
            joined.append(groups[k])
            // Up to three short groups on lines in a row, the longest that is
            // a date and nothing else.
            var end = k
            while end + 1 < groups.count, end - k < 2, groups[end + 1].lines.lowerBound == groups[end].lines.upperBound,
                  groups[end].wordCount <= 2, groups[end + 1].wordCount <= 2, !groups[end + 1].isBullet { end += 1 }
            let next = stride(from: end, to: k, by: -1).first { last in
                let words = groups[k...last].flatMap { $0.text.split(separator: " ").map(String.init) }
                return DateText.first(in: words).map { $0.range == 0..<words.count } ?? false
            }
            if let last = next {
                joined[joined.count - 1].lines = groups[k].lines.lowerBound..<groups[last].lines.upperBound
                joined[joined.count - 1].text = groups[k...last].map(\.text).joined(separator: " ")
                joined[joined.count - 1].isHeading = false
            }
            k = (next ?? k) + 1
        }
        return joined
    }

    /// Lines of a paragraph joined by a space, except between two wide
    /// characters: Chinese and Japanese wrap without spaces. Korean puts
    /// spaces between words, and wraps at them.
    static func joined(_ lines: ArraySlice<PageLines.Line>) -> String {
        var text = ""
        for line in lines {
            if let last = text.unicodeScalars.last, let next = line.text.unicodeScalars.first,
               !(PageLines.isWide(last) && PageLines.isWide(next)) || PageLines.isHangul(last) || PageLines.isHangul(next) {
                text += " "
            }
            text += line.text
        }
        return text
    }

    /// The indent of most long lines: lynx sets text at 3 and headings at 0.
    static func bodyIndent(_ lines: [PageLines.Line]) -> Int {
        var counts: [Int: Int] = [:]
        // A list item's lines, however many, are no text's: a page of long
        // lists (a post of notes in bullets) sets its text where it does.
        var item: Int?
        for line in lines where !line.isBlank {
            if bulletEnd(line.text) != nil { item = line.indent; continue }
            if let bullet = item, line.indent > bullet { continue }
            item = nil
            if line.text.count >= 50 { counts[line.indent, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value }?.key ?? 0
    }

    /// Bullets of lynx (`*`, `+`, `o`, `#`) and w3m (`•`, `□`, `☆`, `○`) and
    /// the common others; the offset of the item's text.
    static func bulletEnd(_ text: String) -> String.Index? {
        guard let first = text.first, "*+o#•□☆○◦▪‣-·■".contains(first) else { return nil }
        let next = text.index(after: text.startIndex)
        guard next == text.endIndex || text[next] == " " else { return nil }
        return next == text.endIndex ? next : text.index(after: next)
    }

    /// `HOTELS ITALY SPAS`. Scripts without case (Korean, Chinese) have no
    /// capitals to go by.
    static func isInCapitals(_ text: String) -> Bool {
        text.contains(where: \.isUppercase) && !text.contains(where: \.isLowercase)
    }

    /// 18 wide characters, which say as much as a long line of Latin
    /// letters (`純粋関数型プログラミングで副作用を扱う方法`).
    static func isLongInWideScript(_ text: String) -> Bool {
        text.unicodeScalars.filter(PageLines.isWide).count >= 18
    }

    /// `Bio Research Teaching Blog`: a menu's items, every word a capital.
    static func isMenuCase(_ text: String) -> Bool {
        text.split(separator: " ").allSatisfy { $0.first!.isUppercase || !$0.first!.isLetter }
    }

    /// Headlines capitalise most words; sentences do not.
    static func isCapitalised(_ text: String) -> Bool {
        let long = PageLines.judged(text).split(separator: " ").filter { $0.count >= 4 }
        return long.count >= 3 && long.filter({ $0.first!.isUppercase }).count * 10 >= long.count * 7
    }

    /// Running text, as opposed to headings, links, buttons and captions.
    static func isProse(_ group: Group) -> Bool {
        !group.isBullet && !group.isHeading && isProse(group.text)
    }

    static func isProse(_ text: String) -> Bool {
        let text = PageLines.judged(text)
        let words = text.split(separator: " ")
        // Scripts without spaces between words: count characters.
        let wide = text.unicodeScalars.filter(PageLines.isWide).count
        if wide * 10 >= text.unicodeScalars.count * 3 { return text.count >= 20 }
        if isCapitalised(text) { return false }
        let sentence = text.contains(where: { ".!?;,:…".contains($0) })
        // A long run of letters without spaces is an address or an ad's key.
        if (words.count >= 12 && sentence) || text.count >= 120 && words.count >= 8 { return true }
        // `Solidify your skills at PyCon 2013 »`: a link to the next post,
        // unless the guillemet closes a quote.
        if text.hasSuffix("»"), !text.contains("«") { return false }
        // Korean and Japanese blogs end a cheerful sentence with a tilde.
        return words.count >= 5 && text.last.map { ".!?…:\"”»)~".contains($0) } == true
    }

    /// A sentence's last stop, inside a closing quote too (`… masterpiece!”`).
    static func endsSentence(_ text: String) -> Bool {
        let end = text.last.map { "”\"»」".contains($0) } == true ? text.dropLast() : Substring(text)
        return end.last.map { ".!?。！？".contains($0) } ?? false
    }

    // MARK: Titles and bylines

    /// How much a group looks like a post's title; nil when it cannot be one.
    /// How much a group looks like a title, among its neighbours: one of two
    /// like short lines in a row is a button or an image's name (`Pin it`
    /// twice).
    static func titleScore(_ groups: [Group], _ k: Int) -> Int? {
        let text = groups[k].text
        // A title printed twice (a link, then the heading) is still one.
        guard groups[k].wordCount > 4 || !(k > 0 && groups[k - 1].text == text)
                && !(k + 1 < groups.count && groups[k + 1].text == text) else { return nil }
        return titleScore(groups[k])
    }

    static func titleScore(_ group: Group) -> Int? {
        let text = group.text
        guard !group.isBullet, group.lines.count <= 3, text.count >= 2, text.count <= 200,
              let last = text.last, !",;:，；：、".contains(last), !Furniture.endsArticle(text), !Furniture.isButtons(text),
              !Furniture.isCredit(text), text.contains(where: { $0.isLetter }) else { return nil }
        let words = group.wordCount
        // One word is a category or a button, unless it is a heading or CJK.
        guard words >= 2 || group.isHeading || text.unicodeScalars.contains(where: PageLines.isWide) else { return nil }
        guard words <= 30, !text.contains("://"), !text.contains("pic.twitter.com") else { return nil }
        // A field and its figure, `文章字数: 1.2k`, `Views: 120`.
        if words <= 3, let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), text[colon...].contains(where: \.isNumber),
           !text[..<colon].contains(" ") { return nil }
        // `New, 6 comments` counts them.
        if words <= 4, PageByline.commentCount(text.lowercased().split(separator: " ").map(String.init)) != nil { return nil }
        // `« Questioning the Canon`, `Next post ›`: the posts beside this one.
        if let first = text.first, "«‹←".contains(first) { return nil }
        // `（1/3ページ）`, `(Page 2 of 3)`: where this part of the article stands.
        if let first = text.first, "(（".contains(first), ")）".contains(last), text.contains(where: \.isNumber) { return nil }
        if "›→".contains(last) || last == "»" && !text.contains("«") { return nil }
        // A breadcrumb, `Blog > Nutrition > Meal Plans`, leads to the title;
        // names of code in a title (`data / newtype / type の使い方`) are lower case.
        let separators = text.split(separator: " ").filter { ["»", "›", ">", "/", "|", "::"].contains($0) }
        if separators.count >= 2, !(separators.allSatisfy { $0 == "/" } && text.first!.isLowercase) { return nil }
        // A sentence with its full stop, not a title: `Observe a minute silence.`
        let long = text.split(separator: " ").filter { $0.count >= 4 }
        if !group.isHeading, last == ".", words >= 5,
           long.filter({ $0.first!.isUppercase }).count * 2 < long.count { return nil }
        // A sentence in Chinese or Japanese (`…時間。`), a teaser cut short
        // (`Among all …`; a title may end `Só quem se Ama…`).
        if last == "。" || text.hasSuffix(" …") || text.hasSuffix(" ...") { return nil }
        // `HOTELS ITALY SPAS TRAVEL AMALFI COAST`: tags in capitals.
        if words >= 5, isInCapitals(text) { return nil }
        var score = 1
        if group.isHeading { score += 3 }
        if last == "." && words > 12 { score -= 2 }
        if words >= 2 { score += 1 }
        if words >= 4 { score += 1 }
        // Two sentences are text, not a title.
        if words > 8, text.dropLast().contains(". ") { return nil }
        return score
    }

    static func bylineHeads(_ groups: [Group], order: DateText.NumericOrder, problems: inout [Problem], file: String,
                            lines: [PageLines.Line]) -> [Head] {
        var heads: [Head] = []
        var used = Set<Int>()
        let headed = groups.contains(where: \.isHeading)
        var prose = 0
        var g = 0
        while g < groups.count {
            defer { g += 1 }
            // Past the heading of the comments (`10 thoughts on “…”`, `Leave a
            // Reply`) under a post, names and dates are the commenters'.
            // So are the dates and titles of the related posts after it.
            if prose >= 3, isCommentsHeading(groups[g]) || !heads.isEmpty && Furniture.startsAside(groups[g].text),
               read(groups[g], order: order, unmarked: false) == nil { break }
            if isProse(groups[g]) { prose += 1 }
            // Directly under a title, a bare `Author Date` line is a byline.
            let underTitle = g > 0 && titleScore(groups[g - 1]) != nil
            guard !used.contains(g), groups[g].lines.count <= 2 || groups[g].wordCount <= 3,
                  var first = read(groups[g], order: order, unmarked: underTitle),
                  !groups[g].isBullet || first.day != nil || first.marked else { continue }
            // The title printed again with its date (`• Opening Bell` /
            // `Opening Bell 11.18.19`) is no byline of an author named so:
            // the last of its printings is the title, dated by itself.
            var dated = false
            if !first.marked, let name = first.author, g > 0,
               groups[g - 1].text == groups[g].text || cleanTitle(bulletless(groups[g - 1])) == name {
                guard g + 1 < groups.count, groups[g + 1].text != groups[g].text, first.day != nil,
                      let alone = read(groups[g], order: order, unmarked: false) else { continue }
                first = alone
                first.author = nil
                dated = true
            }
            // A name under a dated head that named no one, a caption and a
            // dek between them (`Par LILIAN ALEMAGNA, LAURE BRETTON`), is
            // that head's; its post reads it. So is a second name right under
            // a head that named its site's (`by CH Contributor` / `on 04
            // December 2014` / `HOTELS ITALY SPAS` / `by Kelly Phillips Badal`).
            if let last = heads.last, last.text == nil, first.marked, first.day == nil,
               last.byline.author == nil && g - last.last <= 20 && proseLength(groups[(last.last + 1)..<g]) < 300
                || g - last.last <= 3 && proseLength(groups[(last.last + 1)..<g]) == 0 { continue }
            // The title: the nearest group above, past menus, buttons and one
            // short group such as a category line; for a day header, the
            // group just below.
            var best: (index: Int, score: Int)?
            func consider(_ k: Int, penalty: Int) {
                guard var score = titleScore(groups, k), read(groups[k], order: order, unmarked: false) == nil else { return }
                score -= penalty
                // What reads as running text is a title only when nothing else is.
                if isProse(groups[k]) { score -= 2 }
                if best == nil || score > best!.score { best = (k, score) }
            }
            // A byline with a name sits under its title; a bare date is as
            // often a day header over it.
            let named = first.author != nil
            var up = g - 1, skippedShort = false, skippedList = false
            var nameAbove: String?, signedAbove: String?
            var reach = g - 10
            let titleBelow = g + 1 < groups.count && titleScore(groups, g + 1) != nil && !isByline(groups[g + 1], order)
            if dated { best = (g, .max) }
            while !dated, up >= 0, up >= reach, !used.contains(up) {
                let above = groups[up]
                // What ends an article (`Read More`, `Back to overview`) is
                // never between a title and its byline.
                if above.isBullet { up -= 1; skippedList = true; continue }
                if Furniture.endsArticle(above.text) { break }
                // `Craig Buckler` over `Published December 29, 2014`: the
                // author, on a line of their own; the title is above.
                if first.author == nil, nameAbove == nil, up == g - 1, !above.isHeading, let name = nameAlone(above) ?? creditedName(above) {
                    nameAbove = name
                    up -= 1
                    continue
                }
                // A list of tags, unbulleted (`北朝鮮` / `トランプ政権` / …), or
                // the author's line over them (`編集委員　中沢克二`), stands
                // between the title and its date.
                let tags = groups[...up].reversed().prefix { isTag($0, indent: above.indent) }.count
                if tags >= 3 {
                    up -= tags
                    reach -= tags
                    skippedList = true
                    continue
                }
                if first.author == nil, signedAbove == nil, let line = read(above, order: order, unmarked: false),
                   line.marked, line.day == nil, let name = line.author {
                    signedAbove = name
                    up -= 1
                    continue
                }
                // A line of tags in capitals (`HOTELS ITALY SPAS`) may stand
                // between the title and its byline.
                if !skippedShort, above.wordCount >= 3, isInCapitals(above.text), !above.isHeading {
                    skippedShort = true
                    up -= 1
                    continue
                }
                if titleScore(above) != nil {
                    // Right over the author's line, it is the title however long.
                    consider(up, penalty: (skippedShort ? 2 : 0) + (skippedList ? 1 : 0) - (named ? 1 : 0) - (signedAbove != nil ? 4 : 0))
                    // A heading over a category line or two (`Java 面向对象编程` /
                    // `编程之道`) is the title; where w3m set no headings, the
                    // longer line two above the date is.
                    if !skippedShort, above.wordCount <= 6, !above.isHeading,
                       let heading = stride(from: up - 1, through: max(0, up - 2), by: -1).first(where: { j in
                           !used.contains(j) && (groups[j].isHeading || j == up - 2 || groups[j].wordCount > 6) }),
                       groups[heading].isHeading || !headed && heading == up - 2 && !isProse(groups[heading])
                        && PageLines.columns(groups[heading].text) > PageLines.columns(above.text),
                       titleScore(groups[heading]) != nil,
                       heading == up - 1 || !groups[up - 1].isBullet && titleScore(groups[up - 1]) != nil {
                        consider(heading, penalty: headed ? 1 : -1)
                    }
                    // A dek, a sentence under the headline; not a long headline
                    // under the site's name, which the page prints elsewhere too.
                    // Headlines end in no stop (`Mum’s Meetup` / `Organising a
                    // meetup gave my Mum a new lease on life.`); but a card's
                    // teaser ends so too, over the next card's date and title.
                    if up == g - 1, up > 0, isProse(above) && above.text.count > 90
                        || (isProse(above) || above.isHeading) && (endsSentence(above.text) || isLongInWideScript(above.text))
                        && (named || groups[up - 1].isHeading || !titleBelow), !used.contains(up - 1),
                       titleScore(groups, up - 1) != nil, !isProse(groups[up - 1]), !isByline(groups[up - 1], order),
                       !groups.indices.contains(where: { $0 != up - 1 && groups[$0].text == groups[up - 1].text }) {
                        consider(up - 1, penalty: -2 - (named ? 1 : 0))
                    }
                    // A headline over a dek or two, each longer than the line
                    // above it and in sentence case (`Las listas de espera se
                    // agravan` / `Los recortes elevan la demora…` / `El número
                    // de pacientes…`); a menu over a title capitalises every word.
                    if up == g - 1, named || !titleBelow {
                        var top = up
                        while top > 0, top > up - 2, !used.contains(top - 1), groups[top - 1].wordCount >= 4,
                              !isCapitalised(groups[top].text), !isMenuCase(groups[top - 1].text),
                              PageLines.columns(groups[top - 1].text) < PageLines.columns(groups[top].text), titleScore(groups, top - 1) != nil,
                              !isProse(groups[top - 1]), !isByline(groups[top - 1], order) { top -= 1 }
                        if top < up { consider(top, penalty: -3) }
                    }
                    // A count of comments under a headline (`New, 15 comments`)
                    // says it is the title, and what is under the count its dek.
                    if up >= 2, !used.contains(up - 2), groups[up - 1].wordCount <= 4,
                       commentCount(groups[(up - 1)...(up - 1)]) != nil, titleScore(groups, up - 2) != nil {
                        consider(up - 2, penalty: -3)
                    }
                    break
                }
                // A dek that reads as a sentence, no title, over the byline.
                if up == g - 1, !titleBelow, isProse(above) || above.isHeading, endsSentence(above.text), above.wordCount <= 30 {
                    up -= 1
                    continue
                }
                guard !skippedShort, above.wordCount <= 6, !isProse(above) else { break }
                skippedShort = true
                up -= 1
            }
            // A name alone over the byline with no title right above it is
            // the title (`Тестирование Ansible Playbook` over `Date Чт. 13 Март 2014`);
            // so it is under a sentence, the teaser of the post before
            // (`Demon hordes are no match for steno chords!` / `Flashing Georgi Firmware`).
            if nameAbove != nil, best?.index != g - 2 || isProse(groups[g - 2]) && endsSentence(groups[g - 2].text) {
                best = nil
                consider(g - 1, penalty: 0)
            }
            // A byline under its post's text: the title is above the text.
            var trailing: Int?
            if best == nil, named, g > 0, isProse(groups[g - 1]) {
                var up = g - 1
                while up >= 0, up >= g - 8, !used.contains(up), isProse(groups[up]) { up -= 1 }
                // Under a post's text, past its headings, it signs that post
                // (`后记` / … / `Author tom0727`), as it does when the text is
                // the first under that post's head (`发布日期: …` / `面向过程
                // 思想概述` / …). Under a teaser signed below, it is the next's.
                let signs = heads.last.map { $0.text == nil || groups[($0.last + 1)..<max($0.last + 1, up)].contains(where: isProse) } ?? false
                if up >= 0, !used.contains(up), !signs, titleScore(groups[up]) != nil,
                   read(groups[up], order: order, unmarked: false) == nil {
                    consider(up, penalty: 0)
                    // A line or two above it and the article below: an image's
                    // caption between the title and its byline.
                    let above = groups[(up + 1)..<g].reduce(0) { $0 + $1.text.count }
                    if above >= 200 || proseLength(groups[(g + 1)...].prefix(4)) < 200 { trailing = up }
                }
            }
            // A title below a byline must have the text right under it.
            if g + 1 < groups.count, first.author == nil || first.day != nil,
               groups[(g + 2)...].prefix(3).contains(where: isProse) {
                // The title printed again with the date (`Title 2018-08-16`) is this one.
                let repeated = groups[g].text.hasPrefix(groups[g + 1].text) && groups[g + 1].text.count >= 8
                // An index's cards keep one order: the day over the title.
                let dayOver = heads.last.map { $0.first < $0.title && $0.title == $0.last } ?? false
                consider(g + 1, penalty: (named ? 1 : 0) - (repeated ? 3 : 0) - (dayOver ? 2 : 0))
            }
            // An index page's card: its title printed twice over its teaser,
            // its date under that (`2019-08-20 后端`).
            if let card = cardTitle(groups, above: g, used: used) {
                best = (card, 0)
                trailing = card
            }
            guard let title = best?.index else { continue }
            // The author's name over the date again, further down (`Carrie
            // Arnold` / `Contributing Writer` / `November 15, 2019`), is a box.
            if let author = heads.last?.byline.author, cleanTitle(groups[title].text) == author { continue }
            // A day with a time and no marked author under a short name heads
            // a comment (`Gaye` / `August 8, 2018 at 3:17 pm`), not a post.
            // Over a name of its own (`Go Learn` / `Andrés Villarreal` /
            // `Sep 8, 2013 04:33 PM`) it is a short title.
            // Comments come after some text: at the top of the page, over a
            // date and time alone, it is a post's (`Classificação NASCAR` /
            // `sexta-feira, 22 de outubro de 2010 às 20:13`).
            let dateAlone = DateText.first(in: groups[g].text.split(separator: " ").map(String.init), order: order)
                .map { groups[g].wordCount - $0.range.count <= 3 } ?? false
            if first.hasTime, !first.marked, groups[title].wordCount < 4, nameAbove == nil || title == g - 1,
               prose >= 2 || !dateAlone { continue }
            var head = Head(title: title, first: min(title, g), last: max(title, g), byline: first)
            if title < g - 1, let name = nameAbove ?? signedAbove { head.byline.author = name }
            if title == trailing { head.text = (title + 1)..<g }
            if !first.marked, title == g - 1, let reread = read(groups[g], order: order, unmarked: true) {
                head.byline = reread
            }
            // More byline lines right after (`written by Regan`), merged,
            // past a handle or a count between them (`@ada`, `0 shares`).
            var k = head.last + 1
            while k < groups.count, k <= head.last + 3, groups[k].lines.count <= 2, !isProse(groups[k]) {
                // A title over a date is the next post's (`Dancing Jewels`).
                if k + 1 < groups.count, read(groups[k], order: order, unmarked: false) == nil, titleScore(groups[k]) != nil,
                   read(groups[k + 1], order: order, unmarked: false)?.day != nil { break }
                if let more = read(groups[k], order: order, unmarked: false) {
                    merge(&head.byline, more)
                    head.last = k
                } else if head.byline.author == nil, head.text == nil, let name = nameAlone(groups[k]) {
                    head.byline.author = name
                    head.last = k
                } else if groups[k].wordCount > 3, !Furniture.isCredit(groups[k].text) {
                    break
                }
                k += 1
            }
            // A post has text under its head: a date and a title in a list of
            // links (recent posts, a sidebar, a news ticker) do not, where
            // the next date (`• 11/20/2019 09:39 AM`) comes before any text.
            // A table of contents or a word alone (`Contents`, a category)
            // between head and text is no distance.
            // Nor is a headline over its own byline (`Netanyahu, Katz: 'There
            // will be no…'` / `• By JERUSALEM POST STAFF`), however wordy.
            let below = groups.indices[(head.last + 1)...].lazy.prefix { read(groups[$0], order: order, unmarked: false)?.day == nil }
                .filter { !groups[$0].isBullet && (groups[$0].wordCount > 1 || groups[$0].text.count > 12)
                    && !Furniture.isButtons(groups[$0].text) }.prefix(4)
            guard head.text != nil || below.contains(where: { isProse(groups[$0]) && !isSignedHeadline(groups, $0, order) })
            else { continue }
            if head.byline.day == nil, let text = head.byline.impossibleDate ?? first.unreadDate {
                problems.append(Problem(file: file, line: lines[groups[g].lines.lowerBound].number,
                                        message: "date not understood: “\(text)”"))
            }
            for k in head.first...head.last { used.insert(k) }
            heads.append(head)
        }
        // A title seen twice (a heading, then the same in a breadcrumb) is one
        // post; on two days (`GPG Key Transition` in 2016 and 2018), two.
        var seen = Set<String>()
        return heads.filter { seen.insert(groups[$0.title].text + " " + ($0.byline.day?.iso ?? "")).inserted }
    }

    /// One of a list of short links, one to a line, at the same indent.
    static func isTag(_ group: Group, indent: Int) -> Bool {
        group.indent == indent && group.lines.count == 1 && group.wordCount == 1 && PageLines.columns(group.text) <= 24
            && !group.isHeading && !group.isBullet
    }

    /// A headline over its byline (`• By REUTERS`): an item of a list
    /// of links, such as a news ticker.
    static func isSignedHeadline(_ groups: [Group], _ j: Int, _ order: DateText.NumericOrder) -> Bool {
        groups[j].text.count <= 100 && !endsSentence(groups[j].text) && (titleScore(groups, j) ?? 0) >= 3
            && j + 1 < groups.count && !isProse(groups[j + 1]) && read(groups[j + 1], order: order, unmarked: false)?.marked == true
    }

    /// The title of a card whose date is group `g`: printed twice (its
    /// image's name and its link's), over a teaser of a few paragraphs.
    static func cardTitle(_ groups: [Group], above g: Int, used: Set<Int>) -> Int? {
        for up in stride(from: g - 1, through: max(0, g - 4), by: -1) where !used.contains(up) {
            if up < g - 1, isDoubled(groups[up].text), titleScore(groups[up]) != nil { return up }
            guard isProse(groups[up]) else { return nil }
        }
        return nil
    }

    static func isCommentsHeading(_ group: Group) -> Bool {
        let lower = group.text.lowercased()
        guard !group.isBullet else { return false }
        if Furniture.commentCount(group.text) != nil { return true }
        guard group.wordCount <= 12 else { return false }
        return ["leave a reply", "leave a comment", "comments", "kommentare", "commenti", "comentários", "commentaires",
                "tinggalkan balasan", "комментарии", "コメント"].contains { lower.hasPrefix($0) }
    }

    /// The byline a group holds; a list item's text too (`• Posted by Ada`).
    static func read(_ group: Group, order: DateText.NumericOrder, unmarked: Bool) -> PageByline? {
        var text = group.fields.isEmpty ? group.text : group.fields
        // A long line's byline is its first sentence (`This entry was posted
        // on …, and is filed under …`), of at most 200 characters: only those
        // are searched, not the whole of a line of megabytes.
        if text.utf8.count > 200 {
            let head = text.prefix(202)
            if head.count > 200 {
                guard let stop = head.firstRange(of: ". ") else { return nil }
                text = String(text[..<stop.lowerBound])
            }
        }
        guard text.count <= 200 else { return nil }
        if group.isBullet, let cut = bulletEnd(text) { text = String(text[cut...]) }
        return PageByline.read(text, order: order, unmarked: unmarked)
    }

    static func merge(_ byline: inout PageByline, _ more: PageByline) {
        if byline.author == nil { byline.author = more.author }
        if byline.day == nil || byline.isUpdate && !more.isUpdate && more.day != nil, more.date != nil {
            byline.date = more.date
            byline.isUpdate = more.isUpdate
        }
        if byline.comments == nil { byline.comments = more.comments }
    }

    /// The longest run of prose on the page, from its first prose group to
    /// its last before the furniture: the article of a single-post page.
    static func longestRun(_ groups: [Group]) -> Range<Int>? {
        var best: (run: Range<Int>, prose: Int)?
        var start: Int?, last = 0, prose = 0, gap = 0
        func close() {
            if let s = start, best == nil || prose > best!.prose { best = (s..<(last + 1), prose) }
            start = nil
            prose = 0
        }
        for (k, group) in groups.enumerated() {
            if Furniture.endsArticle(group.text) { close(); gap = 0; continue }
            if isProse(group) {
                if start == nil { start = k }
                last = k
                prose += group.text.count
                gap = 0
            } else if start != nil {
                gap += 1
                if gap > 8 { close() }
            }
        }
        close()
        guard let best, best.prose >= 150 else { return nil }
        return best.run
    }

    /// The post of a single-post page: its longest run of text, the title
    /// above it (a heading in lynx's layout, past share buttons, counts and
    /// categories), and the bylines between them. A post found by its byline
    /// whose text is that run is kept as it is.
    static func article(_ groups: [Group], order: DateText.NumericOrder, near found: Head?) -> Head? {
        guard let run = longestRun(groups) else { return found }
        if var found, found.first >= run.lowerBound - 12, found.first < run.upperBound {
            // What read as its text above its byline was the title's dek:
            // the text is the run below.
            if let text = found.text, text.upperBound <= run.lowerBound { found.text = nil }
            return found
        }
        let headings = groups[..<run.lowerBound].contains { $0.isHeading }
        var title: Int?
        var best = Int.min
        // Without headings (w3m), a long headline reads as the run's first
        // paragraph (`Facebook and Publishers: A fix for direct traffic`).
        let opening = groups[run.lowerBound]
        if !headings, run.count > 1, titleScore(groups, run.lowerBound) != nil, !isByline(opening, order),
           (4...16).contains(opening.wordCount), let last = opening.text.last, !".!?,;:…".contains(last) {
            title = run.lowerBound
            best = 3
        }
        for k in stride(from: run.lowerBound - 1, through: max(0, run.lowerBound - 25), by: -1) {
            let group = groups[k]
            guard titleScore(groups, k) != nil, !isByline(group, order), group.isHeading || !headings else { continue }
            let words = group.text.split(separator: " ")
            guard words.count >= 2 || group.isHeading else { continue }
            var score = group.isHeading ? 3 : 0
            if words.count >= 4 { score += 2 }
            // Categories are set in capitals; sentences end in a stop or a colon.
            if isInCapitals(group.text) { score -= 2 }
            if let last = group.text.last, ".:".contains(last) { score -= 2 }
            // A breadcrumb (`Home » Column »`) leads to the title, or ends with
            // it; one link with an arrow (`More topics »`) is none.
            // A byline set with slashes (`October 15, 2018/0 Comments/in News
            // /by ada`) is none.
            if k > 0, groups[k - 1].wordCount <= 12, isBreadcrumb(groups[k - 1].text), !isByline(groups[k - 1], order) { score += 3 }
            let crumbs = groups[max(0, k - 3)..<min(groups.count, k + 4)].filter { $0.text.contains("»") || $0.text.contains("›") }
            if crumbs.contains(where: { $0.text.hasSuffix(group.text) && $0.text.count > group.text.count }) { score += 3 }
            // So does a list of links whose last item it is (`• Mode` /
            // `• Mode-Trends` / `• Die Redaktion zeigt…`).
            if k > 1, groups[k - 1].isBullet, groups[k - 2].isBullet, cleanTitle(bulletless(groups[k - 1])) == group.text { score += 3 }
            // Over the byline; less so over another title-like line that is
            // over it (an advert's line over the headline).
            if let byline = groups[(k + 1)..<run.lowerBound].prefix(3).firstIndex(where: { isByline($0, order) }) {
                score += groups[(k + 1)..<byline].contains { titleScore($0) != nil && !isProse($0) } ? 1 : 3
            }
            // Of a title and the line under it (a dek, a series), the title;
            // of three such lines (a kicker, the title, a dek), the middle.
            func alike(_ j: Int) -> Bool {
                j >= 0 && j < run.lowerBound && titleScore(groups, j) != nil && groups[j].isHeading == group.isHeading
                    && !isByline(groups[j], order)
            }
            if alike(k - 1) { score += group.isHeading && alike(k + 1) ? 2 : -1 }
            // The nearest of equals: what is further up is the site's.
            if score > best { best = score; title = k }
        }
        // A page whose header reads as text (long feed and menu lines) runs
        // into its article: the title is then the first heading in the run
        // with text under it.
        if title == nil {
            title = (run.lowerBound..<max(run.lowerBound, min(run.upperBound - 1, run.lowerBound + 12))).first { k in
                titleScore(groups, k) != nil && (groups[k].isHeading || !headings) && isProse(groups[k + 1])
                    && !isByline(groups[k], order)
            }
        }
        guard let title else { return found }
        var head = Head(title: title, first: title, last: title)
        for k in (title + 1)..<max(title + 1, run.lowerBound) {
            if let more = read(groups[k], order: order, unmarked: k == title + 1) {
                merge(&head.byline, more)
                head.last = k
            } else if head.byline.author == nil, let name = nameAlone(groups[k]) {
                // A name on a line of its own under the title.
                head.byline.author = name
            }
        }
        // The day at the head of the text (`24. Dezember 2014 Weihnachten
        // Sie können…`), where no byline gave one.
        if head.byline.day == nil,
           let found = DateText.at(0, in: groups[run.lowerBound].text.split(separator: " ").map(String.init), order: order)?.found,
           case .valid = found {
            head.byline.date = found
        }
        // A byline under the text (`Posted by Ada at 5:11 AM`, an author box).
        for k in run.upperBound..<min(groups.count, run.upperBound + 3) where head.byline.author == nil || head.byline.day == nil {
            if let more = read(groups[k], order: order, unmarked: false), more.marked { merge(&head.byline, more) }
        }
        return head
    }

    /// A group's text without its bullet.
    static func bulletless(_ group: Group) -> String {
        guard group.isBullet, let cut = bulletEnd(group.text) else { return group.text }
        return String(group.text[cut...])
    }

    /// `Home » Column » Title`, `Blog › Title`: links to the levels above.
    static func isBreadcrumb(_ text: String) -> Bool {
        let marks = text.filter { "»›>/".contains($0) }
        // One mark leads from a short level (`Blog › Title`), not from a
        // line's words (`2a etapa: 8 de abril – Curitiba / Alternativa`).
        return marks.count >= 2 || marks.count == 1 && !text.hasSuffix(String(marks))
            && text.prefix { $0 != marks.first }.split(separator: " ").count <= 3
    }

    /// `Pamela Wilson` alone: two or three capitalised words, not in capitals.
    static func nameAlone(_ group: Group) -> String? {
        let words = group.text.split(separator: " ")
        guard (2...3).contains(words.count), !group.isBullet, !isInCapitals(group.text),
              words.allSatisfy(PageByline.isCapitalisedName), !Furniture.endsArticle(group.text) else { return nil }
        // w3m prints an image's name and the link's: `Pamela WilsonPamela Wilson`.
        return isDoubled(group.text) ? firstCopy(group.text) : group.text
    }

    /// `VICTOR TANGERMANN, FUTURISM`: a writer in capitals and the outlet
    /// the piece comes from.
    static func creditedName(_ group: Group) -> String? {
        let parts = group.text.components(separatedBy: ", ")
        guard parts.count == 2, !group.isBullet, group.lines.count == 1, isInCapitals(group.text) else { return nil }
        let name = parts[0].split(separator: " ")
        guard (2...3).contains(name.count), name.allSatisfy(PageByline.isCapitalisedName),
              (1...2).contains(parts[1].split(separator: " ").count) else { return nil }
        return parts[0]
    }

    static func isByline(_ group: Group, _ order: DateText.NumericOrder) -> Bool {
        read(group, order: order, unmarked: false) != nil
    }

    // MARK: Posts

    static func post(_ head: Head, limit: Int, groups: [Group], page: PageLines, file: String,
                     order: DateText.NumericOrder, several: Bool) -> Post? {
        var byline = head.byline
        var blocks: [Block] = []
        var linkNumbers: [(Int, String)] = []
        var seenProse = false
        var teaser = false, paywalled = false
        var k = head.text?.lowerBound ?? head.last + 1
        let outer = limit
        let limit = head.text?.upperBound ?? limit
        // Under a line or two of "text" (a sidebar's box, an image's
        // caption), the article is what follows.
        func textSoFar() -> Int { blocks.reduce(0) { $0 + $1.text.count } }
        func articleFollows(_ after: ArraySlice<Group>) -> Bool {
            textSoFar() < 200 && proseLength(after.prefix(4)) >= 200
        }
        // Past the last long paragraph, a footer's lists of links (`Get
        // help!` / `• Documentation` / `Terms and policies` / …) are no text.
        let lastParagraph = groups[min(k, limit)..<limit].lastIndex { isProse($0) && PageLines.columns($0.text) >= 60 } ?? limit
        let footer = groups[min(lastParagraph + 1, limit)..<limit].filter { $0.isBullet && $0.wordCount <= 6 }.count >= 4
        while k < limit {
            let group = groups[k]
            if footer, k > lastParagraph { break }
            // `Share this article` between two parts of the text, and again
            // under its end: the box it heads is inside the article.
            if seenProse, Furniture.endsArticle(group.text), group.wordCount <= 4,
               let again = groups[(k + 1)..<limit].firstIndex(where: { $0.text == group.text }),
               proseLength(groups[(k + 1)..<again]) >= 1000 {
                k += 1
                while k < limit, !isProse(groups[k]) { k += 1 }
                continue
            }
            if Furniture.endsArticle(group.text) || isReadMore(group.text) {
                // `Share` under an image's caption, with the article below.
                if seenProse, Furniture.services.contains(group.text.lowercased()), articleFollows(groups[(k + 1)..<limit]) {
                    blocks = []
                    seenProse = false
                    k += 1
                    continue
                }
                if seenProse {
                    if isReadMore(group.text) { teaser = true }
                    paywalled = Furniture.isPaywall(group.text)
                    // The previous post's title right over the button back to
                    // the top (`Haskell Antenna…` / `トップに戻る` / `Strict拡張…`).
                    if Furniture.backToTop.contains(group.text.lowercased()), k > 0, groups[k - 1].lines.upperBound == group.lines.lowerBound,
                       !isProse(groups[k - 1]), blocks.last?.text == groups[k - 1].text {
                        blocks.removeLast()
                    }
                    // `This entry was posted on …`, `Latest posts by Ada`.
                    if let below = read(group, order: order, unmarked: false), below.marked || below.day != nil {
                        merge(&byline, below)
                    }
                    break
                }
                k += 1
                continue
            }
            // A call to send something in ends the text, with its question
            // (`Have a remodel to share with us?` / `Submit it here!`); a
            // longer one only right before what ends the article, past a
            // signature and buttons (`By` / `The Water Coolest` / • / `Related`).
            if seenProse, !group.isBullet, group.wordCount <= 12 || group.wordCount <= 30
                && groups[(k + 1)...].prefix(8).first(where: { isProse($0) || Furniture.endsArticle($0.text) })
                    .map({ Furniture.endsArticle($0.text) }) == true,
               Furniture.isCallToAction(group.text) {
                if let last = blocks.last, last.text.hasSuffix("?"), last.text.split(separator: " ").count <= 15 { blocks.removeLast() }
                break
            }
            // A box of links inside the text, up to where the text goes on.
            if seenProse, Furniture.startsInset(group.text) {
                k += 1
                while k < limit, !isProse(groups[k]) { k += 1 }
                continue
            }
            // The news ticker under the text: its headlines' bylines are theirs.
            if seenProse, !several, textSoFar() >= 200, isSignedHeadline(groups, k, order) { break }
            // A column signed under its text (`정덕현 칼럼니스트 thekian1@entermedia.co.kr`).
            if seenProse, group.wordCount <= 4, let name = AuthorBox.signOff(group.text) {
                if byline.author == nil { byline.author = name }
                break
            }
            // The head's second line, its author's, under a caption or a dek,
            // or past the buttons: the article follows. Before the text, it
            // names the writer where the head named the site.
            if byline.author == nil || !seenProse, group.lines.count <= 2, group.wordCount <= 12,
               let below = read(group, order: order, unmarked: false), below.marked, below.day == nil,
               proseLength(groups[(k + 1)..<limit].filter { !$0.isBullet }.prefix(4)) >= 200 {
                byline.author = below.author
                blocks = []
                seenProse = false
                k += 1
                continue
            }
            // A byline after the text (`Posted by Ada at 5:11 AM`) ends it.
            if seenProse, group.lines.count <= 2, group.wordCount <= 12, let below = read(group, order: order, unmarked: false),
               below.marked || below.day != nil {
                // The head's again, its author's name above it, is a box of
                // the byline's; set in the text, the article goes on below.
                if below.day != nil, below.day == byline.day, let author = byline.author,
                   let name = blocks.suffix(2).lastIndex(where: { $0.text == author }) {
                    blocks.removeSubrange(name...)
                    if proseLength(groups[(k + 1)..<limit].prefix(6)) >= 500 {
                        k += 1
                        continue
                    }
                }
                merge(&byline, below)
                break
            }
            // The box about the author (`Craig is a freelance…`) ends it, and
            // names the author when the byline did not; the name over it and
            // a byline under it (`This entry was posted on …`) are the box's.
            if seenProse, isProse(group), let name = AuthorBox.name(group.text, author: byline.author) {
                byline.author = name
                if blocks.last?.text == name { blocks.removeLast() }
                // w3m runs the box and WordPress's trailer into one paragraph.
                for sentence in group.text.components(separatedBy: ". ").dropFirst()
                where PageByline.startsWithDateMarker(sentence) {
                    if let more = PageByline.read(sentence, order: order, unmarked: false) { merge(&byline, more) }
                }
                for below in groups[(k + 1)..<min(limit, k + 3)] {
                    if let more = read(below, order: order, unmarked: false), more.marked || more.day != nil { merge(&byline, more) }
                }
                break
            }
            // Buttons to share it come after the article, unless the text goes
            // on right under them (an image's buttons).
            if seenProse, group.isBullet, isShareList(groups, from: k),
               !(groups[k...].first { !$0.isBullet }.map(isProse) ?? false) {
                // Under a line or two, they end the author's box of a sidebar
                // (`:heart: code` / Follow / Website Email Twitter), and the
                // article follows.
                // Under a box's sentence (`有料会員の方のみ…`), the article
                // follows past the page's tools: its first long paragraph.
                let after = groups[k..<limit].drop(while: \.isBullet)
                let boxOnly = blocks.filter { isProse($0.text) }.reduce(0) { $0 + $1.text.count } < 100
                let paragraph = articleFollows(after) ? after.startIndex
                    : boxOnly ? after.prefix(12).firstIndex { isProse($0) && $0.text.count >= 150 } : nil
                guard let paragraph else { break }
                blocks = []
                seenProse = false
                k = paragraph
                continue
            }
            // A box printed twice over (a link's text and its image's) is a
            // call to action, not the article's.
            if Furniture.isButtons(group.text) || isDoubled(group.text) || Furniture.isAdLabel(group.text)
                || Furniture.isReadingTime(group.text) || Furniture.isCredit(group.text)
                || group.isBullet && (!seenProse || isShareList(groups, from: k)) {
                k += 1
                continue
            }
            let prose = isProse(group)
            if !seenProse && !prose {
                k += 1
                continue
            }
            seenProse = true
            var text = group.text
            if group.isBullet, let cut = bulletEnd(text) { text = String(text[cut...]) }
            blocks.append(Block(.paragraph, text))
            for line in page.lines[group.lines] { linkNumbers += line.links }
            k += 1
        }
        // A page's only post may sign off under the text, past a heading
        // or two (`Related` / `Parse.ly, December 11, 2014`).
        if !several, byline.author == nil, byline.day == nil {
            for group in groups[min(k + 1, outer)..<min(k + 4, outer)] where group.wordCount <= 8 {
                if let below = read(group, order: order, unmarked: true), below.day != nil, !below.hasTime {
                    merge(&byline, below)
                    break
                }
            }
        }
        // The count is in the head, or among what follows the text: the
        // comments' heading comes after the buttons and tags, not far down.
        if byline.comments == nil {
            let after = min(k, groups.count)
            byline.comments = commentCount(groups[head.first..<head.last + 1])
                ?? commentCount(groups[after..<min(groups.count, after + 6, max(after, outer))].filter { !$0.isBullet })
                ?? groups[after..<min(groups.count, max(after, outer))].lazy
                    .filter { !$0.isBullet }.compactMap { Furniture.commentCount($0.text) }.first
        }
        var title = cleanTitle(groups[head.title].text)
        guard !title.isEmpty else { return nil }
        // A kicker glued to its headline (`Linde Gasekonzern muss…`) that the
        // page prints elsewhere with its colon (`Linde: Gasekonzern muss…`).
        if let colon = groups.first(where: { $0.text.utf8.count == title.utf8.count + 1 && $0.text.contains(": ")
            && $0.text.replacing(": ", with: " ") == title }) { title = colon.text }
        // A page's only post with no date by it is often listed with one
        // elsewhere on the page (`Latest posts: Title - June 30, 2014`).
        if !several, byline.day == nil, title.split(separator: " ").count >= 4 {
            byline.date = groups.lazy.compactMap { listedDate(of: title, in: $0, order: order) }.first ?? byline.date
        }
        // Categories set in capitals just before what ends the article
        // (`Mensagens de Autoestima, Mensagens de Reflexão`) are the page's.
        while blocks.count > 1, let last = blocks.last, !isProse(last.text), isCapitalised(last.text) {
            blocks.removeLast()
        }
        var summary: String?
        // A text cut short (`… 帳 …`, `the big […]`, Pelican's `to ...`) is a teaser.
        if let last = blocks.last?.text, last.hasSuffix("…") || last.hasSuffix("[…]") || last.hasSuffix("[...]")
            || last.hasSuffix(" ...") { teaser = true }
        // The opening of a paywalled article is its summary: the text is not here.
        if several && (teaser || blocks.count < 3) || paywalled, !blocks.isEmpty {
            summary = blocks.map(\.text).joined(separator: " ")
            blocks = []
        }
        var links: [Link] = []
        var seenURLs = Set<String>()
        for (n, text) in linkNumbers {
            guard let url = page.addresses[n], seenURLs.insert(url).inserted else { continue }
            links.append(Link(text: text, url: url))
        }
        return Post(title: title, author: byline.author, date: byline.day, comments: byline.comments,
                    summary: summary, body: blocks, links: links,
                    source: SourceLocation(file: file, line: page.lines[groups[head.title].lines.lowerBound].number))
    }

    /// The link under a teaser to the whole post: `Read more`, `Continue
    /// reading`, Pelican's `more ...`.
    static func isReadMore(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("read more") || lower.hasPrefix("continue reading")
            || ["more ...", "more …", "more…", "more »", "далее ...", "читать далее", "阅读更多", "続きを読む", "weiterlesen", "lire la suite"].contains(lower)
    }

    /// The day of `title` in a list of posts: `Title - June 30, 2014`.
    static func listedDate(of title: String, in group: Group, order: DateText.NumericOrder) -> DateText.Found? {
        var text = Substring(group.text)
        if group.isBullet, let cut = bulletEnd(group.text) { text = text[cut...] }
        guard text.hasPrefix(title) else { return nil }
        let rest = text.dropFirst(title.count).split(separator: " ").map(String.init).drop { PageByline.separators.contains($0) }
        guard (1...6).contains(rest.count), let date = DateText.first(in: Array(rest), order: order),
              date.range.lowerBound == 0, case .valid = date.found else { return nil }
        return date.found
    }

    /// `XX`: the same words twice, glued (`Pamela WilsonPamela Wilson`).
    /// Spaces aside: lynx puts one between the copies, w3m none.
    static func isDoubled(_ text: String) -> Bool {
        let letters = Array(text.filter { $0 != " " })
        guard letters.count >= 8, letters.count % 2 == 0 else { return false }
        return letters[..<(letters.count / 2)] == letters[(letters.count / 2)...]
    }

    /// Buttons to share the post: short items naming the usual services.
    static func isShareList(_ groups: [Group], from k: Int) -> Bool {
        var items = 0, named = 0
        for group in groups[k...] {
            guard group.isBullet else { break }
            items += 1
            let text = group.text.dropFirst(2).lowercased()
            if text.isEmpty || Furniture.services.contains(String(text)) { named += 1 }
        }
        return items > 0 && named * 2 >= items
    }

    /// The count of the first line of the post's zone that gives one.
    static func commentCount<C: Collection<Group>>(_ groups: C) -> Int? {
        for group in groups where group.wordCount <= 14 {
            if let n = Furniture.commentCount(group.text) { return n }
            if let n = PageByline.commentCount(group.text.lowercased().split(separator: " ").map(String.init)) { return n }
        }
        return nil
    }

    /// A title without the list number or square bullet some pages put before it.
    static func cleanTitle(_ text: String) -> String {
        var t = Substring(text)
        if let first = t.first, "■□●•".contains(first) { t = t.dropFirst().drop(while: { $0 == " " }) }
        // A card's title printed twice, its image's name and its link's.
        // (`Bora Bora` is a title once.)
        if t.filter({ $0 != " " }).count >= 12, isDoubled(String(t)) { return firstCopy(String(t)) }
        return String(t)
    }

    /// The first of a text's two copies: as many letters as half of them,
    /// with its spaces.
    static func firstCopy(_ text: String) -> String {
        var wanted = text.filter { $0 != " " }.count / 2
        return String(text.prefix { c in
            if wanted == 0 { return false }
            if c != " " { wanted -= 1 }
            return true
        }).trimmingWhitespace()
    }

    /// Day first when any slashed date on the page can only be read so
    /// (`23/03/2015`), or when the page names months in a language that
    /// writes the day first (`Abril`, `Março` in an archive's list); US
    /// order otherwise.
    static func numericOrder(_ lines: [PageLines.Line]) -> DateText.NumericOrder {
        var ambiguous = false
        for line in lines where line.text.utf8.contains(UInt8(ascii: "/")) {
            for word in line.text.split(separator: " ") where word.contains("/") {
                let parts = word.split(separator: "/")
                guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
                if (13...31).contains(a), b <= 12 { return .dayFirst }
                if a <= 12, b <= 12 { ambiguous = true }
            }
        }
        guard ambiguous else { return .monthFirst }
        var foreign = 0
        for line in lines {
            for word in line.text.split(separator: " ") where word.first?.isUppercase == true {
                let word = word.trimming(\.isPunctuation)
                if DateText.month(word) != nil, !DateText.isEnglishMonth(word) { foreign += 1 }
                if foreign >= 2 { return .dayFirst }
            }
        }
        return .monthFirst
    }
}
