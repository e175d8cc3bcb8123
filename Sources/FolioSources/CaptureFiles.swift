import FolioFeed
import FolioHTML
import FolioModel
import Dispatch
import FoundationEssentials
import Glibc

/// Finds and reads saved pages and feeds: files as given, directories
/// searched recursively for `*.txt`, `*.html`, `*.htm`, `*.xhtml` and the
/// feeds' `*.xml`, `*.rss`, `*.atom`, `*.json`; `-` for standard input.
/// Each is read in the format its first bytes say, not its name.
public enum CaptureFiles {
    /// The formats folio reads, asked in turn; text captures take what no
    /// other claims.
    static let formats: [any PageFormat.Type] = [Feed.self, HTMLPage.self, CaptureParser.self]

    static let pageNames = [".txt", ".html", ".htm", ".xhtml"]
    static let feedNames = [".xml", ".rss", ".atom", ".json"]

    static func format(of head: some Collection<UInt8>) -> any PageFormat.Type {
        formats.first { $0.sniff(head) } ?? CaptureParser.self
    }

    public struct Outcome: Sendable {
        public var corpus: Corpus
        /// Paths that could not be read at all, with the reason.
        public var unreadable: [(path: String, reason: String)]
        /// How many files were read.
        public var filesRead: Int
    }

    public static func load(_ paths: [String],
                            standardInput: () -> Result<[UInt8], Failure> = { CaptureFiles.readStandardInput() }) -> Outcome {
        var corpus = Corpus()
        var unreadable: [(String, String)] = []
        var read = 0
        for path in paths {
            if path == "-" {
                switch standardInput() {
                case .success(let bytes):
                    corpus.add(format(of: bytes).parse(bytes: bytes, file: "<stdin>"))
                    read += 1
                case .failure(let reason):
                    unreadable.append(("standard input", reason.message))
                }
                continue
            }
            switch expand(path) {
            case .failure(let reason):
                unreadable.append((path, reason.message))
            case .success(let expansion):
                let files = expansion.files
                unreadable += expansion.skipped
                if files.isEmpty && expansion.skipped.isEmpty { unreadable.append((path, "no saved pages or feeds (*.txt, *.html, *.xml, *.json) in this directory")) }
                // In a folder, an XML or JSON file that is no feed (a sitemap,
                // a package's manifest) is none of folio's business.
                let searched = files != [path]
                for (file, result) in zip(files, parse(files, skippingOthers: searched)) {
                    switch result {
                    case .success(nil):
                        continue
                    case .success(let parsed?):
                        corpus.add(parsed)
                        read += 1
                    case .failure(let reason):
                        corpus.add(problem: Problem(file: file, line: 1, message: reason.message))
                        unreadable.append((file, reason.message))
                    }
                }
            }
        }
        return Outcome(corpus: corpus, unreadable: unreadable, filesRead: read)
    }

    public struct Failure: Error { public var message: String }

