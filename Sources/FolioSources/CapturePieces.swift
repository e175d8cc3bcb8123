import FolioModel
import Dispatch
import FoundationEssentials
import Glibc

/// A large text capture in the sample's layout, read a piece at a time:
/// each piece ends where a post starts, is parsed on one of two cores while
/// the next is read, and its posts are handed on in the file's order. The
/// reader shows the first pieces while the rest are read, and no more than
/// two pieces' bytes are held at once, beside the posts.
enum CapturePieces {
    /// The first two pieces after the one a reader's first screen came
    /// from, parsed at once: small, so that moves and searches typed at once
    /// find what they ask for within a frame or two (post 1,000 of the
    /// benchmark is in the second); the pieces then grow to `largest`.
    static let first = 640 << 10
    /// About what a core's cache holds: a piece's lines are split, then
    /// read again for its posts, and a piece of 8 MB had left the cache by
    /// then (the benchmark's parse 0.21 s with 8 MB, 0.18 s with 1 or 2 MB,
    /// and 20 MB less memory).
    static let largest = 1 << 20

    /// Reads `file` from byte `offset`, the start of a post (line
    /// `firstLine`), to its end. `take` is given each piece's capture in
    /// order, and whether it is the last. Nil when the file cannot be read
    /// from there in pieces (a hole in it: its line numbers would be
    /// off), with nothing taken.
    /// The posts' texts are read again from `kept`, the file held open.
    static func read(_ file: String, kept: FileBytes, from offset: Int, firstLine: Int, firstPiece: Int = first,
                     take: @escaping (Capture, _ last: Bool) -> Void) -> CaptureFiles.Failure? {
        var info = stat()
        let whole = fstat(kept.descriptor, &info) == 0 ? CaptureFiles.dataRegions(kept.descriptor, from: 0, size: Int(info.st_size)) : []
        guard whole.count == 1 else { return CaptureFiles.Failure(message: "a file with holes is read whole") }

        let order = Ordering(take: take)
        let authors = Authors()
        let memory = Memory()
        let inFlight = DispatchSemaphore(value: 2)
        let group = DispatchGroup()
        let niceness = Niceness.current
        var (at, line, size, index) = (offset, firstLine, firstPiece, 0)
        while true {
            let read = CaptureFiles.readFile(descriptor: kept.descriptor, limit: size, from: at, reusing: memory.take())
            guard case .success(let (bytes, allocation, _)) = read else {
                // Said where it stopped; what was read before stays.
                if case .failure(let reason) = read {
                    order.finished(index, Capture(problems: [Problem(file: file, line: line, message: "not read from here on: " + reason.message)]), last: true)
                }
                break
            }
            let last = bytes.count < size
            var cut = bytes.count
            if !last {
                // A post longer than the piece: the piece grows until it ends in it.
                guard let end = CaptureParser.postBoundary(before: bytes.count - 1, in: UnsafeBufferPointer(bytes)), end > 0 else {
                    memory.give(allocation)
                    size *= 2
                    continue
                }
                cut = end
            }
            let lines = CaptureText.lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[..<cut]))
            nonisolated(unsafe) let piece = UnsafeBufferPointer(rebasing: bytes[..<cut])
            nonisolated(unsafe) let owned = allocation
            let (n, startLine, startByte) = (index, line, at)
            inFlight.wait()
            group.enter()
            DispatchQueue.global().async {
                niceness.apply()
                let (capture, learned) = CaptureParser.parsePiece(piece, file: file, firstLine: startLine,
                                                                  keptIn: (kept, startByte), authors: authors.known)
                memory.give(owned)
                authors.learn(learned)
                inFlight.signal()
                order.finished(n, capture, last: last)
                group.leave()
            }
            if last { break }
            (at, line, size, index) = (at + cut, line + lines, index == 0 ? size : min(size * 2, largest), index + 1)
        }
        group.wait()
        return nil
    }

    /// A capture's pieces as they are handed on: its corpus, built on the
    /// core that parsed each piece while the other parses the next (built
    /// from the whole capture once read, it was 25-30 ms of one core's time
    /// after the parse, the other idle), and the capture whole when an
    /// index of it is to be kept (the index keeps each sighting of a post).
    struct Gathering {
        private(set) var corpus: Corpus
        private(set) var whole: Capture?
        /// A capture names one site, its first, as `Capture.add` keeps it.
        private var named: Bool

        /// `head` is the first `headBytes` of the file `kept` holds; its
        /// corpus so far, when the reader was shown it.
        init(head: Capture, headBytes: Int, of kept: FileBytes, corpus: Corpus? = nil) {
            // The bytes the file stores: a hole of 64 GB holds no posts.
            self.init(head: head, headBytes: headBytes, size: min(kept.size, kept.stored), corpus: corpus,
                      keepingWhole: IndexFiles.keeps(kept))
        }

        /// The rest of a file of `size` bytes holds about as many posts for
        /// its size as the head.
        init(head: Capture, headBytes: Int, size: Int, corpus: Corpus? = nil, keepingWhole: Bool) {
            self.corpus = corpus ?? Corpus(captures: [head])
            (whole, named) = (keepingWhole ? head : nil, head.site != nil)
            let expected = Double(head.posts.count) * Double(size) / Double(max(1, headBytes))
            // A head of short posts before a long rest does not make room for a
            // post every few bytes: a post per 512 at most, the table then
            // some 6% of the file.
            self.corpus.reserveCapacity(min(Int(expected * 1.1), size / 512))
        }

        mutating func add(_ piece: Capture) {
            var piece = piece
            if named { piece.site = nil }
            named = named || piece.site != nil
            corpus.add(piece)
            whole?.add(piece)
        }
    }

    /// What the pieces parsed so far know of their authors: a few hundred
    /// names read back once each by the general byline reader, not again
    /// in every piece (a sixth of a piece's parse).
    final class Authors: @unchecked Sendable {
        private let lock = Lock()
        private var verdicts = AuthorVerdicts()

        var known: AuthorVerdicts { lock.withLock { verdicts } }

        func learn(_ more: AuthorVerdicts) { lock.withLock { verdicts.learn(more) } }
    }

    /// The pieces' memory, taken again by the pieces after: a fresh
    /// allocation for each had the kernel clear a page for every 4 KB read
    /// (6,000 of the benchmark's 35,000 page faults). Three pieces at most:
    /// one read while two are parsed.
    final class Memory: @unchecked Sendable {
        private let lock = Lock()
        private var free: [UnsafeMutableBufferPointer<UInt8>] = []

        deinit { for buffer in free { buffer.deallocate() } }

        func take() -> UnsafeMutableBufferPointer<UInt8>? { lock.withLock { free.popLast() } }

        func give(_ buffer: UnsafeMutableBufferPointer<UInt8>) { lock.withLock { free.append(buffer) } }
    }

    /// Pieces parsed on two threads, handed on one at a time in their order.
    final class Ordering: @unchecked Sendable {
        private let lock = Lock()
        private var done: [Int: (Capture, Bool)] = [:]
        private var next = 0
        private let take: (Capture, Bool) -> Void

        init(take: @escaping (Capture, Bool) -> Void) { self.take = take }

        func finished(_ n: Int, _ capture: Capture, last: Bool) {
            lock.lock()
            defer { lock.unlock() }
            done[n] = (capture, last)
            while let (capture, last) = done.removeValue(forKey: next) {
                take(capture, last)
                next += 1
            }
        }
    }
}
