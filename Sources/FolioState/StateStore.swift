import FolioModel
import FoundationEssentials
import Glibc

/// Read marks on disk: `state.json` in the state directory, replaced
/// atomically (a temporary file, fsync, rename, fsync of the directory) under
/// an exclusive lock on `state.lock`, and merged with what is on disk at each
/// save so that two folio processes keep each other's marks.
///
/// Sendable by hand: in the reader it is used by one thread only, the
/// saver's, which loads it and then saves through it.
public final class StateStore: @unchecked Sendable {
    public let directory: String
    public var file: String { directory + "/state.json" }
    var lockFile: String { directory + "/state.lock" }

    /// `$XDG_STATE_HOME/folio`, else `~/.local/state/folio`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/folio" }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/state/folio"
    }

    /// Set when the file is there but could not be read: it is never
    /// written over, and saves say why.
    private var unreadable: String?

    public init(directory: String) {
        self.directory = directory
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The marks on disk. A file that cannot be understood is moved aside
    /// (never overwritten) and reported in `warning`; a missing one is empty.
    public func load() -> (marks: ReadMarks, warning: String?) {
        guard let data = FileManager.default.contents(atPath: file) else {
            // There but not readable (its mode, a folder in its place): kept as it is.
            guard access(file, F_OK) != 0 else {
                unreadable = "\(file) is there but cannot be read (\(String(cString: strerror(EACCES))))"
                return (ReadMarks(), unreadable! + "; read marks will not be saved")
            }
            return (ReadMarks(), nil)
        }
        if let marks = Self.decode(data) { return (marks, nil) }
        if let aside = setAside() {
            return (ReadMarks(), "the read marks in \(file) could not be read; moved aside to \(aside), starting afresh")
        }
        unreadable = "\(file) could not be read nor moved aside"
        return (ReadMarks(), "the read marks in \(file) could not be read and not moved aside; they will not be saved")
    }

    /// Moves a state file that cannot be understood out of the way, under a
    /// name no other one has: the time, then a number if that is taken.
    private func setAside() -> String? {
        let stem = file + ".corrupt-" + Self.timestamp()
        for n in 0..<1000 {
            let aside = n == 0 ? stem : "\(stem)-\(n)"
            // link() never replaces: a name taken is tried again with the next number.
            if link(file, aside) == 0 {
                unlink(file)
                return aside
            }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    static func decode(_ data: Data) -> ReadMarks? {
        guard let marks = try? JSONDecoder().decode(ReadMarks.self, from: data), marks.version == 1 else { return nil }
        return marks
    }

    static func timestamp() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        let digits = { (n: Int32, width: Int) in Digits.padded(Int(n), width: width) }
        return digits(parts.tm_year + 1900, 4) + digits(parts.tm_mon + 1, 2) + digits(parts.tm_mday, 2) + "-"
            + digits(parts.tm_hour, 2) + digits(parts.tm_min, 2) + digits(parts.tm_sec, 2)
    }

    /// Writes `changes` over what is on disk now, and returns the merged marks.
    @discardableResult
    public func save(_ changes: ReadMarks) throws -> ReadMarks {
        if let unreadable { throw Failure(description: unreadable + "; not written over") }
        try makeDirectory()
        try checkDirectory()
        let lock = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard lock >= 0 else { throw failure("cannot open \(lockFile)") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure("cannot lock \(lockFile)") }
        }
        defer { flock(lock, LOCK_UN) }
        var isLink = stat()
        if lstat(file, &isLink) == 0, isLink.st_mode & S_IFMT == S_IFLNK {
            throw Failure(description: "\(file) is a symbolic link: not replaced")
        }
        removeStaleTemporaries()
        var merged = ReadMarks()
        if let data = FileManager.default.contents(atPath: file) {
            // What another process wrote and this one cannot read is set aside, never overwritten.
            if let marks = Self.decode(data) {
                merged = marks
            } else if setAside() == nil {
                throw Failure(description: "\(file) could not be read nor moved aside; not written over")
            }
        }
        merged.merge(changes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try write(try encoder.encode(merged))
        return merged
    }

    /// A state folder others can write to could be made to point folio's
    /// writes anywhere: it must be the user's own, writable by no one else.
    private func checkDirectory() throws {
        var info = stat()
        guard lstat(directory, &info) == 0 else { throw failure("cannot look at \(directory)") }
        if info.st_uid != geteuid() { throw Failure(description: "\(directory) is not yours: read marks are not saved there") }
        if info.st_mode & 0o022 != 0 {
            throw Failure(description: "\(directory) can be written by others: read marks are not saved there")
        }
    }

    /// Temporary files of processes that died while saving (kill -9).
    private func removeStaleTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix("state.json.") && name.hasSuffix(".tmp") {
            let middle = name.dropFirst("state.json.".count).dropLast(".tmp".count)
            guard let pid = pid_t(middle), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory + "/" + name)
        }
    }

    private func makeDirectory() throws {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory else { throw Failure(description: "\(directory) is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(description: "cannot create \(directory)")
        }
    }

    private func write(_ data: Data) throws {
        let temporary = "\(file).\(getpid()).tmp"
        // Made anew, never through a link someone planted: one left by a
        // process with this number before is removed (unlink takes the link, not its target).
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 && errno == EEXIST {
            unlink(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { throw failure("cannot write \(temporary)") }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        // errno is read before close and unlink can change it.
        let error = ok ? nil : failure("cannot write \(temporary)")
        close(fd)
        guard ok, rename(temporary, file) == 0 else {
            let error = error ?? failure("cannot replace \(file)")
            unlink(temporary)
            throw error
        }
        let dir = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    private func failure(_ what: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
