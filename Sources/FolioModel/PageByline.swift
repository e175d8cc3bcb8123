import FoundationEssentials

/// What one line of a real page says about a post's author, day and comment
/// count, in the shapes blogs print them: `By Ada Lindqvist • Nov 11, 2020`,
/// `Posted on October 23, 2022 | 9 minutes | Ada Lindqvist`, `Date: July 4,
/// 2026 | Author: Ada`, `Tuesday 15 October 2019 by Ada`, `Von Ada publiziert
/// am 13. Januar 2014`, `par Ada, 21 juin 2018`, `投稿者: ada 2019年4月13日`,
/// `Ada Lindqvist March 9, 2017 13`, and glued by the page's markup,
/// `Posted on August 2, 2019August 2, 2019Author AdaCategories`.
struct PageByline {
    var author: String?
    var date: DateText.Found?
    var comments: Int?
    /// The line names the author with a marker (`By`, `von`, `Author:`).
    var marked = false
    /// The words after a date's marker (`Posted on …`) that name no day.
    var unreadDate: String?
    /// The day comes with a time (`August 8, 2018 at 3:17 pm`), as comments'
    /// do.
    var hasTime = false
    /// The day is the one the post was last changed (`Mis à jour le …`),
    /// which gives way to the day it was published when a line gives that.
    var isUpdate = false

    var day: CalendarDate? {
        if case .valid(let day)? = date { return day }
        return nil
    }

    /// The words of a date that names no real day (`February 30, 2017`).
    var impossibleDate: String? {
        if case .impossible(let text)? = date { return text }
        return nil
    }

    /// Words that put the day after them.
    static let dateMarkers: [[String]] = [["this", "entry", "was", "posted", "on"], ["posted", "on"], ["published", "on"], ["written", "on"], ["date:"], ["datum:"],
                                          ["publiziert", "am"], ["veröffentlicht", "am"], ["publié", "le"],
                                          ["pubblicato", "il"], ["publicado", "em"], ["publicado", "el"]]
    /// `Posted on …`, `This entry was posted on …`: a line that starts a
    /// byline, even right under a paragraph.
    static func startsWithDateMarker(_ line: String) -> Bool {
        let lower = line.lowercased().split(separator: " ").map(String.init)
        return dateMarkers.contains { $0.count >= 2 && lower.starts(with: $0) }
    }

    /// Words that say the day after them is an update's.
    static let updateMarkers = ["updated", "updated:", "last updated", "mis à jour", "modifié", "aktualisiert",
                                "actualizado", "aggiornato", "atualizado", "modified", "更新", "更新日:", "업데이트"]

    /// Words that put the author's name after them.
    static let authorMarkers: Set<String> = ["by", "by:", "von", "par", "por", "oleh", "door", "av", "af", "przez",
                                             "di", "author", "author:", "autor:", "auteur:", "autore:", "written", "posted",
                                             "投稿者:", "作者:", "文章作者:", "著者:", "작성자:", "автор:", "text:", "texte:", "текст:",
                                             "tekst:", "testo:", "texto:",
                                             // A newspaper's writers by their rank (`編集委員　中沢克二`).
                                             "編集委員", "論説委員"]
    /// Verbs of writing and publishing a marker follows (`Publicado por`).
    static let writingVerbs: Set<String> = ["publicado", "publicada", "escrito", "escrita", "postado", "publié", "publiée",
                                            "écrit", "écrite", "pubblicato", "scritto", "veröffentlicht", "geschrieben"]
    static let separators: Set<String> = ["|", "•", "·", "/", "//", "—", "–", "-", "~", "::", "／", "｜"]
    /// Words that end a name.
    static let stops: Set<String> = ["on", "at", "in", "am", "le", "il", "em", "el", "the", "publiziert",
                                     "veröffentlicht", "published", "posted", "updated", "publié", "pubblicato",
                                     "publicado", "categories", "category", "categories:", "tags", "tags:",
                                     "leave", "comments", "comment", "|", "•", "·", "/", "//", "—", "–", "-", "／", "｜", "and",
                                     "und", "et", "e", "y", "dan", "in:", "filed", "under", "reading", "time:",
                                     // A date's label: `Date Чт. 13 Март 2014` names no one.
                                     "date", "date:", "datum", "datum:", "fecha", "fecha:", "data", "data:", "дата", "дата:"]
    static let handleFollowers: Set<String> = ["on", "at", "in", "am", "le", "il", "em", "el", "|", "•", "·", "/", "//",
                                               "—", "–", "-", "／", "｜", "~"]
    /// What a subscription box links "by": no author.
    static let notNames: Set<String> = ["email", "e-mail", "facebook", "twitter", "rss", "admin:", "me", "us", "you",
                                        "the", "a", "an", "this", "our", "my", "their", "his", "her"]
    /// Words glued to the end of the word before them by a page's markup.
    static let gluedWords = ["Author", "Autor", "Categories", "Category", "Tags", "Posted", "Leave", "Comments",
                             "By", "Von", "Reading", "Published"]

