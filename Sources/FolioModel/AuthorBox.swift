/// The box about the author that pages set under the article: `Craig is a
/// freelance UK web consultant…`, `Andrew Montalenti (aka pixelmonkey) is the
/// co-founder and CTO of Parse.ly…`. It is not the article's text, and it
/// names the author when the byline does not.
enum AuthorBox {
    static let verbs = [" is ", " ist ", " est ", " es ", " è ", " é ", " has been ", " has ", " was "]
    /// What a box says of its author, and an article's paragraph rarely
    /// says of someone named at its start.
    static let roles = ["founder", "writer", "author", "editor", "developer", "designer", "consultant", "journalist",
                        "blogger", "engineer", "ceo", "cto", "director", "student", "lives in", "based in", "follow him", "joined",
                        "reporting on", "reporter",
                        "follow her", "contributor", "freelance", "entrepreneur", "marketer", "photographer", "owner",
                        "redakteur", "autorin", "journaliste", "rédact", "periodista", "giornalista", "escritor",
                        "jornalista", "blogueur", "bloggerin"]

    /// What a columnist is called beside their name in a sign-off.
    static let signOffRoles: Set<String> = ["칼럼니스트", "기자", "소설가", "columnist", "reporter", "correspondent"]

    /// The name a column is signed with under its text: the name, a role
    /// and an address (`정덕현 칼럼니스트 thekian1@entermedia.co.kr`,
    /// `칼럼니스트 박생강 pillgoo9@gmail.com`).
    static func signOff(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), let address = words.popLast(), let at = address.firstIndex(of: "@"),
              address[at...].contains("."), at > address.startIndex else { return nil }
        words.removeAll { signOffRoles.contains($0.lowercased()) }
        if words.count == 1, let name = words.first, (2...4).contains(name.count), name.unicodeScalars.allSatisfy(PageLines.isHangul) {
            return name
        }
        return (2...3).contains(words.count) && words.allSatisfy(PageByline.isCapitalisedName) ? words.joined(separator: " ") : nil
    }

    /// Whether `text` is about `name`, set on its own over it: their first
    /// name in its first sentence and a role (`As Apartment Therapy's
    /// Family Editor, Carrie covers design…`).
    static func describes(_ text: String, name: String) -> Bool {
        if self.name(text, author: name) == name { return true }
        guard let first = name.split(separator: " ").first else { return false }
        let head = text.prefix(160)
        let sentence = head.firstRange(of: ". ").map { head[..<$0.lowerBound] } ?? head
        let words = sentence.split(separator: " ").map { $0.trimming(\.isPunctuation) }
        let lower = text.prefix(240).lowercased()
        return words.contains(String(first)) && roles.contains { lower.contains($0) }
    }

    /// The name a box about the author starts with; nil when `text` is no
    /// such box. When the byline named the author, the box starts with that
    /// name or a part of it (`Craig is…` under `Craig Buckler`); otherwise
    /// with a full name.
    static func name(_ text: String, author: String?) -> String? {
        // The verb stands in the first 80 characters: only they are searched.
        let head = String(text.prefix(90))
        guard let verb = verbs.compactMap({ head.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              head.distance(from: head.startIndex, to: verb.lowerBound) <= 80 else { return nil }
        var subject = Substring(head[..<verb.lowerBound])
        // `Andrew Montalenti (aka pixelmonkey, amontalenti)`
        if subject.hasSuffix(")"), let open = subject.lastIndex(of: "(") {
            subject = subject[..<open]
            while subject.last == " " { subject.removeLast() }
        }
        let words = subject.split(separator: " ").map(String.init)
        guard (1...3).contains(words.count), words.allSatisfy(PageByline.isCapitalisedName) else { return nil }
        let rest = text.dropFirst(head.distance(from: head.startIndex, to: verb.upperBound)).prefix(240).lowercased()
        guard roles.contains(where: { rest.contains($0) }) else { return nil }
        let name = words.joined(separator: " ")
        guard let author else { return words.count >= 2 ? name : nil }
        let parts = author.split(separator: " ").map(String.init)
        return name == author || words.count == 1 && parts.contains(name) ? author : nil
    }
}
