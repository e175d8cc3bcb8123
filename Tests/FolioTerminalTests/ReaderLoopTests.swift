import FolioModel
import FolioReader
@testable import FolioTerminal
import Foundation
import Testing

/// A terminal that reads from a script: each read takes the next entry
/// (nil: nothing came in time), and then nothing, as a terminal that is gone.
final class ScriptedTerminal: TerminalDevice {
    var size = (width: 80, height: 24)
    /// What the terminal reads, in order; nil is a pause longer than a short
    /// wait: only a read that waits 10 ms or more takes it.
    var script: [ReaderEvent?]
    /// How many of the script's first events come each a moment (under a
    /// millisecond) after the one before: a read that waits for nothing
    /// misses them, one that waits a millisecond takes them.
    var momentApart = 0
    /// A signal that arrives after this many reads.
    var signal: (afterReads: Int, number: Int32)?
    private(set) var reads = 0
    private(set) var frames: [Screen] = []
    private(set) var fullRepaints = 0
    private(set) var closed = false

    init(_ script: [ReaderEvent?]) { self.script = script }

    /// Told how long each read may wait.
    var onRead: (Int32) -> Void = { _ in }

    func read(waiting milliseconds: Int32) -> ReaderEvent? {
        onRead(milliseconds)
        reads += 1
        guard let next = script.first else { return nil }
        if next == nil && milliseconds < 10 { return nil }
        if momentApart > 0 {
            guard milliseconds > 0 else { return nil }
            momentApart -= 1
        }
        return script.removeFirst()
    }

    func paint(_ screen: Screen, everything: Bool) {
        frames.append(screen)
        if everything { fullRepaints += 1 }
    }

    func takeQuitSignal() -> Int32 {
        guard let signal, reads >= signal.afterReads else { return 0 }
        self.signal = nil
        return signal.number
    }

    func close() { closed = true }

    private(set) var handedOver = 0
    func handOver(_ run: () -> Void) {
        handedOver += 1
        run()
    }
}

/// Programs and files as a test sees them: what was asked, and a scripted answer.
final class RecordingOutside: Outside {
    var asked: [String] = []
    var answer: ReaderEvent = .saved(path: "/x")

    func open(_ url: String) -> String? { asked.append("open " + url); return nil }
    func pipe(_ input: String, to command: String) -> String? {
        asked.append("pipe \(command) \(input.prefix(10))")
        return "“\(command)” ended with status 1"
    }
    func save(_ text: String, to path: String, overwrite: Bool) -> ReaderEvent {
        asked.append("save \(path) \(overwrite)")
        return answer
    }
    func edit(_ file: String, line: Int) -> String? { asked.append("edit \(file) +\(line)"); return nil }
}

