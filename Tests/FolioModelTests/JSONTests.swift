import Foundation
import Testing
@testable import FolioModel

@Suite struct JSONOutput {
    @Test func hasTheDocumentedShape() throws {
        let capture = Fixtures.sample()
        let text = CorpusJSON.render(site: capture.site, posts: capture.posts, problems: [
            Problem(file: "x.txt", line: 12, message: "m"),
        ])
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let site = json["site"] as! [String: String]
        #expect(site["name"] == "Strategic Europe")
        let posts = json["posts"] as! [[String: Any]]
        #expect(posts.count == 20)
        #expect(posts[0]["comments"] is NSNull)
        #expect(posts[0]["summary"] is NSNull)
        #expect(posts[1]["comments"] as? Int == 2)
        #expect(posts[0]["date"] as? String == "2014-10-24")
        let body = posts[0]["body"] as! [[String: String]]
        #expect(body[5] == ["kind": "pullquote", "text": "For #China, #Euromaidan is more dangerous than the pro-Russian rebels."])
        let source = posts[1]["source"] as! [String: Any]
        #expect(source["file"] as? String == "seeds/000_3ae1642338b2fb30.txt" && source["line"] as? Int == 49)
        let problems = json["problems"] as! [[String: Any]]
        #expect(problems.first?["line"] as? Int == 12)
    }

    /// `text` quoted is `json`, and a JSON reader reads `text` back from it.
    func expectQuoted(_ text: String, _ json: String) throws {
        let quoted = CorpusJSON.quote(text)
        #expect(quoted == json)
        let back = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as! [String]
        #expect(back == [text])
    }

    @Test func escapesEveryControlAndBidiCharacter() throws {
        try expectQuoted("a\u{1B}[2J\u{9B}b\u{7F}\u{202E}c\u{0}\u{2028}😀",
                         "\"a\\u001b[2J\\u009bb\\u007f\\u202ec\\u0000\\u2028😀\"")
    }

    /// An escape inside one Character (CR LF, a control under a combining
    /// mark) escapes that scalar alone, keeping what follows it.
    @Test func escapesInsideACharacterKeepTheRest() throws {
        try expectQuoted("line\r\nnext\u{1B}\u{301}é \"q\"", "\"line\\r\\nnext\\u001b\u{301}é \\\"q\\\"\"")
    }
}
