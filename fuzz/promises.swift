// What every format promises of what it reads, checked by the fuzz
// targets of the HTML and feed formats on whatever they make of any bytes:
// posts with titles, nothing raw from the content, only web and mail links,
// valid JSON.

import FolioModel
import Foundation

func holdsPromises(_ capture: Capture) {
    for post in capture.posts {
        precondition(!post.title.isEmpty, "a post without a title")
        precondition(post.author.map { !$0.isEmpty } ?? true, "an empty author rather than none")
        precondition(post.source.line >= 1, "a post without a line")
        let text = ([post.title, post.author ?? "", post.summary ?? "", post.time ?? ""] + post.body.map(\.text)
            + post.links.map(\.text) + post.categories + [capture.site?.name ?? "", capture.site?.description ?? ""]).joined()
        precondition(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                     "a control character from the content")
        for url in post.links.map(\.url) + [post.link].compactMap({ $0 }) {
            let url = url.lowercased()
            precondition(url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("mailto:"), "a link to \(url)")
        }
    }
    for problem in capture.problems { precondition(problem.line >= 1, "a problem without a line") }
    let json = CorpusJSON.render(site: capture.site, posts: capture.posts, problems: capture.problems)
    precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "invalid JSON")
}
