// libFuzzer target for the capture parser: any bytes must parse without a
// crash, and what comes out must hold what the parser promises.
// Built by fuzz/run.sh with -sanitize=fuzzer,address; given files instead of
// a corpus directory, the binary replays them.

import FolioModel
import Foundation

func check(_ bytes: [UInt8]) {
    let capture = CaptureParser.parse(bytes: bytes, file: "fuzz.txt")
    var corpus = Corpus()
    corpus.add(capture)
    for post in corpus.posts {
        precondition(!post.title.isEmpty, "a post without a title")
        precondition(post.author.map { !$0.isEmpty } ?? true, "an empty author rather than none")
        precondition(post.source.line >= 1, "a post without a line")
        precondition(post.isFullText || post.body.isEmpty)
    }
    for problem in capture.problems { precondition(problem.line >= 1, "a problem without a line") }
    // JSON must stay valid and inert whatever the text holds.
    let json = CorpusJSON.render(site: capture.site, posts: corpus.posts, problems: capture.problems)
    precondition(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E },
                 "a control character in JSON")
    precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "invalid JSON")
    _ = PostOrder.allCases.map { $0.sorted(corpus.posts) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
