import FolioConfig
import Testing
@testable import FolioModel
@testable import FolioReader

@Suite struct ConfigFiles {
    @Test func thePrintedConfigIsTheDefaults() {
        let (settings, problems) = Config.read(Config.text(), file: "c.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings == ReaderSettings())
        // And what is changed in it is what is read.
        var changed = Config.text().replacingOccurrences(of: "measure = 80", with: "measure = 66")
        // The first is the index's.
        changed.replaceSubrange(changed.range(of: "down = [\"j\", \"Down\"]")!, with: "down = [\"x\", \"Down\"]")
        let read = Config.read(changed, file: "c.toml").settings
        #expect(read.measure == 66)
        #expect(read.keymap.action(for: .character("x"), in: .index) == .down)
        #expect(read.keymap.action(for: .character("j"), in: .reading) == .down)
        #expect(read.keymap.action(for: .character("j"), in: .index) == nil)
    }

    @Test func eachMistakeIsNamedWithItsLineAndTheRestApply() {
        let text = """
            [keys.index]
            next_post = "x"
            quit = "x"
            jump = "J"
            down = ["j", "Hyper"]
            [keys.sideways]
            [colors]
            title = { fg = "blurple" }
            link = { fg = "#ff0000", attrs = ["underline", "blink"] }
            byline = { fg = 33 }
            [layout]
            measure = "wide"
            index_share = 55
            colour = 1
            [reading]
            read_after = -1
            mark_passed = true
            [music]
            """
        let (settings, problems) = Config.read(text, file: "c.toml")
        let said = problems.map { "\($0.line): \($0.message)" }
        let expected = [
            "3: “x” is bound twice in [keys.index]: to next_post and quit",
            "4: no action `jump`",
            "5: “Hyper” is no key",
            "6: no key mode `sideways`",
            "8: “blurple” is no colour for `title.fg`",
            "9: `link.attrs` is a list of bold, dim, italic, underline, reverse",
            "10: “33” is no colour for `byline.fg`",
            "12: `measure` is a whole number from 20 to 400",
            "14: no setting `layout.colour`",
            "16: `read_after` is a number of seconds from 0 to 3600",
            "18: no section [music]",
        ]
        #expect(said.count == expected.count, "\(said)")
        for (line, start) in zip(said, expected) { #expect(line.hasPrefix(start), "\(line)") }
        #expect(problems.allSatisfy { $0.file == "c.toml" && $0.message.hasSuffix("the default is kept") })
        // What was right applies.
        #expect(settings.keymap.action(for: .character("x"), in: .index) == .nextPost)
        #expect(settings.keymap.action(for: .character("q"), in: .index) == .quit)
        #expect(settings.keymap.keys(for: .down, in: .index) == [.character("j")])
        #expect(settings.colors.look(.link).foreground == .rgb(255, 0, 0))
        #expect(settings.colors.look(.link).attributes == [.underline])
        #expect(settings.colors.look(.title) == ColorScheme.standard.look(.title))
        #expect(settings.indexShare == 55 && settings.measure == 80)
        #expect(settings.readAfter == 1 && settings.markPassed)
    }

    @Test func aFileThatIsNotTOMLIsAllDefaultsAndSaysWhere() {
        let (settings, problems) = Config.read("[layout]\nmeasure = 66\nindex_share = \n", file: "c.toml")
        #expect(settings == ReaderSettings())
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.hasPrefix("not TOML") == true)
    }

    @Test func coloursAreTheNearestTheTerminalHas() {
        #expect(Color(name: "#ff0000")?.number(in: 256) == 196)
        #expect(Color(name: "#ff0000")?.number(in: 8) == 1)
        #expect(Color(name: "208")?.number(in: 256) == 208)
        #expect(Color(name: "208")?.number(in: 8) == 3)
        #expect(Color(name: "Blue")?.number(in: 8) == 4)
        #expect(Color(name: "default")?.number(in: 256) == nil)
        #expect(Color(name: "#12345") == nil && Color(name: "256") == nil)
    }

    @Test func theLayoutAndReadingSettingsTakeEffect() {
        var state = ReaderFixtures.state(width: 130, height: 30)
        #expect(state.geometry.sideBySide)
        state.settings.sideBySideWidth = 140
        state.settings.indexShare = 70
        #expect(!state.geometry.sideBySide)
        #expect(state.geometry.index.height == (30 - 2 - 1) * 70 / 100)
        state.settings.dateFormat = .short
        // With no clock yet the year is not known to be this one, so it shows.
        #expect(state.screen.line(1).contains("Oct 2014  Misha Glenny"))
        // In November 2014 the day shows instead; in 2026, the year again.
        #expect(ReaderFixtures.press(state, .tick(1_414_800_000)).screen.line(1).contains("Oct 24  Misha Glenny"))
        #expect(ReaderFixtures.press(state, .tick(1_796_000_000)).screen.line(1).contains("Oct 2014  Misha Glenny"))
        state.settings.measure = 50
        let reading = ReaderFixtures.press(state, .enter)
        #expect(reading.geometry.articleTextWidth == 50)
        #expect(reading.geometry.articleTextX == (130 - 50) / 2)
        state.settings.centered = false
        #expect(ReaderFixtures.press(state, .enter).geometry.articleTextX == 2)
        // Passing over a post reads it, when the config says so.
        state.settings.markPassed = true
        let passed = ReaderFixtures.press(state, .tick(1000), .character("j"), .character("j"))
        #expect(passed.isRead(passed.query.shown[0]) && passed.isRead(passed.query.shown[1]) && !passed.isRead(passed.query.shown[2]))
        // And a post is read after the seconds it says.
        state.settings.markPassed = false
        state.settings.readAfter = 5
        #expect(!ReaderFixtures.press(state, .tick(1000), .tab, .tick(1003)).isRead(state.query.shown[0]))
        #expect(ReaderFixtures.press(state, .tick(1000), .tab, .tick(1005)).isRead(state.query.shown[0]))
    }
}
