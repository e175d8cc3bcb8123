import FolioModel

/// Everything that happens to the reader. The terminal loop turns what the
/// terminal and the clock say into these, and nothing else changes a state.
public enum ReaderEvent: Sendable {
    case key(Key)
    /// Keys that arrived together (a paste, a held key): handled before the
    /// next frame, and what only the frame needs (a search's filtering)
    /// done once after the last.
    case keys([Key])
    /// One key of those that arrive together, as the loop reads them: what
    /// only the frame needs waits for `settled`. The loop reads the next
    /// key only after this one, so that keys typed after a quit are left to
    /// the shell.
    case pressed(Key)
    /// The keys that arrived together are all in.
    case settled
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Time passing: seconds since 1970, a few times a second. Read marks
    /// that depend on how long a post was shown are set on ticks.
    case tick(Double)
    /// More of the archive, or the whole of it, read while its start was shown.
    case arrived(CorpusSoFar)
    /// While the rest is read: the posts at the archive's end, read just
    /// after the first screen so that `G` shows them at once.
    case tailArrived([Post])
    /// No key is waiting: a search under way scans its next slice.
    case idle
    /// Something outside went wrong (the read marks could not be read, or
    /// saved): what the status line says of it.
    case warning(String)
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case signal(Int32)
    /// The terminal is gone (its reads fail at once, again and again).
    case terminalGone
    /// The read marks, read from disk on a thread while the first screen was
    /// drawn: a state of 100,000 marks takes a second to read.
    case marksArrived(ReadMarks)
    /// A post was written where the person said (`w`).
    case saved(path: String)
    /// `w` named a file that is there: the person is asked before it is replaced.
    case exists(path: String)
}

/// What the loop must do after an update: the state itself does no I/O.
public enum Effect: Equatable, Sendable {
    /// Save the state's read marks: they changed (at most twice a second,
    /// and always on the way out).
    case saveMarks
    /// Repaint every cell: the screen was spoiled from outside.
    case redrawAll
    /// End the reader with this exit status, once the effects before it are done.
    case quit(status: Int32)
    /// Hand this URL (of a scheme `LinkPolicy` allows) to the browser, detached.
    case open(url: String)
    /// Run this shell command with `input` on its standard input, the terminal given over to it.
    case pipe(command: String, input: String)
    /// Write `text` to `path`; one that is there only when `overwrite`.
    case save(path: String, text: String, overwrite: Bool)
    /// Open the person's editor on this file at this line.
    case edit(file: String, line: Int)
    /// Put this text on the terminal's clipboard (OSC 52).
    case copy(String)
}

extension Effect {
    public var isQuit: Bool { if case .quit = self { true } else { false } }
}
