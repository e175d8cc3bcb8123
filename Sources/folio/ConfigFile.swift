import FolioConfig
import FolioModel
import FolioReader
import FoundationEssentials

/// The config file on disk: found, read, and what was wrong in it.
struct ConfigFile {
    var path: String?
    var settings = ReaderSettings()
    var problems: [Problem] = []
    /// Whether the file was there to read.
    var found = false

    /// `--config FILE`, else the default place; a default file that is not
    /// there is no error, a named one is.
    init(named: String?) {
        path = named ?? Config.defaultPath(environment: ProcessInfo.processInfo.environment)
        guard let path else { return }
        guard let data = FileManager.default.contents(atPath: path) else {
            if named != nil || FileManager.default.fileExists(atPath: path) {
                problems = [Problem(file: path, line: 1, message: "cannot be read; every setting is at its default")]
            }
            return
        }
        found = true
        (settings, problems) = Config.read(String(decoding: data, as: UTF8.self), file: path)
    }

    /// What the status line says of the problems, if any.
    var warning: String? {
        guard let first = problems.first else { return nil }
        let more = problems.count > 1 ? " (\(problems.count - 1) more: folio --check-config)" : ""
        // The file's name: its folder is in the full message on the way out.
        let name = first.file.split(separator: "/").last.map(String.init) ?? first.file
        return "config: " + VisibleText.clean("\(name):\(first.line): \(first.message)") + more
    }
}
