// Writes a synthetic capture of N posts in the sample's format, the same
// bytes for the same seed: `folio-generate POSTS [SEED] > big.txt`.
// Lengths, authors, teasers, pull quotes and scripts are spread like a real
// blog's archive: a few hundred authors, one post in ten in full text.

import FoundationEssentials
import Glibc

/// SplitMix64: small, fast, and the same sequence on every machine.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let count = Int(arguments[1]), count > 0 else {
    let usage = "usage: folio-generate POSTS [SEED]\n"
    _ = usage.withCString { write(2, $0, strlen($0)) }
    exit(64)
}
var random = SplitMix64(state: arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1)

let first = ["Judy", "Jan", "Marc", "Ulrich", "Gwendolyn", "Misha", "Roderick", "Richard", "Anna", "Tomáš",
             "Zoë", "Łukasz", "Ingrid", "Mehmet", "Søren", "Chloé", "Jürgen", "Ana", "Pierre", "Nadia",
             "Kenji", "Li", "Aylin", "Dmitri", "Olga", "Sean", "Maria", "Yusuf", "Elena", "Pál"]
let last = ["Dempsey", "Techau", "Pierini", "Speck", "Sasse", "Glenny", "Parkes", "Youngs", "Novák", "Kobanê",
            "Milošević", "Dvořák", "Østergaard", "Müller", "García", "Lefèvre", "Yılmaz", "Kowalski", "Rossi",
            "王", "佐藤", "Nakamura", "Ivanova", "O’Neill", "Schmidt", "Haddad", "Petrović"]
// A few hundred authors, a handful of them prolific.
let authors = (0..<300).map { n in "\(first[n % first.count]) \(last[(n * 7 + n / first.count) % last.count])" }
let words = ["Europe", "Russia", "Ukraine", "sanctions", "security", "policy", "NATO", "the", "and", "of",
             "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "leaders", "Brussels", "Berlin",
             "Moscow", "energy", "gas", "markets", "elections", "parliament", "reform", "crisis", "trade",
             "Putin", "Merkel", "Milošević", "Kobanê", "Congrès", "défense", "Zürich", "Kraków",
             "cooperation", "strategic", "foreign", "debate", "members", "alliance", "union", "future",
             "economy", "migration", "border", "treaty", "summit", "内政", "北京", "外交政策", "“quoted”", "—"]
let rare = "Talleyrand" // about one post in a thousand mentions it
let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

@MainActor func sentence(_ n: Int) -> String {
    var out = [String]()
    for k in 0..<n { out.append(k == 0 ? capitalised(random.pick(words)) : random.pick(words)) }
    return out.joined(separator: " ") + "."
}

@MainActor func paragraph() -> String {
    (0..<(2 + random.below(5))).map { _ in sentence(8 + random.below(18)) }.joined(separator: " ")
}

/// As Foundation's `capitalized` has a word: a letter after anything but a
/// letter a capital (`“Quoted”`), the others small.
func capitalised(_ word: String) -> String {
    var out = ""
    var afterLetter = false
    for character in word {
        out += afterLetter ? character.lowercased() : character.uppercased()
        afterLetter = character.isLetter
    }
    return out
}

/// All of `text` on standard output.
func emit(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        guard n > 0 else { exit(1) }
        bytes = bytes.dropFirst(n)
    }
}

var out = ""
out.reserveCapacity(1 << 22)
// Newest first, as on the page: a day back every few posts.
var day = 0
for n in 0..<count {
    if random.below(3) == 0 { day += 1 }
    let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: -day,
                                                     to: Date(timeIntervalSince1970: 1_735_689_600))!
    let parts = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: date)
    let weekday = weekdays[(parts.weekday ?? 1) - 1]
    let month = months[(parts.month ?? 1) - 1]
    let author = random.below(4) == 0 ? authors[random.below(8)] : authors[random.below(authors.count)]
    var title = sentence(4 + random.below(6)).dropLast().description
    if n % 1000 == 500 { title += " and \(rare)" }
    let full = random.below(10) == 0
    if full {
        out += "• \(title)\n\n    Posted by: \(author) \(month) \(parts.day!), \(parts.year!)\n\n"
        for k in 0..<(6 + random.below(14)) {
            out += "    \(paragraph())\n\n"
            if k % 5 == 2 { out += "    \(sentence(10))\n    Tweet This\n\n" }
        }
        out += "\n"
    } else {
        let comments = random.below(12)
        out += "  • \(title)\n\n    Posted by: \(author) \(weekday), \(month) \(parts.day!), \(parts.year!) \(comments)\n\n"
        out += "    \(paragraph())\n\n"
    }
    if out.utf8.count > 1 << 21 {
        emit(out)
        out.removeAll(keepingCapacity: true)
    }
}
out += "\nAbout Synthetic Europe\n\nA generated blog for measuring folio.\n"
emit(out)
