import FolioModel
import Dispatch
import FoundationEssentials
import Glibc

/// What a reader opening some paths shows before the whole is read: the
/// start and end of a large archive, the first pages of a folder of many.
/// It can be begun from the command line's words before they are parsed:
/// ArgumentParser takes some 5 ms to start, in which a second core reads
/// and parses what the words most likely name. Only the option parsed can
/// say whether a reader opens at all: an output asked for in a terminal
/// (`--list`) pays for that reading on the other core, for nothing (at most
/// 64 KB of a large archive: only plain files are guessed).
public final class Opening: @unchecked Sendable {
    private let guessed: [String]
    private let done = DispatchSemaphore(value: 0)
    private var early: CaptureFiles.Preview?
    private let endDone = DispatchSemaphore(value: 0)
    private var end: [Post] = []

    /// Begins on a thread with the words that are no options and name plain
    /// files; nil when there are none, or one is `-` (standard input is read
    /// only when asked to be). A word that names no plain file is left out:
    /// a folder's walk has no bound, and an option's value (`--state-dir
    /// ~`, `--author Ada`) is no path. A value taken for a path makes
    /// another list than the one parsed, and the preview is read again.
    public init?(guessingFrom arguments: [String]) {
        var paths: [String] = []
        var optionsEnded = false
        for word in arguments {
            if !optionsEnded && word == "--" {
                optionsEnded = true
            } else if optionsEnded || word == "-" || !word.hasPrefix("-") {
                paths.append(word)
            }
        }
        guard !paths.contains("-") else { return nil }
        paths = paths.filter(Self.isPlainFile)
        guard !paths.isEmpty else { return nil }
        guessed = paths
        Detached.run { [self] in
            early = Self.preview(guessed)
            done.signal()
            // The end, for `G`, once the start is handed on: the main thread
            // meanwhile opens the terminal and paints on the other core.
            if early != nil, let last = guessed.last { end = CaptureFiles.tail(of: last) }
            endDone.signal()
        }
    }

    /// The preview of `sources`: the one begun early when they are the
    /// paths guessed (an option's value taken for a path makes it another
    /// list, and that work is for nothing), else read now. Nil when a
    /// reader of `sources` reads everything first.
    public func preview(_ sources: [String]) -> CaptureFiles.Preview? {
        guard sources == guessed else { return Self.preview(sources) }
        done.wait()
        done.signal()
        return early
    }

    /// The posts at the end of `sources`, read after the preview's start;
    /// nil when they are not the paths guessed, or, unless `waiting`, not
    /// read yet.
    public func tail(_ sources: [String], waiting: Bool = true) -> [Post]? {
        guard sources == guessed, endDone.wait(timeout: waiting ? .distantFuture : .now()) == .success else { return nil }
        endDone.signal()
        return end
    }

    private static func isPlainFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    public static func preview(_ sources: [String]) -> CaptureFiles.Preview? {
        var preview = CaptureFiles.Preview()
        if let size = CaptureFiles.totalSize(sources), size > CaptureFiles.large {
            preview = CaptureFiles.preview(sources)
        } else if let files = CaptureFiles.files(sources), files.count > 64 {
            preview.head = CaptureFiles.load(Array(files.prefix(16))).corpus
        } else {
            return nil
        }
        return preview.head.posts.isEmpty ? nil : preview
    }
}
