// libFuzzer target for the HTML format: any bytes must parse without a
// crash, and what comes out must hold what the parser promises: posts with
// titles, nothing raw from the content, only web and mail links.
// Built by fuzz/run.sh with -sanitize=fuzzer,address.

import FolioHTML
import FolioModel
import Foundation

func check(_ bytes: [UInt8]) {
    let capture = HTMLPage.parse(bytes: bytes, file: "fuzz.html")
    for post in capture.posts {
        precondition(!post.title.isEmpty, "a post without a title")
        precondition(post.author.map { !$0.isEmpty } ?? true, "an empty author rather than none")
        precondition(post.source.line >= 1, "a post without a line")
        let text = ([post.title, post.author ?? "", post.summary ?? ""] + post.body.map(\.text) + post.links.map(\.text)).joined()
        precondition(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                     "a control character from the content")
        for link in post.links {
            let url = link.url.lowercased()
            precondition(url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("mailto:"), "a link to \(url)")
        }
    }
    for problem in capture.problems { precondition(problem.line >= 1, "a problem without a line") }
    let json = CorpusJSON.render(site: capture.site, posts: capture.posts, problems: capture.problems)
    precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "invalid JSON")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
