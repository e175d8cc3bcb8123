import FolioModel
import FolioReader
import ArgumentParser
import FolioTerminal
import Foundation

/// The reader on the terminal, or a one-line reason why it cannot start.
enum Interactive {
    static func run(corpus: Corpus, filter: PostFilter, order: PostOrder, reversed: Bool, color: Bool) throws {
        let terminal: Terminal
        do {
            terminal = try Terminal.open(colors: color)
        } catch let error as Terminal.OpenError {
            Output.error(error.description)
            throw ExitCode(2)
        }
        let state = ReaderState(corpus: corpus, filter: filter, order: order, reversed: reversed)
        let status = ReaderLoop.run(state, terminal: terminal)
        if status != 0 { throw ExitCode(status) }
    }
}
