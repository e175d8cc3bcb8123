import FolioModel
import Foundation

/// Read marks on disk: `state.json` in the state directory, replaced
/// atomically (a temporary file, fsync, rename, fsync of the directory) under
/// an exclusive lock on `state.lock`, and merged with what is on disk at each
/// save so that two folio processes keep each other's marks.
public final class StateStore {
    public let directory: String
    public var file: String { directory + "/state.json" }
    var lockFile: String { directory + "/state.lock" }

    /// `$XDG_STATE_HOME/folio`, else `~/.local/state/folio`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/folio" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/folio"
    }

    public init(directory: String) {
        self.directory = directory
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The marks on disk. A file that cannot be understood is moved aside
    /// (never overwritten) and reported in `warning`; a missing one is empty.
    public func load() -> (marks: ReadMarks, warning: String?) {
        guard let data = FileManager.default.contents(atPath: file) else { return (ReadMarks(), nil) }
        if let marks = Self.decode(data) { return (marks, nil) }
        let aside = file + ".corrupt-" + Self.timestamp()
        if rename(file, aside) == 0 {
            return (ReadMarks(), "the read marks in \(file) could not be read; moved aside to \(aside), starting afresh")
        }
        return (ReadMarks(), "the read marks in \(file) could not be read and not moved aside; they will not be saved")
    }

    static func decode(_ data: Data) -> ReadMarks? {
        guard let marks = try? JSONDecoder().decode(ReadMarks.self, from: data), marks.version == 1 else { return nil }
        return marks
    }

    static func timestamp() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d%02d%02d-%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    /// Writes `changes` over what is on disk now, and returns the merged marks.
    @discardableResult
    public func save(_ changes: ReadMarks) throws -> ReadMarks {
        try makeDirectory()
        let lock = open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw failure("cannot open \(lockFile)") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure("cannot lock \(lockFile)") }
        }
        defer { flock(lock, LOCK_UN) }
        var merged = FileManager.default.contents(atPath: file).flatMap(Self.decode) ?? ReadMarks()
        merged.merge(changes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try write(try encoder.encode(merged))
        return merged
    }

    private func makeDirectory() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(description: "\(directory) is not a directory") }
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
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
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