@Suite struct TheLoop {
    static let sample: Corpus = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_3ae1642338b2fb30.txt")
        let bytes = [UInt8](FileManager.default.contents(atPath: url.path)!)
        return Corpus(captures: [CaptureParser.parse(bytes: bytes, file: "seeds/000_3ae1642338b2fb30.txt")])
    }()

    /// A clock that moves a tenth of a second each time it is read.
    static func clock() -> () -> Double {
        nonisolated(unsafe) var now = 1_000.0
        return { now += 0.1; return now }
    }

    static func keys(_ text: String) -> [ReaderEvent?] { text.map { .key(Key.typed($0)) } }

    @Test func keysThatArriveTogetherAreOneFrame() {
        let terminal = ScriptedTerminal(Self.keys("jjj") + [nil] + Self.keys("q"))
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, clock: Self.clock())
        #expect(status == 0)
        #expect(terminal.closed)
        // The first frame, then the one after the three j's (the read that
        // found nothing more ended the burst); q quits before a third.
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1].text.contains(" 4/20  index"))
    }

    /// Keys sent in a stream, a moment apart, are handled before the next
    /// frame too: a burst ends at a millisecond without a key, not at the
    /// first read that finds none. The stream's first key, which came alone,
    /// is painted at once.
    @Test func keysAMomentApartAreOneFrame() {
        let terminal = ScriptedTerminal(Self.keys("jjjjj") + [nil] + Self.keys("q"))
        terminal.momentApart = 5
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, clock: Self.clock())
        #expect(status == 0)
        #expect(terminal.frames.count == 3)
        #expect(terminal.frames[1].text.contains(" 2/20  index"))
        #expect(terminal.frames[2].text.contains(" 6/20  index"))
    }

    /// A key typed alone is painted without waiting a millisecond for
    /// keys behind it: every read after it asks for what is there already.
    @Test func aKeyAloneIsPaintedAtOnce() {
        let terminal = ScriptedTerminal(Self.keys("j") + [nil] + Self.keys("q"))
        var waits: [Int32] = []
        terminal.onRead = { waits.append($0) }
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, clock: Self.clock())
        #expect(status == 0)
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1].text.contains(" 2/20  index"))
        // The first read waits for a key; the one after the j asks for none.
        #expect(Array(waits.prefix(2)).last == 0)
        #expect(!waits.contains(1))
    }

    /// Turns where nothing but the clock moved (a large archive arriving
    /// polls a hundred times a second) draw no frame.
    @Test func turnsThatChangeNothingDrawNothing() {
        let terminal = ScriptedTerminal([nil, nil, nil, nil, nil] + Self.keys("j") + [nil, nil, nil] + Self.keys("q"))
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, clock: Self.clock())
        #expect(status == 0)
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[1].text.contains(" 2/20  index"))
    }

    /// What waits for the first screen (a large state of read marks) is
    /// started once it is on the terminal, and once only.
    @Test func theFirstFrameIsSaidOnceItIsPainted() {
        let terminal = ScriptedTerminal(Self.keys("j") + [nil] + Self.keys("jq"))
        var framesThen: [Int] = []
        _ = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal,
                           afterFirstFrame: { framesThen.append(terminal.frames.count) }, clock: Self.clock())
        #expect(framesThen == [1])
        #expect(terminal.frames.count > 1)
    }

    /// Typed quickly after `q`, a command is the shell's, not folio's.
    @Test func keysAfterQuitAreLeftUnread() {
        let terminal = ScriptedTerminal(Self.keys("jqls\n"))
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, clock: Self.clock())
        #expect(status == 0)
        #expect(terminal.script.count == 3)
    }

    @Test func ctrlLRepaintsEverything() {
        let terminal = ScriptedTerminal([.key(.control("l")), nil] + Self.keys("q"))
        _ = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, clock: Self.clock())
        #expect(terminal.fullRepaints == 1)
    }

    @Test func marksAreSavedTwiceASecondAtMostAndOnTheWayOut() {
        // r, then r again at once, then q: one save for the first change
        // (none had been made), and one on the way out.
        let terminal = ScriptedTerminal(Self.keys("r") + [nil] + Self.keys("r") + [nil] + Self.keys("q"))
        var saves: [Bool] = []
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal,
                                    save: { state in saves.append(state.isRead(state.current!)); return nil },
                                    clock: Self.clock())
        #expect(status == 0)
        #expect(saves == [true, false])
    }

    @Test func aSaveThatFailsIsSaidOnTheStatusLine() {
        let terminal = ScriptedTerminal(Self.keys("r") + [nil, nil] + Self.keys("q"))
        _ = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal,
                           save: { _ in "Read marks are not being saved" }, clock: Self.clock())
        #expect(terminal.frames.contains { $0.line(23).contains("Read marks are not being saved") })
    }

    @Test func aTerminalThatIsGoneEndsTheReaderWithItsMarksSaved() {
        let terminal = ScriptedTerminal(Self.keys("r"))
        var saved = 0
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal,
                                    save: { _ in saved += 1; return nil }, clock: Self.clock())
        #expect(status == 1)
        #expect(saved >= 1)
        #expect(terminal.closed)
    }

    @Test func aSignalEndsTheReaderWithItsStatus() {
        let terminal = ScriptedTerminal(Self.keys("r") + Array(repeating: nil, count: 10))
        terminal.signal = (afterReads: 3, number: 15)
        var saved = 0
        let status = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal,
                                    save: { _ in saved += 1; return nil }, clock: Self.clock())
        #expect(status == 128 + 15)
        #expect(saved == 1)
    }

    @Test func aPipeHandsTheTerminalOverAndTheScreenIsPaintedWholeAfter() {
        let terminal = ScriptedTerminal(Self.keys("|") + Self.keys("wc") + [.key(.enter), nil] + Self.keys("q"))
        let outside = RecordingOutside()
        _ = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, outside: outside, clock: Self.clock())
        #expect(outside.asked == ["pipe wc Chinese-Ru"])
        #expect(terminal.handedOver == 1)
        #expect(terminal.fullRepaints == 1)
        #expect(terminal.frames.last!.line(23).contains("“wc” ended with status 1"))
    }

    @Test func aSaveToAFileThatIsThereAsksAndYReplacesIt() {
        let terminal = ScriptedTerminal(Self.keys("w") + [.key(.control("u"))] + Self.keys("/tmp/a.txt") + [.key(.enter), nil]
                                        + Self.keys("y") + [nil] + Self.keys("q"))
        let outside = RecordingOutside()
        outside.answer = .exists(path: "/tmp/a.txt")
        _ = ReaderLoop.run(ReaderState(corpus: Self.sample), terminal: terminal, outside: outside, clock: Self.clock())
        #expect(outside.asked == ["save /tmp/a.txt false", "save /tmp/a.txt true"])
        #expect(terminal.frames.contains { $0.line(23).contains("/tmp/a.txt is there: replace it? y/n") })
        #expect(terminal.handedOver == 0)
    }

    @Test func theRestOfTheArchiveArrivesWhileTheStartIsShown() {
        let first = Corpus(captures: [Capture(posts: Array(Self.sample.posts.prefix(3)))])
        let state = ReaderState(corpus: first, loading: true)
        let terminal = ScriptedTerminal([nil, nil, nil, nil] + Self.keys("G") + [nil] + Self.keys("q"))
        var asked = 0
        _ = ReaderLoop.run(state, terminal: terminal, arrival: {
            asked += 1
            return asked == 3 ? CorpusSoFar(Self.sample) : nil
        }, clock: Self.clock())
        #expect(terminal.frames.first!.text.contains("reading the rest"))
        #expect(!terminal.frames.last!.text.contains("reading the rest"))
        #expect(terminal.frames.last!.text.contains(" 20/20  index"))
        // Asked no more once it came.
        #expect(asked == 3)
    }
}

@Suite struct HyperlinkTargets {
    @Test func onlyOpenableLinksAndThoseInPrintableASCII() {
        #expect(Terminal.hyperlinkTarget("https://a.example/x") == "https://a.example/x")
        #expect(Terminal.hyperlinkTarget("https://a.example/ü$<5>") == "https://a.example/%C3%BC%24<5>")
        #expect(Terminal.hyperlinkTarget("javascript:alert(1)") == nil)
        #expect(Terminal.hyperlinkTarget("https://a.example/\u{1B}\\x") == nil)
    }
}
