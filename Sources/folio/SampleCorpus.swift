import FoundationEssentials

/// Where the sample capture is when no path is given: `seeds/` beside the
/// repository the binary was built in, found from the binary's own path
/// (`.build/<triple>/debug/folio` is three levels below the repository), then
/// from this source file's path, then in the working directory.
enum SampleCorpus {
    static func find() -> String? {
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(dir.appendingPathComponent("seeds"))
                dir.deleteLastPathComponent()
            }
        }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repository.appendingPathComponent("seeds"))
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("seeds"))
        for dir in candidates {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            if files.contains(where: { $0.hasSuffix(".txt") }) { return relative(dir.standardizedFileURL.path) }
        }
        return nil
    }

    /// `seeds` rather than `/home/me/folio/seeds` when run from the repository,
    /// so that sources in the output read as the user would write them.
    static func relative(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}
