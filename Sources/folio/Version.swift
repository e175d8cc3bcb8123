/// folio's version: `--version`, the help's first line, the man page.
enum FolioVersion {
    static let current = "0.15.0"
}
