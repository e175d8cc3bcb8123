import ArgumentParser
import FolioModel
import FolioSources
import FolioReader
import FolioState
import FolioTerminal
import Foundation

/// The reader on the terminal, or a one-line reason why it cannot start.
enum Interactive {
    static func run(corpus: Corpus, filter: PostFilter, order: PostOrder, reversed: Bool, unreadOnly: Bool, color: Bool,
                    store: StateStore?, loaded: (marks: ReadMarks, warning: String?), corpusKey: String,
                    config: ConfigFile, said: [String] = [], rest: Arrival? = nil) throws {
        let terminal: Terminal
        do {
            terminal = try Terminal.open(colors: color, scheme: config.settings.colors, mouse: config.settings.mouse,
                                         hyperlinks: config.settings.hyperlinks)
        } catch let error as Terminal.OpenError {
            Output.error(error.description)
            throw ExitCode(2)
        }
        var state = ReaderState(corpus: corpus, filter: filter, order: order, reversed: reversed, unreadOnly: unreadOnly,
                                marks: loaded.marks, corpusKey: corpusKey, settings: config.settings, loading: rest != nil)
        var warnings: [String] = loaded.warning.map { [$0] } ?? []
        // Said on the status line at once, and each in full on the way out.
        warnings += config.problems.map(\.description)
        if let warning = config.warning { _ = ReaderState.update(&state, .warning(warning)) }
        if let first = said.first {
            let more = said.count > 1 ? " (and \(said.count - 1) more: see the note on exit)" : ""
            _ = ReaderState.update(&state, .warning("folio: " + first + more))
            warnings += said.dropFirst()
        }
        if loaded.warning != nil {
            let what = loaded.warning!.contains("moved aside to") ? "moved aside" : "not saved while folio runs"
            _ = ReaderState.update(&state, .warning("Read marks could not be read: \(what) (see the note on exit)"))
        }
        let saver = store.map { MarkSaver(store: $0, saved: loaded.marks) }
        // A failure is said once, on the status line; the reader goes on, and tries again at each save.
        let status = ReaderLoop.run(state, terminal: terminal, arrival: { rest?.take() },
                                    save: { saver?.save($0.marking.marks); return nil },
                                    notices: {
                                        guard let failure = saver?.takeFailure() else { return nil }
                                        warnings.append(failure)
                                        return "Read marks are not being saved (see the note on exit)"
                                    })
        if let failure = saver?.finish() { warnings.append(failure) }
        for warning in warnings { Output.error(VisibleText.clean(warning)) }
        if status != 0 { throw ExitCode(status) }
    }
}

/// The whole archive, read on a thread of its own while the reader already
/// shows the first part.
final class Arrival: @unchecked Sendable {
    private let lock = NSLock()
    private var corpus: Corpus?

    init(_ sources: [String]) {
        Thread.detachNewThread { [self] in
            let full = CaptureFiles.load(sources).corpus
            lock.lock()
            corpus = full
            lock.unlock()
        }
    }

    func take() -> Corpus? {
        lock.lock()
        defer { lock.unlock() }
        let taken = corpus
        corpus = nil
        return taken
    }
}
