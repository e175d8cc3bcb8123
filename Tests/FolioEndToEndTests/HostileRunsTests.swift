import Foundation
import Testing

/// How folio ends when the world around it fails: outputs that cannot be
/// written, arguments that carry escapes, signals.
@Suite(.serialized) struct HostileRuns {
    /// `"$0"` is folio in these shell lines.
    static func shell(_ script: String, stdin: Data? = nil) throws -> FolioProcess.Result {
        try FolioProcess.run([], stdin: stdin, prefix: ["/bin/bash", "-c", script])
    }

    @Test func aClosedOrFullOutputEndsWithStatusOneNotASignal() throws {
        let closed = try Self.shell(#""$0" --list >&-; echo "status=$?" >&2"#)
        #expect(closed.stderr.contains("status=1"), "\(closed.stderr)")
        #expect(closed.stderr.contains("cannot write the output"))
        let full = try Self.shell(#""$0" --list > /dev/full; echo "status=$?" >&2"#)
        #expect(full.stderr.contains("status=1"))
        #expect(full.stderr.contains("folio: cannot write the output: No space left on device"))
        // Standard error closed as well: still a status, never a crash.
        let noError = try Self.shell(#""$0" --list /no/such/file >/dev/null 2>&-; echo "status=$?""#)
        #expect(noError.stdout == "status=2\n")
        let both = try Self.shell(#""$0" --list >&- 2>&-; echo "status=$?""#)
        #expect(both.stdout == "status=1\n")
    }

    @Test func aReaderThatGoesAwayWithSIGPIPEIgnoredEndsItQuietly() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("big.txt").path
        let generator = URL(fileURLWithPath: FolioProcess.binary).deletingLastPathComponent().appendingPathComponent("folio-generate").path
        _ = try Self.shell("'\(generator)' 3000 1 > '\(big)'")
        // As Python's subprocess and systemd run programs: SIGPIPE ignored, so the write fails with EPIPE.
        let r = try Self.shell("trap '' PIPE; \"$0\" --list --no-state '\(big)' | head -1 > /dev/null; echo \"status=${PIPESTATUS[0]}\"")
        #expect(r.stdout == "status=1\n", "\(r.stdout) \(r.stderr)")
        #expect(!r.stderr.contains("cannot write"))
    }

    @Test func aFileWhoseNameIsNotUTF8IsSaidNotSkippedSilently() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sample = FolioProcess.repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path
        _ = try Self.shell("cp '\(sample)' '\(dir.path)/good.txt'; cp '\(sample)' \"\(dir.path)/caf$(printf '\\351').txt\"")
        let r = try FolioProcess.run(["--list", "--no-state", dir.path])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 20)
        #expect(r.stderr.contains("caf\u{FFFD}.txt: its name is not UTF-8"), "\(r.stderr)")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads a folder of mode 000"))
    func anUnreadableFolderIsSaid() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { chmod(dir.path + "/locked", 0o755); try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(atPath: dir.path + "/locked", withIntermediateDirectories: true)
        chmod(dir.path + "/locked", 0)
        let r = try FolioProcess.run(["--list", "--no-state", dir.path])
        #expect(r.stderr.contains("locked: cannot read this folder: Permission denied"))
    }

    @Test func twoThousandNestedFoldersAreWalkedAtOnce() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { _ = try? Self.shell("rm -rf '\(dir.path)'") }
        let sample = FolioProcess.repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path
        try FileManager.default.copyItem(atPath: sample, toPath: dir.path + "/top.txt")
        // Each level made from the one above's descriptor: no path is resolved twice.
        var parent = open(dir.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<2000 {
            mkdirat(parent, "d", 0o755)
            let child = openat(parent, "d", O_RDONLY | O_DIRECTORY)
            close(parent)
            parent = child
        }
        close(parent)
        // Was over 60 s (a realpath of each ever longer path); the run's deadline is 20 s.
        let r = try FolioProcess.run(["--list", "--no-state", dir.path], timeout: 20)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 20)
    }

    @Test func endlessOrBinaryStandardInputIsRefusedAtOnce() throws {
        let zero = try Self.shell(#""$0" --list - < /dev/zero; echo "status=$?" >&2"#)
        #expect(zero.stderr.contains("folio: standard input: binary data (NUL bytes), not pages or a feed"), "\(zero.stderr)")
        #expect(zero.stderr.contains("status=2"))
    }

    /// A file of 64 GB that holds nothing (sparse) is not 64 GB of memory:
    /// it is read as what it holds, and said.
    @Test func aFileLargerThanMemoryIsReadAsWhatItHolds() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = dir.appendingPathComponent("huge.txt").path
        // Sparse: 64 GB on paper, nothing on disk.
        FileManager.default.createFile(atPath: huge, contents: nil)
        try #require(truncate(huge, 64 << 30) == 0)
        let r = try FolioProcess.run(["--list", "--no-state", huge])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no posts found in \(huge)"), "\(r.stderr)")
        let check = try FolioProcess.run(["--check", "--no-state", huge])
        #expect(check.stdout.contains("huge.txt:1: 65536 MB of nothing (a hole in the file) skipped"), "\(check.stdout)")
    }

    /// The sample with a 64 GB hole before its last posts: every post is
    /// read, the hole named by its line, and nothing allocated for it.
    @Test func aCaptureWithAHugeHoleIsReadWhole() throws {
        let dir = FolioProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let holed = dir.appendingPathComponent("holed.txt").path
        try Self.writeSampleWithAHole(to: holed)
        let expected = try FolioProcess.run(["--list", "--no-state", FolioProcess.sample])
        let r = try Self.shell(#"ulimit -v 4000000; "$0" --list --no-state "$1""#.replacingOccurrences(of: "$1", with: holed))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == expected.stdout)
        let check = try FolioProcess.run(["--check", "--no-state", holed])
        #expect(check.stdout.contains("holed.txt:46: 65536 MB of nothing (a hole in the file) skipped"), "\(check.stdout)")
    }

    /// The sample cut before the post at line 46, 64 GB of hole, then the rest.
    static func writeSampleWithAHole(to path: String) throws {
        let sample = try String(contentsOfFile: FolioProcess.sample, encoding: .utf8)
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
        let head = lines[0..<45].joined(separator: "\n") + "\n"
        let tail = lines[45...].joined(separator: "\n")
        try head.write(toFile: path, atomically: false, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64(head.utf8.count) + (64 << 30))
        try handle.write(contentsOf: Data(tail.utf8))
        try handle.close()
    }

    @Test func usageErrorsShowTheirArgumentsInert() throws {
        let r = try FolioProcess.run(["--sort", "x\u{1B}]0;PWN\u{7}"])
        #expect(r.status == 64)
        #expect(!r.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(r.stderr.contains("^[]0;PWN^G"))
        let file = try FolioProcess.run(["--\u{1B}]0;PWNED\u{7}.txt"])
        #expect(file.status == 64)
        #expect(!file.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // Help and version are still printed on standard output, whole.
        #expect(try FolioProcess.run(["--help"]).stdout.contains("USAGE: folio"))
    }
}