    /// Reads `text`; nil when it says nothing of an author or a day.
    /// `unmarked` allows a bare `Author Date` line (directly under a title).
    static func read(_ text: String, order: DateText.NumericOrder, unmarked: Bool) -> PageByline? {
        var words = self.words(cjkJoined(text))
        // WordPress's `This entry was posted on Tuesday, September 3rd, 2013
        // at 10:17 am and is filed under…`: the first sentence is the byline.
        if words.count > 30, dateMarkers.contains(where: { words.map { $0.lowercased() }.starts(with: $0) }),
           let stop = words.firstIndex(where: { $0.hasSuffix(".") && $0.count > 3 }) {
            words = Array(words[...stop])
        }
        // `Date Чт. 09 Октябрь 2014 Tags Kernel / Python / Книги`: the tags
        // after a byline say nothing of it.
        if let tags = words.indices.dropFirst().first(where: { ["tags", "tags:", "теги:", "метки:"].contains(words[$0].lowercased()) }) {
            words = Array(words[..<tags])
        }
        // An embedded tweet signs off `— Ada (@ada) November 18, 2019`.
        guard !words.isEmpty, words.count <= 30, !text.contains("(@") else { return nil }
        let lower = words.map { $0.lowercased() }
        var line = PageByline()
        let date = DateText.first(in: words, order: order)
        // `2018.04.05 ~ 2018.12.31` is a period (a show's, an offer's), not a day.
        if let date, date.range.upperBound < words.count {
            let next = words[date.range.upperBound].lowercased()
            if ["~", "～", "until", "bis"].contains(next) { return nil }
            if ["–", "—", "-", "to", "au", "al", "a"].contains(next), date.range.upperBound + 1 < words.count,
               DateText.at(date.range.upperBound + 1, in: words, order: order) != nil { return nil }
        }
        line.date = date?.found
        if let date {
            // `Mis à jour le 06/04/2013`, `Updated on …`: the marker, then a preposition.
            var before = lower[..<date.range.lowerBound]
            if let last = before.last, ["le", "on", "am", "el", "il", "em"].contains(last) { before = before.dropLast() }
            let marker = before.joined(separator: " ")
            line.isUpdate = updateMarkers.contains { marker.hasSuffix($0) }
        }
        if let date, date.range.upperBound < words.count, date.range.upperBound + 1 == words.count,
           let n = DateText.number(words[date.range.upperBound], digits: 1...6) {
            line.comments = n
        }
        line.comments = line.comments ?? commentCount(lower)

        // `Posted on …`: what follows is the day, read or not.
        let dated = dateMarkers.first { marker in lower.starts(with: marker) }
        if date == nil, let dated {
            let rest = words[dated.count...].prefix { !["by", "von", "par", "|", "•"].contains($0.lowercased()) }
            if !rest.isEmpty { line.unreadDate = rest.prefix(4).joined(separator: " ") }
        }
        // A marker, then the name up to a stop, a date or a digit.
        for (i, word) in lower.enumerated() {
            // `Publicado por: Clarissa Borba`, `Écrit par`: a verb of writing says the marker is one.
            let afterVerb = i > 0 && writingVerbs.contains(lower[i - 1])
            guard authorMarkers.contains(word) || afterVerb && authorMarkers.contains(String(word.dropLast(word.hasSuffix(":") ? 1 : 0)))
            else { continue }
            // A marker starts the line or follows a date, a separator or a
            // date's marker, not a verb (`start by discussing`).
            // The date's time may come between (`November 18, 2019 7:45 am PST by Joe`).
            let timed = date.map { $0.range.upperBound < i && words[$0.range.upperBound..<i].allSatisfy(isTimeOfDay) } ?? false
            guard i == 0 || date?.range.upperBound == i || timed || separators.contains(lower[i - 1])
                    || lower[i - 1].hasSuffix(",") || dated != nil || afterVerb else { continue }
            var k = i + 1
            if word == "written" || word == "posted" {
                guard k < lower.count, lower[k] == "by" || lower[k] == "by:" else { continue }
                k += 1
            }
            if let name = name(words, from: k, before: date?.range.lowerBound, labelled: word.hasSuffix(":")) {
                line.author = name
                line.marked = true
                break
            }
        }
        // `Posted on DATE | 9 minutes | Ada Lindqvist`: a field of its own
        // after the date that is only a name.
        if line.author == nil, let date {
            let fields = words[date.range.upperBound...].split(whereSeparator: { ["|", "•", "·", "//"].contains($0) })
            if let last = fields.last, fields.count >= 2, last.count <= 3, last.allSatisfy(isCapitalisedName),
               !(last.last?.hasSuffix(",") ?? false) {
                line.author = last.joined(separator: " ")
            }
        }
        // `Ada Lindqvist March 9, 2017 13`: a name at the start of the line,
        // then the date (and a count, categories).
        if line.author == nil, unmarked, let date, (1...9).contains(date.range.lowerBound) {
            var end = date.range.lowerBound
            if DateText.isWeekday(words[end - 1]) { end -= 1 }
            line.author = unmarkedNames(words[..<end])
        }
        // `21/06/2014 Tony Carter All, Books`: the date, then the name.
        if line.author == nil, unmarked, let date, date.range.lowerBound == 0 {
            var name: [String] = []
            for word in words[date.range.upperBound...].drop(while: { separators.contains($0) }) {
                guard isCapitalisedName(word), !word.hasSuffix(","), name.count < 3 else { break }
                name.append(word)
            }
            if !name.isEmpty { line.author = name.joined(separator: " ") }
        }
        // `Monday 5:30PM`: a day of this week, which a saved page no longer
        // dates.
        if date == nil, words.count == 2, DateText.isWeekday(words[0].trimmingCharacters(",")), isTime(words[1]) {
            line.unreadDate = text
        }
        if line.date == nil && line.author == nil && line.unreadDate == nil { return nil }
        line.hasTime = words.contains(where: isTime)
        // A date in a line of prose is no byline, unless a marker says it
        // is the post's (`This entry was posted on … and is filed under …`).
        // The update's day and time and the source's field are no prose
        // (`23. März 2017 , aktualisiert 23. März 2017, 15:43 Uhr | Quelle: Handelsblatt Online`).
        if line.author == nil, dated == nil, let date, words.count - date.range.count > 8 {
            var rest = Array(words[date.range.upperBound...])
            if let update = DateText.first(in: rest, order: order) { rest.removeSubrange(update.range) }
            let plain = rest.filter { !isTime($0) && !separators.contains($0) && !updateMarkers.contains($0.lowercased())
                && $0.contains(where: \.isLetter) && $0.lowercased() != "uhr" }
            if date.range.lowerBound + plain.count > 5 { return nil }
        }
        return line
    }

