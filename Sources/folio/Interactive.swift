import ArgumentParser
import FolioModel
import FolioSources
import FolioReader
import FolioState
import FolioTerminal
import FoundationEssentials

/// The reader on the terminal, or a one-line reason why it cannot start.
enum Interactive {
    /// The read marks are read on a thread while the first screen is drawn,
    /// and come to the reader as an event.
    static func run(corpus: Corpus, filter: PostFilter, order: PostOrder, reversed: Bool, unreadOnly: Bool, color: Bool,
                    store: StateStore?, corpusKey: String,
                    config: ConfigFile, said: [String] = [], rest: Arrival? = nil) throws {
        let terminal: Terminal
        do {
            terminal = try Terminal.open(colors: color, scheme: config.settings.colors, mouse: config.settings.mouse,
                                         hyperlinks: config.settings.hyperlinks)
        } catch let error as Terminal.OpenError {
            Output.error(error.description)
            throw ExitCode(2)
        }
        let saver = store.map { MarkSaver(store: $0) }
        var state = ReaderState(corpus: corpus, filter: filter, order: order, reversed: reversed, unreadOnly: unreadOnly,
                                corpusKey: corpusKey, settings: config.settings, loading: rest != nil)
        // Said on the status line at once, and each in full on the way out.
        var warnings = config.problems.map(\.description)
        if let warning = config.warning { _ = ReaderState.update(&state, .warning(warning)) }
        if let first = said.first {
            let more = said.count > 1 ? " (and \(said.count - 1) more: see the note on exit)" : ""
            _ = ReaderState.update(&state, .warning("folio: " + first + more))
            warnings += said.dropFirst()
        }
        let news: () -> [ReaderEvent] = {
            let tail = rest?.takeTail().map { [ReaderEvent.tailArrived($0)] } ?? []
            guard let saver else { return tail }
            let (events, said) = saver.takeNews()
            warnings += said
            return tail + events
        }
        if saver?.waitForMarks(upTo: 0.1) == true {
            for event in news() { _ = ReaderState.update(&state, event) }
        }
        // A failure is said once, on the status line; the reader goes on, and tries again at each save.
        let status = ReaderLoop.run(state, terminal: terminal, arrival: { rest?.take() },
                                    save: { saver?.save($0.marking.marks); return nil },
                                    news: news, afterFirstFrame: { rest?.start(); saver?.startLoading() })
        if let saver { warnings += saver.finish() }
        for warning in warnings { Output.error(VisibleText.clean(warning)) }
        if status != 0 { throw ExitCode(status) }
    }
}
