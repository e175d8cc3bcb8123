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

    /// Feeds keys to a state, as the terminal would.
    static func press(_ state: ReaderState, _ keys: Key...) -> ReaderState {
        keys.reduce(state, ReaderState.update)
    }

    static func type(_ state: ReaderState, _ text: String) -> ReaderState {
        text.reduce(state) { ReaderState.update($0, Key.typed($1)) }
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
