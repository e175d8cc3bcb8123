import Foundation
import Testing

/// What folio asks of the terminal, byte by byte, on a pseudo-terminal.
@Suite(.serialized) struct TerminalBytes {
    static let motion = ["\u{1B}[?1002h", "\u{1B}[?1003h", "\u{1B}[?1002;", "\u{1B}[?1003;"]

    static let page = FolioProcess.repository.appendingPathComponent("Tests/Corpus/hugo-izdwuut-apache-tls/page.html").path

    @Test func linksAreOSC8HyperlinksUnlessTheConfigTurnsThemOff() throws {
        let on = try PseudoTerminal(["--no-state", Self.page])
        #expect(on.waitFor("index"))
        on.send("\n")
        #expect(on.waitFor("\u{1B}]8;;https://letsencrypt.org/\u{1B}\\"))
        on.send("q")
        on.send("q")
        #expect(on.exitStatus() == 0)
        let bytes = String(decoding: on.output, as: UTF8.self)
        // The link's own words between the sequences, and every link closed.
        #expect(bytes.contains("Let’s Encrypt\u{1B}]8;;\u{1B}\\"))
        #expect(bytes.components(separatedBy: "\u{1B}]8;;http").count - 1 <= bytes.components(separatedBy: "\u{1B}]8;;\u{1B}\\").count - 1)

        let config = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("config.toml").path
        try "[links]\nhyperlinks = false\n".write(toFile: file, atomically: true, encoding: .utf8)
        let off = try PseudoTerminal(["--no-state", "--config", file, Self.page])
        #expect(off.waitFor("index"))
        off.send("\n")
        #expect(off.waitFor("reading"))
        off.send("q")
        off.send("q")
        #expect(off.exitStatus() == 0)
        #expect(!String(decoding: off.output, as: UTF8.self).contains("\u{1B}]8;"))
    }

    @Test func yCopiesWithOSC52OnlyWhenTheConfigSaysSo() throws {
        let feed = FolioProcess.repository.appendingPathComponent("Tests/Feeds/site-jekyll-binlog/feed.xml").path
        let off = try PseudoTerminal(["--no-state", feed])
        #expect(off.waitFor("index"))
        off.send("y")
        #expect(off.waitFor("Copying is off"))
        off.send("q")
        #expect(off.exitStatus() == 0)
        #expect(!String(decoding: off.output, as: UTF8.self).contains("\u{1B}]52;"))

        let config = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("config.toml").path
        try "[links]\nosc52 = true\n".write(toFile: file, atomically: true, encoding: .utf8)
        let on = try PseudoTerminal(["--no-state", "--config", file, feed])
        #expect(on.waitFor("index"))
        on.send("y")
        let url = "https://binlog.usmannkhan.com/articles/2020-08/pytorch-tf-notes"
        #expect(on.waitFor("\u{1B}]52;c;" + Data(url.utf8).base64EncodedString() + "\u{7}"))
        on.send("q")
        #expect(on.exitStatus() == 0)
    }

    @Test func theMouseIsLeftToTheTerminalUnlessAskedForAndThenSGRPressesOnly() throws {
        let off = try PseudoTerminal(["--no-state"])
        #expect(off.waitFor("index"))
        off.send("q")
        #expect(off.exitStatus() == 0)
        let quiet = String(decoding: off.output, as: UTF8.self)
        #expect(!quiet.contains("1000h") && !quiet.contains("1006h"), "the mouse was taken without --mouse")

        let on = try PseudoTerminal(["--no-state", "--mouse"])
        #expect(on.waitFor("index"))
        on.send("q")
        #expect(on.exitStatus() == 0)
        let asked = String(decoding: on.output, as: UTF8.self)
        #expect(asked.contains("\u{1B}[?1000h\u{1B}[?1006h"))
        #expect(!Self.motion.contains { asked.contains($0) }, "motion reports were asked for")
        // And given back on the way out.
        let end = asked.range(of: "\u{1B}[?1006l\u{1B}[?1000l", options: .backwards)
        #expect(end != nil)
        #expect(end.map { !asked[$0.upperBound...].contains("1006h") } ?? false)
    }
}
