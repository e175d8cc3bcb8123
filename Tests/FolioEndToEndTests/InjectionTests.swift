import Foundation
import Testing

/// Content is untrusted: none of its escape sequences, C1 controls, DEL or
/// bidi overrides may reach a terminal, a pipe or a file, byte for byte.
@Suite(.serialized) struct EscapeInjection {
    /// A page whose title, author and text carry every kind of sequence.
    static let page = "• Evil \u{1B}]0;pwned\u{7} \u{1B}]52;c;SGVsbG8=\u{7} \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ "
        + "\u{1B}[7777m \u{1B}P7777\u{1B}\\ \u{1B}_7777\u{1B}\\ end\n\n"
        + "    Posted by: M\u{202E}allory\u{2066} October 20, 2014 3\n\n"
        + "    Body \u{9B}7777m C1 \u{7F} DEL \u{0} NUL \u{1B} lone\n    \u{1B}[2J\u{1B}[1A\rforged\u{8}\u{8}\n\n"
        + "    Second \u{202E}paragraph\u{200B}.\n"

    /// Byte sequences that only the content could have produced.
    static let forbidden: [(String, [UInt8])] = [
        ("OSC 0 title", Array("\u{1B}]0;pwned".utf8)),
        ("OSC 52 clipboard", Array("\u{1B}]52;".utf8)),
        ("OSC 8 hyperlink", Array("\u{1B}]8;;".utf8)),
        ("CSI 7777m", Array("\u{1B}[7777m".utf8)),
        ("DCS", Array("\u{1B}P7777".utf8)),
        ("APC", Array("\u{1B}_7777".utf8)),
        ("C1 CSI as UTF-8", [0xC2, 0x9B]),
        ("RLO", [0xE2, 0x80, 0xAE]),
        ("LRI", [0xE2, 0x81, 0xA6]),
        ("ZWSP", [0xE2, 0x80, 0x8B]),
        ("DEL", [0x7F]),
        ("BEL", [0x07]),
    ]

    static func expectInert(_ bytes: [UInt8], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!bytes.isEmpty, "\(what) wrote nothing", sourceLocation: sourceLocation)
        for (name, sequence) in forbidden {
            #expect(bytes.firstRange(of: sequence) == nil, "\(what) let \(name) through", sourceLocation: sourceLocation)
        }
    }

    func capture() throws -> URL {
        let dir = FolioProcess.temporaryDirectory()
        try Self.page.write(to: dir.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func theReaderDrawsStandInsAndNothingElse() throws {
        let dir = try capture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pty = try PseudoTerminal(["--no-state", dir.path])
        #expect(pty.waitFor("index"))
        pty.send("\n")
        #expect(pty.waitFor("reading"))
        pty.send("q")
        pty.send("q")
        #expect(pty.exitStatus() == 0)
        Self.expectInert(pty.output, "the reader")
        // The stand-ins are drawn in a style of their own, so styles separate them
        // from the text around: look for each piece.
        let shown = String(decoding: pty.output, as: UTF8.self)
        for piece in ["^[", "]0;pwned", "^G", "<U+202E>", "<9B>", "^?", "^@", "^H^H", "<U+200B>"] {
            #expect(shown.contains(piece), "\(piece) is not shown")
        }
    }

    @Test(arguments: [["--list"], ["--show", "1"], ["--authors"], ["--show", "1", "--width", "30"]])
    func plainOutputIsInertOnATerminalAPipeAndAFile(arguments: [String]) throws {
        let dir = try capture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pty = try PseudoTerminal(arguments + ["--no-state", dir.path])
        #expect(pty.exitStatus() == 0)
        Self.expectInert(pty.output, "\(arguments) on a terminal")

        let piped = try FolioProcess.run(arguments + ["--no-state", dir.path])
        #expect(piped.status == 0)
        Self.expectInert(Array(piped.stdout.utf8), "\(arguments) into a pipe")

        let file = dir.appendingPathComponent("out.txt").path
        let shell = try FolioProcess.run([], prefix: ["/bin/sh", "-c",
            "\"$0\" \(arguments.map { "'\($0)'" }.joined(separator: " ")) --no-state '\(dir.path)' > '\(file)'"])
        #expect(shell.status == 0)
        Self.expectInert([UInt8](FileManager.default.contents(atPath: file) ?? Data()), "\(arguments) into a file")
    }

    @Test func jsonEscapesEveryControlSoJqStaysInert() throws {
        let dir = try capture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try FolioProcess.run(["--json", "--no-state", dir.path])
        #expect(r.status == 0)
        let bytes = Array(r.stdout.utf8)
        for (name, sequence) in Self.forbidden {
            #expect(bytes.firstRange(of: sequence) == nil, "JSON let \(name) through")
        }
        #expect(!bytes.contains(0x1B))
        #expect(r.stdout.contains("\\u001b]0;pwned\\u0007"))
        #expect(r.stdout.contains("\\u009b7777m"))
        #expect(r.stdout.contains("M\\u202eallory\\u2066"))
        let decoded = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let post = (decoded["posts"] as! [[String: Any]])[0]
        #expect((post["title"] as! String).contains("\u{1B}]0;pwned\u{7}"))
    }

    @Test func aFileNameWithAnEscapeIsShownInertInMessages() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try FolioProcess.run(["--list", dir.path + "/\u{1B}]0;pwned\u{7}.txt"])
        #expect(r.status == 2)
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(r.stderr.contains("^[]0;pwned^G.txt"))
    }
}
