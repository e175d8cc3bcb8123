import FolioModel
import FoundationEssentials
import Glibc

/// A large capture's bytes left in its file: its posts' texts are read from
/// it again when shown, searched or printed, so that folio holds the posts'
/// table and not the file a second time. The file stays open, so that one
/// replaced by a new one (as editors and downloads save) is still read as
/// it was; one changed in place, truncated or grown, reads as changed
/// rather than as another post's bytes.
final class FileBytes: KeptBytes, @unchecked Sendable {
    private let fd: Int32
    let size: Int
    /// The bytes the file takes on disk, where a sparse file's holes take none.
    let stored: Int
    private let modified: timespec
    /// The file as it was opened, for its index.
    private(set) var identity: [UInt8]?

    init?(_ path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard fd >= 0 else { return nil }
        guard fstat(fd, &info) == 0 else {
            close(fd)
            return nil
        }
        (size, stored, modified) = (Int(info.st_size), Int(info.st_blocks) * 512, info.st_mtim)
        identity = IndexFiles.identity(fd)
    }

    deinit { close(fd) }

    /// The file's descriptor, for the reads of the parse.
    var descriptor: Int32 { fd }

    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) == size, info.st_mtim.tv_sec == modified.tv_sec,
              info.st_mtim.tv_nsec == modified.tv_nsec, range.upperBound <= size else { return nil }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, range.count))
        defer { buffer.deallocate() }
        var count = 0
        while count < range.count {
            let n = pread(fd, buffer.baseAddress! + count, range.count - count, off_t(range.lowerBound + count))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            count += n
        }
        return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
}