    /// `María R. Sahuquillo / Emilio de Benito Madrid`: one to four
    /// capitalised words (a particle, `de`, between them), or two such names
    /// apart by a slash; the city of a dateline after them is no part of them.
    static func unmarkedNames(_ words: ArraySlice<String>) -> String? {
        var words = words
        while let last = words.last, separators.contains(last) { words = words.dropLast() }
        if words.count >= 3, let city = words.last, timeZoneCities.contains(city) { words = words.dropLast() }
        let names = words.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(names.count), names.allSatisfy({ name in
            (1...4).contains(name.count) && isCapitalisedName(name.first!) && isCapitalisedName(name.last!)
                && name.allSatisfy { isCapitalisedName($0) || namePrefixes.contains($0) }
        }) else { return nil }
        return names.map { $0.joined(separator: " ") }.joined(separator: " / ").trimmingCharacters(",;:|·•-–— ")
    }

    /// The particles inside a name: `Emilio de Benito`, `Ada van Lind`.
    static let namePrefixes: Set<String> = ["de", "da", "del", "do", "dos", "van", "der", "den", "du", "la", "bin", "al"]

    /// The name from `words[start...]`: up to five words, the first a capital
    /// or a one-word handle (`izdwuut`), ending at a stop, a date or a comma.
    /// After a label (`Author: The Water Coolest`) a name may start with
    /// an article.
    static func name(_ words: [String], from start: Int, before dateStart: Int?, labelled: Bool = false) -> String? {
        var parts: [String] = []
        var k = start
        let end = dateStart.map { $0 > start ? $0 : words.count } ?? words.count
        while k < end, parts.count < 6 {
            let w = words[k]
            let l = w.lowercased()
            if stops.contains(l) && !(labelled && parts.isEmpty && l == "the") || w.contains(where: { $0.isNumber }) && parts.count > 0
                || DateText.isWeekday(w) { break }
            // A handle glued to the name by the page's markup: `Gartenberg@cgartenberg`.
            if let at = w.firstIndex(of: "@"), at > w.startIndex, isCapitalisedName(String(w[..<at])) {
                parts.append(String(w[..<at]))
                break
            }
            parts.append(w)
            if w.hasSuffix(",") || w.hasSuffix(";") { break }
            k += 1
        }
        guard !parts.isEmpty, parts.count <= 5 else { return nil }
        let name = parts.joined(separator: " ").trimmingCharacters(",;:|·•-–—.() ／｜")
        guard !name.isEmpty, name.count <= 48, !notNames.contains(name.lowercased()) else { return nil }
        let first = name.unicodeScalars.first!
        // A lowercase first word is a handle (`izdwuut`) only when it is the
        // whole name and a byline's word or the line's end follows it, not
        // a sentence (`By using the library`).
        if first.properties.isLowercase {
            guard parts.count == 1 else { return nil }
            if k < words.count, !(handleFollowers.contains(words[k].lowercased()) || k == dateStart) { return nil }
        }
        // Co-authors: `Bertille Bayart, Marie Visot`, `Ada and Bo Lind`.
        if !first.properties.isLowercase, k < end, let more = coauthor(words, from: parts.last!.hasSuffix(",") ? k + 1 : k + 1, end: end) {
            return name + (parts.last!.hasSuffix(",") ? ", " : " \(words[k]) ") + more
        }
        return name
    }