    /// Each file read and parsed in its format, on both cores; the results
    /// in the files' order, so the corpus is the same on every run.
    static func parse(_ files: [String], skippingOthers: Bool = false) -> [Result<Corpus?, Failure>] {
        nonisolated(unsafe) var results = [Result<Corpus?, Failure>](repeating: .failure(Failure(message: "")), count: files.count)
        let lock = Lock()
        nonisolated(unsafe) var next = 0
        let workers = files.count > 1 ? min(2, ProcessInfo.processInfo.activeProcessorCount) : 1
        let niceness = Niceness.current
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                niceness.apply()
                while true {
                    lock.lock()
                    let n = next
                    next += 1
                    lock.unlock()
                    guard n < files.count else { return }
                    slots[n] = parse(file: files[n], skippingOthers: skippingOthers)
                }
            }
        }
        return results
    }

    /// A capture larger than this is read in pieces on both cores, and a
    /// reader shows its first screen from its start while the rest is read:
    /// read whole first, an archive of 2 MB kept its reader's first screen
    /// waiting 24 ms, twice what the rest of the opening takes.
    public static let large = 1 << 20

    /// The file's posts, each file's corpus built on the core that read it.
    /// Nil for a file skipped: in a folder, an XML or JSON file of no format folio reads.
    static func parse(file: String, skippingOthers: Bool = false) -> Result<Corpus?, Failure> {
        var info = stat()
        if stat(file, &info) == 0, Int(info.st_size) > large, let kept = FileBytes(file) {
            if let indexed = IndexFiles.capture(of: file, in: kept) { return .success(Corpus(captures: [indexed])) }
            if let head = head(of: file, limit: CapturePieces.first, keptIn: kept), head.capture.readsInPieces {
                var gathered = CapturePieces.Gathering(head: head.capture, headBytes: head.end, of: kept)
                let lock = Lock()
                if CapturePieces.read(file, kept: kept, from: head.end, firstLine: head.lines + 1, take: { piece, _ in
                    lock.lock()
                    defer { lock.unlock() }
                    gathered.add(piece)
                }) == nil {
                    if let whole = gathered.whole { IndexFiles.keepSoon(whole, of: file, in: kept) }
                    return .success(gathered.corpus)
                }
            }
        }
        switch readFile(file) {
        case .success(let (bytes, allocation, holes)):
            let skipped = holes.map { hole in
                Problem(file: file, line: 1 + bytes[0..<hole.at].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) },
                        message: "\(hole.length >= 1 << 20 ? "\(hole.length >> 20) MB" : "\(hole.length) bytes") of nothing (a hole in the file) skipped")
            }
            return readBytes(bytes, allocation: allocation, file: file, skippingOthers: skippingOthers).map { capture in
                capture.map { var capture = $0; capture.problems += skipped; return Corpus(captures: [capture]) }
            }
        case .failure(let reason):
            return .failure(reason)
        }
    }

    /// A file's bytes parsed in the format they are in.
    private static func readBytes(_ bytes: UnsafeMutableBufferPointer<UInt8>, allocation: UnsafeMutableBufferPointer<UInt8>,
                                  file: String, skippingOthers: Bool) -> Result<Capture?, Failure> {
        // Text captures parse the bytes where they were read, in place.
        let format = format(of: bytes)
        if format == CaptureParser.self, feedNames.contains(where: file.lowercased().hasSuffix) {
            allocation.deallocate()
            return .success(skippingOthers ? nil
                : Capture(problems: [Problem(file: file, line: 1, message: "not a feed folio reads (RSS, Atom, JSON Feed); skipped")]))
        }
        if format == CaptureParser.self {
            return .success(CaptureParser.parse(owning: bytes, allocation: allocation, file: file, firstLine: 1))
        }
        if format == Feed.self {
            defer { allocation.deallocate() }
            var released = 0
            return .success(Feed.parse(reading: UnsafeBufferPointer(bytes), file: file) { read in
                released = release(bytes, upTo: read, from: released)
            })
        }
        let page = [UInt8](bytes)
        allocation.deallocate()
        return .success(format.parse(bytes: page, file: file))
    }

    /// The files `paths` name, directories expanded; nil when one is
    /// standard input or cannot be read.
    public static func files(_ paths: [String]) -> [String]? {
        var all: [String] = []
        for path in paths {
            guard path != "-", case .success(let expansion) = expand(path) else { return nil }
            all += expansion.files
        }
        return all
    }

    /// Bytes in the capture files `paths` name, or nil when one is not a
    /// plain file (standard input, a directory, a missing path).
    public static func totalSize(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            var info = stat()
            guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    /// What a reader shows while the rest is read: the start of the
    /// first file and the end of the last.
    public struct Preview: Sendable {
        public var head = Corpus()
        /// Where the head ended in a text capture that reads in pieces, so
        /// that the rest is read on from there: the byte and the line.
        public var resume: (offset: Int, line: Int)?
        /// That head as parsed, and the file its texts are read from.
        var resumed: (capture: Capture, kept: FileBytes)?

        public init() {}
    }

    /// The start of a text capture, cut where its last whole post ends
    /// (a blank line, then a bullet), parsed: the capture, the byte it was
    /// cut at and the lines before that. Nil when the file is no text
    /// capture, or no post ends within 8 MB.
    static func head(of file: String, limit: Int, keptIn kept: FileBytes? = nil) -> (capture: Capture, end: Int, lines: Int)? {
        // A first post longer than the piece: the piece grows until a post ends in it.
        var size = limit
        while case .success(let (bytes, allocation, _)) = kept.map({ readFile(descriptor: $0.descriptor, limit: size) })
                ?? readFile(file, limit: size) {
            guard format(of: bytes) == CaptureParser.self else {
                allocation.deallocate()
                return nil
            }
            guard let cut = bytes.count < size ? bytes.count : CaptureParser.postBoundary(before: bytes.count - 1, in: UnsafeBufferPointer(bytes)),
                  cut > 0 else {
                allocation.deallocate()
                guard size < 8 << 20 else { return nil }
                size = min(size * 4, 8 << 20)
                continue
            }
            let lines = CaptureText.lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[..<cut]))
            let capture = CaptureParser.parse(owning: UnsafeMutableBufferPointer(rebasing: bytes[0..<cut]), allocation: allocation,
                                              file: file, firstLine: 1, keptIn: kept.map { ($0, 0) })
            return (capture, cut, lines)
        }
        return nil
    }

    /// The posts in the first `limit` bytes of the first file and the last
    /// `limit` bytes of the last, each cut where a post starts, so that a
    /// reader can show its first screen, and the end after `G`, while the
    /// rest is read, as less does.
    public static func preview(_ paths: [String], limit: Int = previewLimit) -> Preview {
        var preview = Preview()
        // An HTML page comes whole, with the full read; a feed's first items
        // are read from its start, the item the cut falls in left out.
        if let first = paths.first, case .success(let (bytes, allocation, _)) = readFile(first, limit: limit) {
            let format = format(of: bytes)
            let start = format == Feed.self ? [UInt8](bytes) : []
            allocation.deallocate()
            if format == CaptureParser.self {
                // No post's end even so: no preview, rather than one that opens on the last post.
                let kept = paths.count == 1 ? FileBytes(first) : nil
                guard let head = head(of: first, limit: limit, keptIn: kept), !head.capture.posts.isEmpty else { return Preview() }
                preview.head.add(head.capture)
                if let kept, head.capture.readsInPieces {
                    preview.resume = (head.end, head.lines + 1)
                    preview.resumed = (head.capture, kept)
                }
            } else if format == Feed.self {
                var items = Feed.parse(bytes: start, file: first)
                if start.count >= limit, !items.posts.isEmpty { items.posts.removeLast() }
                preview.head.add(Capture(posts: items.posts, site: items.site))
            }
        }
        return preview
    }

    /// How much of a large archive's start and end the reader shows first.
    public static let previewLimit = 1 << 16

    /// The posts in the last `limit` bytes of a text capture larger than
    /// four times that, for `G` while the rest is read; none of a feed or
    /// a page, whose end read as text would be posts of nothing.
    public static func tail(of file: String, limit: Int = previewLimit) -> [Post] {
        var info = stat()
        guard stat(file, &info) == 0, Int(info.st_size) > 4 * limit,
              case .success(let (head, headAllocation, _)) = readFile(file, limit: 4096),
              { defer { headAllocation.deallocate() }; return format(of: head) == CaptureParser.self }(),
              case .success(let (bytes, allocation, _)) = readFile(file, limit: limit, from: Int(info.st_size) - limit) else { return [] }
        guard format(of: bytes) == CaptureParser.self else {
            allocation.deallocate()
            return []
        }
        // Line numbers of the end are not known until the whole is read; the
        // whole replaces this preview.
        let start = CaptureParser.postBoundary(after: 0, in: UnsafeBufferPointer(bytes)) ?? bytes.count
        return CaptureParser.parse(owning: UnsafeMutableBufferPointer(rebasing: bytes[start...]),
                                   allocation: allocation, file: file, firstLine: 1).posts
    }

    /// The capture files a path names, in a stable order, and what in its
    /// folders could not be looked at, with why.
    struct Expansion {
        var files: [String]
        var skipped: [(path: String, reason: String)]
    }

    static func expand(_ path: String) -> Result<Expansion, Failure> {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(message: "no such file or directory"))
        }
        guard isDirectory else { return .success(Expansion(files: [path], skipped: [])) }
        var expansion = Expansion(files: [], skipped: [])
        var seen = Set<FolderID>()
        walk(path, into: &expansion, seen: &seen)
        expansion.files.sort()
        return .success(expansion)
    }

    /// A folder by its device and inode: a loop of symlinks is walked once,
    /// and a deep tree costs no `realpath` of ever longer paths.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func walk(_ directory: String, into expansion: inout Expansion, seen: inout Set<FolderID>) {
        var info = stat()
        guard stat(directory, &info) == 0, seen.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
        guard let folder = opendir(directory) else {
            expansion.skipped.append((directory, "cannot read this folder: " + String(cString: strerror(errno))))
            return
        }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (String?, String) in
                let bytes = Array(raw.prefix { $0 != 0 })
                return (String(validating: bytes, as: UTF8.self), String(decoding: bytes, as: UTF8.self))
            }
            guard let valid = name.0 else {
                // A Swift path is text: a name that is not UTF-8 is said, not lost.
                expansion.skipped.append((directory + "/" + name.1, "its name is not UTF-8; skipped (rename it to read it)"))
                continue
            }
            if !valid.hasPrefix(".") { names.append(valid) }
        }
        closedir(folder)
        for name in names.sorted() {
            let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
            if isDirectory {
                walk(child, into: &expansion, seen: &seen)
            } else if (pageNames + feedNames).contains(where: name.lowercased().hasSuffix) {
                expansion.files.append(child)
            }
        }
    }

    /// A stretch of a sparse file that holds nothing on disk: read, it is
    /// NUL bytes, which no page or feed has.
    struct Hole: Equatable {
        /// Where it was, in the bytes read.
        var at: Int
        var length: Int
    }

    /// Reads a regular file whole, straight into memory the parse will own
    /// and free. A FIFO or device is refused rather than waited on; a file
    /// is read, not mapped, so truncation cannot fault. Its holes are
    /// skipped, not read: a capture with a 64 GB hole costs what its text does.
    static func readFile(_ path: String, limit: Int = .max, from offset: Int = 0)
        -> Result<(UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>, [Hole]), Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Failure(message: String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Failure(message: "not a regular file; skipped"))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Failure(message: String(cString: strerror(errno)))) }
        defer { close(fd) }
        return readFile(descriptor: fd, limit: limit, from: offset)
    }

    /// The same, from a file already open: a large capture's pieces come
    /// from the file its texts are read from, even once another is saved
    /// in its place. Positioned reads, so that its texts may be read meanwhile.
    /// Into `reusing` where it is large enough (it is freed where it is not).
    static func readFile(descriptor fd: Int32, limit: Int = .max, from offset: Int = 0,
                         reusing: UnsafeMutableBufferPointer<UInt8>? = nil)
        -> Result<(UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>, [Hole]), Failure> {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            reusing?.deallocate()
            return .failure(Failure(message: String(cString: strerror(errno))))
        }
        let regions = dataRegions(fd, from: offset, size: Int(info.st_size))
        let data = regions.reduce(0) { $0 + $1.count }
        // Read whole, a file larger than the machine's memory would abort folio: said instead.
        let memory = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
        if limit == .max, data > memory / 2 {
            reusing?.deallocate()
            return .failure(Failure(message: "\(data >> 20) MB, more than half this machine's memory; not read"))
        }
        // A byte more than the data: the read that finds its end needs room,
        // or the whole would be copied into twice its size just to see it.
        let capacity = max(min(data + 1, limit), 65536)
        var allocation: UnsafeMutableBufferPointer<UInt8>
        if let reusing, reusing.count >= capacity {
            allocation = reusing
        } else {
            reusing?.deallocate()
            allocation = .allocate(capacity: capacity)
        }
        var count = 0
        var holes: [Hole] = []
        var position = offset
        for (n, region) in regions.enumerated() where count < limit {
            let regionStart = count
            if region.lowerBound > position {
                // Joined to the NUL bytes that ended the data before it.
                if holes.last?.at == count { holes[holes.count - 1].length += region.lowerBound - position } else {
                    holes.append(Hole(at: count, length: region.lowerBound - position))
                }
            }
            // The last stretch is read to the end of the file, which may have grown.
            let end = n == regions.count - 1 && region.upperBound >= Int(info.st_size) ? Int.max : region.upperBound
            var at = region.lowerBound
            while count < limit, at < end {
                if count == allocation.count {
                    // The file grew while read: make room and go on.
                    let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: allocation.count * 2)
                    _ = bigger.initialize(from: allocation)
                    allocation.deallocate()
                    allocation = bigger
                }
                let n = pread(fd, allocation.baseAddress! + count, min(min(allocation.count, limit) - count, end - at), off_t(at))
                if n < 0 {
                    if errno == EINTR { continue }
                    let failure = Failure(message: String(cString: strerror(errno)))
                    allocation.deallocate()
                    return .failure(failure)
                }
                if n == 0 { break }
                count += n
                at += n
            }
            position = at
            // A file system keeps data in whole blocks: the NUL bytes of the
            // blocks a hole starts and ends in are the hole's too.
            let base = allocation.baseAddress!
            if region.lowerBound > offset, holes.last?.at == regionStart {
                var zeros = 0
                while regionStart + zeros < count, base[regionStart + zeros] == 0 { zeros += 1 }
                (base + regionStart).update(from: base + regionStart + zeros, count: count - regionStart - zeros)
                count -= zeros
                holes[holes.count - 1].length += zeros
            }
            if at < Int(info.st_size) {
                var zeros = 0
                while count - zeros > regionStart, base[count - zeros - 1] == 0 { zeros += 1 }
                count -= zeros
                if zeros > 0 { holes.append(Hole(at: count, length: zeros)) }
            }
        }
        if count < limit, position < Int(info.st_size) {
            if holes.last?.at == count { holes[holes.count - 1].length += Int(info.st_size) - position } else {
                holes.append(Hole(at: count, length: Int(info.st_size) - position))
            }
        }
        return .success((UnsafeMutableBufferPointer(rebasing: allocation[0..<count]), allocation, holes))
    }

    /// The stretches of the file from `offset` that hold data, as the file
    /// system says (`SEEK_DATA`, `SEEK_HOLE`); the whole where it cannot say.
    static func dataRegions(_ fd: Int32, from offset: Int, size: Int) -> [Range<Int>] {
        // Linux's values; Glibc hides the names behind _GNU_SOURCE.
        let SEEK_DATA: Int32 = 3, SEEK_HOLE: Int32 = 4
        var regions: [Range<Int>] = []
        var at = offset
        while at < size {
            let data = Int(lseek(fd, off_t(at), SEEK_DATA))
            if data < 0 {
                // ENXIO: nothing but a hole to the end; anything else: no answer.
                if errno != ENXIO { return [offset..<max(offset, size)] }
                break
            }
            let hole = Int(lseek(fd, off_t(data), SEEK_HOLE))
            guard hole > data else { return [offset..<max(offset, size)] }
            regions.append(data..<hole)
            at = hole
        }
        // An empty file, or one that is all hole, is still read to its end: it may be growing.
        if regions.isEmpty { regions.append(size..<size) }
        return regions
    }

    /// Gives the pages of `bytes` before `end` back to the system, from
    /// `start` on, as a feed's parse goes past them: a 100 MB feed is not
    /// held whole while its posts grow. The memory stays `bytes`' (it
    /// reads as zeros), so freeing it later is as ever. Returns how far it
    /// was given back.
    static func release(_ bytes: UnsafeMutableBufferPointer<UInt8>, upTo end: Int, from start: Int) -> Int {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        // Whole pages inside the buffer only, a megabyte or more at a time.
        guard let base = bytes.baseAddress, end - start >= 1 << 20 else { return start }
        let first = (Int(bitPattern: base) + max(start, 1) + page - 1) / page * page
        let last = (Int(bitPattern: base) + min(end, bytes.count)) / page * page
        if last > first { madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, MADV_DONTNEED) }
        return end
    }

    /// The most standard input folio takes: pages piped in are megabytes;
    /// more than this is a mistake (`< /dev/zero`), not an archive.
    public static let standardInputLimit = 1 << 30

    /// Reads `fd` to its end in growing pieces, up to `limit` bytes. Input
    /// that holds NUL bytes in its first 64 KB is no text and is refused at
    /// once, as `grep` calls a file binary.
    static func readAll(_ fd: Int32, limit: Int = standardInputLimit) -> Result<[UInt8], Failure> {
        var bytes = [UInt8](repeating: 0, count: 65536)
        var count = 0
        var checked = false
        while true {
            if count == bytes.count {
                guard count < limit else {
                    return .failure(Failure(message: "more than \(limit >> 20) MB; give folio a file instead"))
                }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - count))
            }
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress! + count, buf.count - count)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            count += n
            if !checked, count >= 65536 || n == 0 {
                checked = true
                if bytes[0..<min(count, 65536)].contains(0) { return .failure(Failure(message: "binary data (NUL bytes), not pages or a feed")) }
            }
        }
        if !checked, bytes[0..<count].contains(0) { return .failure(Failure(message: "binary data (NUL bytes), not pages or a feed")) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    public static func readStandardInput() -> Result<[UInt8], Failure> { readAll(0) }
}
