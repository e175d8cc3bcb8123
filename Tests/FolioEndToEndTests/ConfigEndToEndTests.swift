import Foundation
import Testing

/// The config file in a real terminal: keys and colours it changes take
/// effect, and a bad line is named with its line number.
@Suite(.serialized) struct ConfigInTmux {
    /// A config file of `text` in a folder of its own.
    static func file(_ text: String) throws -> String {
        // A short path, so that the whole message fits on one line of the pane.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fc-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("c.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aRemappedKeyTakesEffect() throws {
        let config = try Self.file("[keys.index]\ndown = \"x\"\n")
        let s = try TmuxSession(["--config", config, FolioProcess.sample])
        defer { s.close() }
        s.waitFor(ReaderInTmux.header)
        s.send("x")
        s.waitFor(" 2/20  index")
        // j does nothing in the index now; x still moves.
        s.send("j", "x")
        s.waitFor(" 3/20  index")
        s.send("?")
        s.waitFor("the help shows the key as bound") { $0.contains(" x ") && $0.contains("next post / line down") }
        s.send("Escape", "q")
        #expect(s.exitStatus() == 0)
    }

    @Test func aChangedColourTakesEffect() throws {
        let config = try Self.file("[colors]\ntitle = { fg = \"red\", attrs = [\"bold\"] }\n")
        let s = try TmuxSession(["--config", config, FolioProcess.sample])
        defer { s.close() }
        s.waitFor("the article's title in red", styles: true) { $0.contains("\u{1B}[31mChinese-Russian Relations Enter Cyberspace") }
        s.send("q")
        #expect(s.exitStatus() == 0)
    }

    @Test func aBadLineIsNamedWithItsLineAndTheRestApply() throws {
        let config = try Self.file("[keys.index]\ndown = \"x\"\n[layout]\nmeasure = \"wide\"\n")
        let s = try TmuxSession(["--config", config, FolioProcess.sample])
        defer { s.close() }
        s.waitFor("c.toml:4: `measure` is a whole number")
        s.send("x")
        s.waitFor(" 2/20  index")
        s.send("q")
        #expect(s.exitStatus() == 0)
        // In full on the way out.
        s.waitFor("c.toml:4: `measure` is a whole number from 20 to 400; the default is kept")
    }
}