    /// A second name after a comma or `and` (`et`, `und`, `y`, `e`, `&`):
    /// two or three capitalised words that end the name.
    static func coauthor(_ words: [String], from start: Int, end: Int) -> String? {
        guard start > 0, start < end else { return nil }
        if !words[start - 1].hasSuffix(",") {
            guard ["and", "et", "und", "y", "e", "&"].contains(words[start - 1].lowercased()) else { return nil }
        }
        var parts: [String] = []
        var k = start
        while k < end, parts.count < 3, isCapitalisedName(words[k].trimmingCharacters(",;")) {
            // A name set in capitals ends where the capitals do: `LAURE BRETTON Envoyés spéciaux`.
            if let first = parts.first, isAllCapitals(first), !isAllCapitals(words[k]) { break }
            parts.append(words[k])
            if words[k].hasSuffix(",") { break }
            k += 1
        }
        guard (2...3).contains(parts.count) else { return nil }
        return parts.joined(separator: " ").trimmingCharacters(",; ")
    }

    /// `3:17`, `10:15`, `5:11AM`.
    static func isTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let h = Int(parts[0]), (0...23).contains(h) else { return false }
        return parts[1].prefix(2).count == 2 && parts[1].prefix(2).allSatisfy(\.isNumber)
    }

    /// A word of a time of day: `7:45`, `am`, a zone (`PST`, `UTC`).
    static func isTimeOfDay(_ word: String) -> Bool {
        isTime(word) || ["am", "pm", "a.m.", "p.m."].contains(word.lowercased())
            || (3...4).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    static func isCapitalisedName(_ word: Substring) -> Bool { isCapitalisedName(String(word)) }

    static func isAllCapitals(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
        return letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
    }

    static func isCapitalisedName(_ word: String) -> Bool {
        // `Quelle:` labels what follows; it is no name.
        guard let f = word.unicodeScalars.first, f.properties.isUppercase, word.count <= 24,
              !word.contains(where: { $0.isNumber }), !word.hasSuffix(":") else { return false }
        return !stops.contains(word.lowercased()) && DateText.month(word) == nil && !DateText.isWeekday(word)
    }

    /// `12 comments`, `1 Kommentar`, `No comments` in the line's words.
    static func commentCount(_ lower: [String]) -> Int? {
        for (i, word) in lower.enumerated() where i + 1 < lower.count && Furniture.isCommentWord(lower[i + 1]) {
            if let n = DateText.number(word, digits: 1...6) { return n }
            if Furniture.noneWords.contains(word) { return 0 }
        }
        return nil
    }

    /// `2019年 4月 13日` as one word, so that it reads as one date.
    static func cjkJoined(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "年월년".unicodeScalars.contains($0) }) else { return text }
        var out = ""
        var previous: Character = " "
        var pendingSpace = false
        for c in text {
            if c == " " {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                let joins = ("年月년월".contains(previous) && c.isNumber) || (previous.isNumber && "年月日년월일".contains(c))
                if !joins { out.append(" ") }
                pendingSpace = false
            }
            out.append(c)
            previous = c
        }
        return out
    }

    /// The line's words, with words the page's markup glued together split
    /// apart: `2019August`, `LindqvistTuesday,`, `AdaCategories`.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        // `Лида Буслаева·11 октября 2018`: a separator glued to both fields.
        var text = text
        for mark in ["·", "•", "|"] where text.contains(mark) { text = text.replacing(mark, with: " \(mark) ") }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).flatMap(slashParts) {
            var rest = Substring(word)
            while let cut = glueCut(rest) {
                out.append(String(rest[..<cut]))
                rest = rest[cut...]
            }
            out.append(String(rest))
        }
        return out
    }

    /// `2018/0 Comments/in Promotion /by ada` as fields: a slash that is no
    /// part of a date or an address separates them.
    static func slashParts(_ word: Substring) -> [Substring] {
        guard word.contains("/"), !word.contains("://"), DateText.numericDate(String(word), order: .monthFirst) == nil,
              word.count > 1 else { return [word] }
        var parts: [Substring] = []
        for (n, part) in word.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { parts.append("/") }
            if !part.isEmpty { parts.append(part) }
        }
        return parts
    }

    /// Where a second word starts inside `word`: after a lowercase letter or
    /// a digit, a capital that begins a month, a weekday or a byline word;
    /// after a year, its time.
    static func glueCut(_ word: Substring) -> String.Index? {
        guard word.count > 3 else { return nil }
        // `20195:45`: a year, then the time.
        let digits = word.prefix(while: \.isNumber)
        if (5...6).contains(digits.count), word.dropFirst(digits.count).first == ":",
           let year = Int(digits.prefix(4)), (1900...2199).contains(year) {
            return word.index(word.startIndex, offsetBy: 4)
        }
        var i = word.index(after: word.startIndex)
        while i < word.endIndex {
            let before = word[word.index(before: i)]
            let c = word[i]
            if c.isUppercase && (before.isLowercase || before.isNumber) {
                let tail = String(word[i...])
                let letters = tail.prefix { $0.isLetter }
                if letters.count >= 3 && (DateText.month(String(letters)) != nil || DateText.isWeekday(String(letters))
                                            || gluedWords.contains(String(letters))) {
                    return i
                }
            }
            i = word.index(after: i)
        }
        return nil
    }
}
