import Foundation
import Testing

/// Links to a browser, a post to a command, a file and the editor, from the reader in tmux.
@Suite(.serialized) struct HandingOnInTmux {
    static let page = FolioProcess.repository.appendingPathComponent("Tests/Corpus/hugo-izdwuut-apache-tls/page.html").path

    /// A script that writes its arguments, one a line, to `file`, and prints `noise` where the screen would show it.
    static func recorder(in dir: URL, named name: String, to file: String, noise: String = "") throws -> String {
        let path = dir.appendingPathComponent(name).path
        try "#!/bin/sh\necho \(noise)\necho \(noise) >&2\nprintf '%s\\n' \"$@\" > '\(file)'\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    static func wait(for file: String, containing text: String) -> String? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: file, encoding: .utf8), s.contains(text) { return s }
            usleep(20_000)
        }
        return nil
    }

    @Test func linksGoToTheBrowserDetachedAndSilent() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = dir.appendingPathComponent("args").path
        let browser = try Self.recorder(in: dir, named: "browser", to: args, noise: "BROWSER-NOISE")
        // BROWSER is a list: the first that runs takes the link; %s is where it goes.
        let s = try TmuxSession(["--no-state", Self.page], environment: ["BROWSER": "/no/such/browser:\(browser) --new-tab %s"])
        defer { s.close() }
        s.waitFor(" 1/1  index")
        s.send("Enter", "1", "o")
        #expect(Self.wait(for: args, containing: "https://letsencrypt.org/") == "--new-tab\nhttps://letsencrypt.org/\n")
        s.send("O")
        s.waitFor("the link picker") { $0.contains("Links") && $0.contains("[2]") && $0.contains("http://www.example.com") }
        s.send("j", "Enter")
        #expect(Self.wait(for: args, containing: "http://www.example.com") != nil)
        let screen = s.waitFor(" 1/1  reading")
        #expect(!screen.contains("BROWSER-NOISE"))
        s.send("q", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func withNoBrowserFolioSaysSo() throws {
        // A PATH with what the test's shell needs, and no xdg-open.
        let bin = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: bin) }
        for tool in ["bash", "stty", "tr", "grep", "sleep", "cat"] {
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent(tool).path,
                                                       withDestinationPath: "/usr/bin/" + tool)
        }
        let s = try TmuxSession(["--no-state", Self.page], environment: ["BROWSER": "/no/such/browser", "PATH": bin.path])
        defer { s.close() }
        s.waitFor(" 1/1  index")
        s.send("1", "o")
        s.waitFor("Nothing can open links")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func pipeGivesTheTerminalToTheCommandThenComesBack() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let piped = dir.appendingPathComponent("piped").path
        let s = try TmuxSession(["--no-state", Self.page])
        defer { s.close() }
        s.waitFor(" 1/1  index")
        s.send("|")
        s.waitFor("Pipe the text to:")
        s.type("cat > '\(piped)'; echo PIPED-DONE")
        s.send("Enter")
        s.waitFor("the command's own output") { $0.contains("PIPED-DONE") && $0.contains("Press Enter to go back to folio") }
        s.send("Enter")
        s.waitFor(" 1/1  index")
        let text = try String(contentsOfFile: piped, encoding: .utf8)
        #expect(text.hasPrefix("Securing Apache"))
        #expect(text.contains("Issuing the certificate"))
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func saveWritesTextOrMarkdownAndAsksBeforeReplacing() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("post.md").path
        let s = try TmuxSession(["--no-state", Self.page])
        defer { s.close() }
        s.waitFor(" 1/1  index")
        s.send("w")
        s.waitFor("Save to:")
        s.send("C-u")
        s.type(file)
        s.send("Enter")
        s.waitFor("Saved to")
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.hasPrefix("# Securing Apache"))
        #expect(markdown.contains("[Let’s Encrypt](https://letsencrypt.org/)"))
        try "mine".write(toFile: file, atomically: true, encoding: .utf8)
        s.send("w", "C-u")
        s.type(file)
        s.send("Enter")
        s.waitFor("is there: replace it? y/n")
        s.send("n")
        s.waitFor("Not saved")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func eOpensTheEditorOnTheSourceAtItsLine() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edited = dir.appendingPathComponent("edited").path
        let editor = try Self.recorder(in: dir, named: "editor", to: edited)
        let s = try TmuxSession(["--no-state", Self.page], environment: ["EDITOR": editor, "VISUAL": ""])
        defer { s.close() }
        s.waitFor(" 1/1  index")
        s.send("e")
        #expect(Self.wait(for: edited, containing: "+4") == "+4\n\(Self.page)\n")
        s.waitFor(" 1/1  index")
        s.send("q")
        #expect(s.exitStatus() == 0)
    }
}
