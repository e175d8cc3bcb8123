import Foundation
import Testing

/// What folio asks of the terminal, byte by byte, on a pseudo-terminal.
@Suite(.serialized) struct TerminalBytes {
    static let motion = ["\u{1B}[?1002h", "\u{1B}[?1003h", "\u{1B}[?1002;", "\u{1B}[?1003;"]

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
