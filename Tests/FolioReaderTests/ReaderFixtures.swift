import Foundation
import Testing
@testable import FolioModel
@testable import FolioReader

enum ReaderFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sample: Corpus = {
        let path = repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        return Corpus(captures: [CaptureParser.parse(bytes: bytes, file: "seeds/000_3ae1642338b2fb30.txt")])
    }()

    static func corpus(_ text: String) -> Corpus {
        Corpus(captures: [CaptureParser.parse(bytes: Array(text.utf8), file: "t.txt")])
    }

    static func state(width: Int = 80, height: Int = 24, corpus: Corpus = sample) -> ReaderState {
        ReaderState(corpus: corpus, width: width, height: height)
    }

    /// Feeds events to a state, as the terminal loop would: a search under
    /// way is scanned to its end after each, as idle turns would.
    static func press(_ state: ReaderState, _ events: ReaderEvent...) -> ReaderState {
        run(state, events).state
    }

    /// What the loop would be asked to do after `events`.
    static func effects(_ state: ReaderState, _ events: ReaderEvent...) -> [Effect] {
        run(state, events).effects
    }

    static func run(_ state: ReaderState, _ events: [ReaderEvent]) -> (state: ReaderState, effects: [Effect]) {
        var state = state
        var effects: [Effect] = []
        for event in events {
            effects += ReaderState.update(&state, event)
            while state.query.scan != nil { effects += ReaderState.update(&state, .idle) }
        }
        return (state, effects)
    }

    static func type(_ state: ReaderState, _ text: String) -> ReaderState {
        run(state, text.map { .key(Key.typed($0)) }).state
    }
}

/// A screen as reviewable text: each row, a bar at the right edge, then the
/// styled runs of the row (`*` marks the selected row's reverse video).
enum ScreenText {
    static func render(_ screen: Screen) -> String {
        var out = ""
        for row in screen.rows {
            out += row.map(\.text).joined() + "|"
            var runs: [String] = []
            var column = 0
            var start = 0
            var i = 0
            while i < row.count {
                var j = i
                var width = 0
                while j < row.count, row[j].style == row[i].style { width += row[j].width; j += 1 }
                let style = row[i].style
                if style != .normal {
                    runs.append("\(style.selected ? "*" : "")\(style.role.rawValue)@\(column)+\(width)")
                }
                column += width
                start = j
                i = j
            }
            _ = start
            if !runs.isEmpty { out += "  " + runs.joined(separator: " ") }
            out += "\n"
        }
        return out
    }
}

/// Compares a screen with its reviewed snapshot in Snapshots/NAME.txt. A
/// missing snapshot (or RECORD_SNAPSHOTS=1) is written and the test fails,
/// so a new screen is always looked at before it is trusted.
func assertScreen(_ state: ReaderState, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = ReaderFixtures.repository.appendingPathComponent("Tests/FolioReaderTests/Snapshots/\(name).txt")
    let actual = ScreenText.render(state.screen)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); review it and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let failed = url.deletingPathExtension().appendingPathExtension("failed.txt")
        try? actual.write(to: failed, atomically: true, encoding: .utf8)
        Issue.record("screen \(name) differs from its snapshot; see \(failed.lastPathComponent)\n\(actual)",
                     sourceLocation: sourceLocation)
    }
}

/// Keys as events, so that a test presses `.character("j")` or `.enter`.
extension ReaderEvent {
    static func character(_ c: Character) -> ReaderEvent { .key(.character(c)) }
    static func control(_ c: Character) -> ReaderEvent { .key(.control(c)) }
    static let up = key(.up), down = key(.down), left = key(.left), right = key(.right)
    static let pageUp = key(.pageUp), pageDown = key(.pageDown), home = key(.home), end = key(.end)
    static let enter = key(.enter), escape = key(.escape), tab = key(.tab), backspace = key(.backspace)
}
