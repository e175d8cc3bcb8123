import FolioModel
import Dispatch
import FoundationEssentials
import Glibc

/// A large capture's index, kept in the cache folder after it was read
/// whole, so that opening it again needs no parse. An index is trusted only
/// when it names the file as it is now: the same device, inode, size and
/// modification time, and the same first and last 4 KB.
public enum IndexFiles {
    /// The folder indexes are kept in; nil keeps none. Set by the command
    /// line once it has read its options, while the first screen's reading
    /// begun before them (`Opening`) may already look: behind a lock.
    public static var directory: String? {
        get { directoryLock.withLock { storedDirectory } }
        set { directoryLock.withLock { storedDirectory = newValue } }
    }
    nonisolated(unsafe) private static var storedDirectory: String?
    private static let directoryLock = Lock()
    /// Smaller captures parse in less time than an index takes to read.
    static let smallest = 8 << 20

    /// `$XDG_CACHE_HOME/folio`, else `~/.cache/folio`.
    public static func standardDirectory(_ environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/folio" }
        return environment["HOME"].map { $0 + "/.cache/folio" }
    }

    /// The capture `file` holds, from its index, its texts read from `kept`:
    /// only while the file is as `kept` found it when it was opened, so that
    /// a file changed since the reader's first screen is not read half from
    /// one and half from the other.
    static func capture(of file: String, in kept: FileBytes) -> Capture? {
        guard kept.size > smallest, let path = path(of: file), let identity = identity(kept.descriptor),
              identity == kept.identity,
              case .success(let (bytes, allocation, _)) = CaptureFiles.readFile(path) else { return nil }
        defer { allocation.deallocate() }
        // Its posts read in two halves, one on each core.
        guard let opened = CaptureIndex.open(UnsafeBufferPointer(bytes), identity: identity, file: file, kept: kept, size: kept.size),
              let middle = opened.offset(ofPost: opened.count / 2) else { return nil }
        nonisolated(unsafe) var second: [Post]?
        let read = DispatchGroup()
        let niceness = Niceness.current
        DispatchQueue.global().async(group: read) {
            niceness.apply()
            second = opened.posts(opened.count / 2..<opened.count, at: middle)
        }
        let first = opened.posts(0..<opened.count / 2, at: opened.postsAt)
        read.wait()
        guard let first, let second else { return nil }
        var capture = opened.capture
        capture.posts = first + second
        return capture
    }

    /// Writes the index of `capture`, read from `kept`, when the file is
    /// still as it was opened: a file changed while it was read gets none.
    static func keep(_ capture: Capture, of file: String, in kept: FileBytes) {
        guard kept.size > smallest, let directory, let path = path(of: file), let identity = identity(kept.descriptor),
              identity == kept.identity, let index = CaptureIndex.encode(capture, identity: identity) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Written beside and renamed: a reader never sees half an index. One
        // left by a folio that quit while writing it is removed.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasSuffix(".partial") {
            if let pid = name.split(separator: ".").dropLast().last.flatMap({ Int32($0) }), kill(pid, 0) != 0, errno == ESRCH {
                unlink(directory + "/" + name)
            }
        }
        let partial = path + ".\(getpid()).partial"
        let fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        var written = 0
        index.withUnsafeBytes { bytes in
            while written < bytes.count {
                let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                written += n
            }
        }
        close(fd)
        if written < index.count || rename(partial, path) != 0 { unlink(partial) }
    }

    private static let writing = DispatchGroup()

    /// Whether `keep` would write an index of the file `kept` holds.
    static func keeps(_ kept: FileBytes) -> Bool { kept.size > smallest && directory != nil }

    /// `keep` on a thread of its own: the posts are listed on one core while
    /// the index is written on the other.
    static func keepSoon(_ capture: Capture, of file: String, in kept: FileBytes) {
        guard keeps(kept) else { return }
        nonisolated(unsafe) let capture = capture
        writing.enter()
        Detached.run {
            keep(capture, of: file, in: kept)
            writing.leave()
        }
    }

    /// Waits for the indexes being written: before folio exits, so that none is lost.
    public static func finishWriting() { writing.wait() }

    /// Where the index of `file` is: named by a hash of its full path.
    static func path(of file: String) -> String? {
        guard let directory, let real = realpath(file, nil) else { return nil }
        defer { free(real) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in String(cString: real).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return directory + "/" + String(hash, radix: 16) + ".index"
    }

    /// What ties an index to a file: its device, inode, size and modification
    /// time, and its first and last 4 KB.
    static func identity(_ fd: Int32) -> [UInt8]? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var out: [UInt8] = []
        for n in [Int64(info.st_dev), Int64(info.st_ino), Int64(info.st_size), Int64(info.st_mtim.tv_sec),
                  Int64(info.st_mtim.tv_nsec)] {
            withUnsafeBytes(of: n.littleEndian) { out += $0 }
        }
        let size = Int(info.st_size)
        for start in [0, max(0, size - 4096)] {
            var block = [UInt8](repeating: 0, count: min(4096, size))
            let n = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
            guard n == block.count else { return nil }
            out += block
        }
        return out
    }
}
