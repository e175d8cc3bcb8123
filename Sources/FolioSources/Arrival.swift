import FolioModel
import Dispatch
import FoundationEssentials

/// The whole archive, read on a thread of its own while the reader already
/// shows its start: a text capture that reads in pieces comes a piece at a
/// time from where its start ended, anything else whole once read.
public final class Arrival: @unchecked Sendable {
    private let lock = Lock()
    private var latest: CorpusSoFar?
    private var end: [Post]?
    private let sources: [String]
    private let preview: CaptureFiles.Preview
    private let opening: Opening?
    private var started = false

    /// `opening`, when the preview was begun early, has read the end too.
    public init(_ sources: [String], after preview: CaptureFiles.Preview, opening: Opening? = nil) {
        (self.sources, self.preview, self.opening) = (sources, preview, opening)
    }

    /// Begins reading, once: the reader calls it when its first screen is
    /// painted, which the reading would otherwise slow down on two cores.
    public func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        started = true
        // Mostly read by the first frame: a `G` pressed at once has it.
        end = opening?.tail(sources, waiting: false)
        let (sources, preview, needsTail) = (sources, preview, end == nil)
        Detached.run { [self] in
            Niceness.background.apply()
            // The end first, for `G`, if the early preview did not read it:
            // a few milliseconds. Parsed beside the start, it was a third
            // busy thread on two cores, and the first screen came half a
            // millisecond later; left to here, a `G` pressed at once waited
            // 16 ms for it.
            if needsTail, let last = sources.last {
                let tail = opening?.tail(sources) ?? CaptureFiles.tail(of: last)
                lock.lock()
                end = tail
                lock.unlock()
            }
            if let resume = preview.resume, let (head, kept) = preview.resumed, let file = sources.first {
                if let indexed = IndexFiles.capture(of: file, in: kept) {
                    publish(CorpusSoFar(Corpus(captures: [indexed]), complete: true))
                    return
                }
                // The pieces are handed on one at a time, in order, under the pieces' own lock.
                nonisolated(unsafe) var gathered = CapturePieces.Gathering(head: head, headBytes: resume.offset, of: kept, corpus: preview.head)
                nonisolated(unsafe) var (pieces, published) = (0, DispatchTime.now())
                let failure = CapturePieces.read(file, kept: kept, from: resume.offset, firstLine: resume.line) { piece, last in
                    // Kept once the last piece is handed on, not before.
                    defer { if last, let whole = gathered.whole { IndexFiles.keep(whole, of: file, in: kept) } }
                    gathered.add(piece)
                    let corpus = gathered.corpus
                    pieces += 1
                    // Each handing-on copies the table, and the reader merges what is new:
                    // the first pieces at once (what is typed at the start goes to them),
                    // then every quarter of a second for each 100,000 posts in, so
                    // that the copies and merges, each as long as the table, stay a
                    // steady share of the work (four a second had a gigabyte's reader
                    // spend a third of its loading on them).
                    let now = DispatchTime.now()
                    let wait = UInt64(250_000_000) * UInt64(max(1, corpus.posts.count / 100_000))
                    guard last || pieces <= 4 || now.uptimeNanoseconds - published.uptimeNanoseconds >= wait else { return }
                    published = now
                    self.publish(CorpusSoFar(corpus, complete: last))
                }
                if failure == nil { return }
            }
            publish(CorpusSoFar(CaptureFiles.load(sources).corpus))
        }
    }

    private func publish(_ soFar: CorpusSoFar) {
        lock.lock()
        latest = soFar
        lock.unlock()
    }

    /// The posts at the archive's end, once, when they are read.
    public func takeTail() -> [Post]? {
        lock.lock()
        defer { lock.unlock() }
        let taken = end
        end = nil
        return taken
    }

    /// What has been read since the last call, if anything has.
    public func take() -> CorpusSoFar? {
        lock.lock()
        defer { lock.unlock() }
        let taken = latest
        latest = nil
        return taken
    }
}
