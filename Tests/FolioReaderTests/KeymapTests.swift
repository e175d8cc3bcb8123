import Testing
@testable import FolioModel
@testable import FolioReader

@Suite struct Keymaps {
    @Test func eachKeyDoesItsModesActionBeforeAnAnywhereOne() {
        let keys = Keymap.standard
        #expect(keys.action(for: .character("j"), in: .index) == .down)
        #expect(keys.action(for: .character("q"), in: .index) == .quit)
        #expect(keys.action(for: .character("q"), in: .reading) == .back)
        #expect(keys.action(for: .character("r"), in: .reading) == .toggleRead)
        #expect(keys.action(for: .character("x"), in: .index) == nil)
        var mine = keys
        mine.bind(.help, to: [.character("j")], in: .anywhere)
        #expect(mine.action(for: .character("j"), in: .index) == .down)
        #expect(mine.action(for: .character("?"), in: .index) == nil)
    }

    @Test func aKeyBoundAnewLeavesWhatItDidAndAnActionWithoutKeysIsGone() {
        var keys = Keymap.standard
        keys.bind(.nextPost, to: [.character("j")], in: .index)
        #expect(keys.action(for: .character("j"), in: .index) == .nextPost)
        #expect(keys.keys(for: .down, in: .index) == [.down])
        keys.bind(.quit, to: [], in: .index)
        #expect(keys.action(for: .character("q"), in: .index) == nil)
        #expect(!keys.bindings[.index]!.contains { $0.action == .quit })
    }

    @Test func keysAreNamedAsTheHelpNamesThem() {
        for mode in KeyMode.allCases {
            for (_, keys) in Keymap.standard.bindings[mode]! {
                for key in keys { #expect(Key(name: key.name) == key, "\(key.name)") }
            }
        }
        #expect(Key(name: "^d") == .control("d"))
        #expect(Key(name: "Ctrl-D") == .control("d"))
        #expect(Key(name: "C-w") == .control("w"))
        #expect(Key(name: "pagedown") == .pageDown)
        #expect(Key(name: "Ctrl-1") == nil)
        #expect(Key(name: "Hyper") == nil)
        #expect(Action(configName: "page_down") == .pageDown)
        #expect(Action(configName: "next_by_author") == .nextByAuthor)
    }

    @Test func aRemappedKeyDoesItsNewAction() {
        var state = ReaderFixtures.state()
        state.keymap.bind(.down, to: [.character("x")], in: .index)
        let moved = ReaderFixtures.press(state, .character("x"))
        #expect(moved.cursor.selected == 1)
        #expect(ReaderFixtures.press(state, .character("j")).cursor.selected == 0)
    }
}

@Suite struct StatusHints {
    @Test func theHintsNameTheKeysAsBound() {
        var state = ReaderFixtures.state()
        #expect(state.screen.line(23).contains("j/k move  Enter read  Tab switch  ? help  q quit"))
        state.keymap.bind(.quit, to: [.character("Q")], in: .index)
        state.keymap.bind(.help, to: [], in: .anywhere)
        #expect(state.screen.line(23).contains("j/k move  Enter read  Tab switch  Q quit"))
        let reading = ReaderFixtures.press(state, .enter)
        #expect(reading.screen.line(23).contains("J/K next/prev  q back"))
    }
}
