import ArgumentParser
import FolioConfig
import FolioModel
import FolioSources
import FolioReader
import FolioState
import FoundationEssentials
import Glibc

@main
struct Folio: ParsableCommand {
    /// ArgumentParser's own `main`, with its messages made inert: a usage
    /// error quotes the argument, which may hold an escape sequence.
    static func main() {
        // Before any thread: setlocale is process-wide.
        TextWidth.setUpLocale()
        if Output.isInteractive { opening = Opening(guessingFrom: Array(CommandLine.arguments.dropFirst())) }
        do {
            var command = try parseAsRoot()
            try command.run()
            IndexFiles.finishWriting()
        } catch {
            IndexFiles.finishWriting()
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let text = message.split(separator: "\n", omittingEmptySubsequences: false).map { VisibleText.clean(String($0)) }
                    .joined(separator: "\n")
                if code == .success { Output.write(text + "\n") } else { Output.errorLine(text) }
            }
            Glibc.exit(code.rawValue)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "folio \(FolioVersion.current): read blogs kept offline (saved pages, text captures, feeds) in the terminal.",
        discussion: """
            With no output option on a terminal, folio opens the reader. With no PATH it \
            opens the sample in the repository's seeds/ folder. `folio --keys` lists the reader's keys.
            """,
        version: FolioVersion.current
    )

    @Argument(help: "Saved pages, text captures and feeds, or folders of them; - reads standard input.") var paths: [String] = []

    @Flag(help: "Print one line per post: date, author, comments, title.") var list = false

    @Flag(help: "With --list: a first column, N for each unread post.") var marks = false

    @Flag(help: "Print the corpus as JSON.") var json = false

    @Option(help: ArgumentHelp("Print one post: its position in the listing, or a piece of its title.",
                               valueName: "selector"))
    var show: String?

    @Flag(help: "Print each author with their number of posts.") var authors = false

    @Option(help: "Only posts by this author (case- and accent-insensitive).") var author: String?

    @Option(help: "Only posts that contain this text.") var search: String?

    @Option(help: "Order: date (newest first), author, title or comments (most first).") var sort: PostOrder = .date

    @Flag(help: "Reverse the order.") var reverse = false

    @Flag(help: "Only unread posts: in the listing, the JSON and the reader (where t shows all).") var unread = false

    @Flag(help: "Print what could not be understood in the captures; exit 1 if anything.") var check = false

    // Unconditional, so that `--width -5` is a width to refuse, not a missing one.
    @Option(parsing: .unconditional, help: "Columns for --show (default: the terminal's width, else 80).") var width: Int?

    @Flag(help: "Draw the reader without colours (as does a non-empty NO_COLOR).") var noColor = false

    @Flag(help: "Let the reader use the mouse: the wheel scrolls, a click selects (or [mouse] in the config).") var mouse = false

    @Flag(help: "Print the reader's keys and what they do.") var keys = false

    @Option(help: ArgumentHelp("Where read marks are kept (default: $XDG_STATE_HOME/folio, else ~/.local/state/folio).",
                               valueName: "dir"))
    var stateDir: String?

    @Flag(help: "Read and write no read marks.") var noState = false

    @Flag(help: "Read and write no index of a large capture: parse it whole each time.") var noIndex = false

    @Option(name: .customLong("mark-read"), help: ArgumentHelp("Mark a post read (a position or a piece of its title); repeatable.", valueName: "selector")) var markRead: [String] = []

    @Option(name: .customLong("mark-unread"), help: ArgumentHelp("Mark a post unread; repeatable.", valueName: "selector")) var markUnread: [String] = []

    @Option(help: ArgumentHelp("The config file (default: $XDG_CONFIG_HOME/folio/config.toml, else ~/.config/folio/config.toml).",
                               valueName: "file"))
    var config: String?

    @Flag(help: "Print every setting with its default and what it does: a config file to start from.") var printConfig = false

    @Flag(help: "Check the config file; print what is wrong in it and exit 1 if anything.") var checkConfig = false

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1.") }
        // Each of these prints something else: two at once is a mistake, not a choice.
        let outputs = [("--list", list), ("--json", json), ("--show", show != nil), ("--authors", authors), ("--check", check),
                       ("--keys", keys), ("--print-config", printConfig), ("--check-config", checkConfig),
                       ("--mark-read", !markRead.isEmpty), ("--mark-unread", !markUnread.isEmpty)].filter(\.1).map(\.0)
        let marking = outputs.filter { $0.hasPrefix("--mark-") }
        let printing = outputs.filter { !$0.hasPrefix("--mark-") }
        if printing.count > 1 { throw ValidationError("\(printing[0]) and \(printing[1]) contradict each other: choose one.") }
        if let output = printing.first, let mark = marking.first {
            throw ValidationError("\(mark) and \(output) contradict each other: marking prints only what it marked.")
        }
        if marks && !list && !(printing.isEmpty && !Output.isInteractive) {
            throw ValidationError("--marks goes with --list.")
        }
        if noState && stateDir != nil { throw ValidationError("--state-dir and --no-state contradict each other.") }
        if noState && !(markRead.isEmpty && markUnread.isEmpty) {
            throw ValidationError("--mark-read and --mark-unread need read marks; drop --no-state.")
        }
    }

    func run() throws {
        if keys {
            Output.write(KeyHelp.text(ConfigFile(named: config).settings.keymap))
            return
        }
        if printConfig {
            Output.write(Config.text())
            return
        }
        if checkConfig {
            let file = ConfigFile(named: config)
            Output.write(file.problems.map { VisibleText.clean($0.description) + "\n" }.joined())
            if !file.problems.isEmpty { throw ExitCode(1) }
            Output.write(file.found ? "\(VisibleText.clean(file.path ?? "")): no problems\n"
                         : "no config file at \(VisibleText.clean(file.path ?? "?")): folio uses its defaults\n")
            return
        }
        // The reader only: the plain outputs leave the terminal as it was,
        // and pay nothing for starting again.
        if !plainOutput, Output.isInteractive { CrashReport.neverWaitForAKey() }
        if !noIndex { IndexFiles.directory = IndexFiles.standardDirectory(ProcessInfo.processInfo.environment) }
        var sources = paths
        if sources.isEmpty {
            guard let sample = SampleCorpus.find() else {
                Output.error("no path given and the sample seeds/ folder was not found; give a capture file or folder")
                throw ExitCode(2)
            }
            sources = [sample]
        }
        // The reader's config is read while the preview begun early may still be read.
        let config = !plainOutput && Output.isInteractive ? configFile : nil
        if let config, try openWhileReading(sources, config: config) { return }
        let outcome = CaptureFiles.load(sources)
        // Said now, and again on the reader's status line, which covers the terminal they were said on.
        var said: [String] = []
        for (path, reason) in outcome.unreadable {
            said.append("\(VisibleText.clean(path)): \(reason)")
            Output.error(said.last!)
        }
        let corpus = outcome.corpus

        if check {
            Output.write(corpus.problems.map { VisibleText.clean($0.description) + "\n" }.joined())
            if outcome.filesRead == 0 { throw ExitCode(2) }
            throw ExitCode(corpus.problems.isEmpty ? 0 : 1)
        }
        guard outcome.filesRead > 0 else {
            Output.error("nothing could be read")
            throw ExitCode(2)
        }
        guard !corpus.posts.isEmpty else {
            // What was read is still a document for scripts: the site, no
            // posts, the problems.
            if json { Output.write(CorpusJSON.render(site: corpus.site, posts: [], problems: corpus.problems)) }
            Output.error("no posts found in \(sources.map(VisibleText.clean).joined(separator: ", "))")
            throw ExitCode(2)
        }
        if !corpus.problems.isEmpty && !json {
            let n = corpus.problems.count
            said.append("\(n) problem\(n == 1 ? "" : "s") in the captures; folio --check lists them")
            Output.error(said.last!)
        }

        let filter = PostFilter(author: author, text: search)
        let posts = sort.sorted(filter.apply(corpus.posts), reversed: reverse)
        let store = stateStore

        if !markRead.isEmpty || !markUnread.isEmpty {
            try mark(in: posts, store: store!)
            return
        }
        if !plainOutput, Output.isInteractive {
            try Interactive.run(corpus: corpus, filter: filter, order: sort, reversed: reverse, unreadOnly: unread,
                                color: wantsColor, store: store, corpusKey: Self.corpusKey(sources),
                                config: config ?? configFile, said: said)
            return
        }
        // Loaded once: a file that cannot be read is moved aside by the load.
        let hasMarks = store.map { FileManager.default.fileExists(atPath: $0.file) } ?? false
        let loaded = store?.load() ?? (marks: ReadMarks(), warning: nil)
        // JSON says `read` once there are marks to say it from.
        let marks = hasMarks && loaded.warning == nil ? loaded.marks : nil
        if let warning = loaded.warning { Output.error(VisibleText.clean(warning)) }
        let shown = unread ? posts.filter { !loaded.marks.isRead($0.stableID) } : posts

        if json {
            let extra: (Post) -> [(String, String)] = { post in
                marks.map { [("read", $0.isRead(post.stableID) ? "true" : "false")] } ?? []
            }
            CorpusJSON.render(site: corpus.site, posts: shown, problems: corpus.problems, extra: extra, into: Output.write)
        } else if authors {
            Output.write(PlainOutput.authors(Corpus.authors(of: shown)))
        } else if let show {
            let post = try select(show, in: shown)
            Output.write(PlainOutput.article(post, width: width ?? Output.terminalWidth() ?? 80))
        } else {
            // The same columns with or without read marks; the marks column only when asked.
            let read = loaded.marks
            let column: @Sendable (Post) -> String?
            if self.marks { column = { read.isRead($0.stableID) ? " " : "N" } } else { column = { _ in nil } }
            Output.list(shown, marks: column)
        }
        // Everything is written (unbuffered). The posts are left to the
        // process's end rather than freed one by one: 100,000 posts take
        // a tenth of a second to free, for nothing.
        IndexFiles.finishWriting()
        Glibc.exit(0)
    }

    /// The reader's first screen, begun before the command line is parsed.
    nonisolated(unsafe) static var opening: Opening?

    /// A large archive opened in the reader shows its first screen at once,
    /// from its first and last 64 KB, and a folder of many pages from its
    /// first pages, while the whole is read on a thread. False when this
    /// does not apply: folio then reads everything first.
    func openWhileReading(_ sources: [String], config: ConfigFile) throws -> Bool {
        guard let preview = Self.opening.map({ $0.preview(sources) }) ?? Opening.preview(sources) else { return false }
        try Interactive.run(corpus: preview.head, filter: PostFilter(author: author, text: search), order: sort,
                            reversed: reverse, unreadOnly: unread, color: wantsColor, store: stateStore, corpusKey: Self.corpusKey(sources),
                            config: config, rest: Arrival(sources, after: preview, opening: Self.opening))
        return true
    }

    /// Whether an output for scripts is asked for, rather than the reader.
    var plainOutput: Bool { list || json || authors || check || show != nil || !markRead.isEmpty || !markUnread.isEmpty }

    /// The config file, with `--mouse` over what it says.
    var configFile: ConfigFile {
        var file = ConfigFile(named: config)
        if mouse { file.settings.mouse = true }
        // `w` proposes ~/Downloads where there is one, else the folder folio
        // runs in. Home is $HOME, as `~` is when a file is saved there (and
        // no look-up of the user's entry, a millisecond before the first screen).
        let downloads = (ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/Downloads"
        var isFolder = false
        file.settings.saveFolder = FileManager.default.fileExists(atPath: downloads, isDirectory: &isFolder) && isFolder
            ? "~/Downloads" : FileManager.default.currentDirectoryPath
        return file
    }

    /// Where read marks live, or nil under --no-state.
    var stateStore: StateStore? {
        noState ? nil : StateStore(directory: stateDir ?? StateStore.defaultDirectory())
    }

    /// Colours unless --no-color or NO_COLOR says otherwise: set and not
    /// empty, as no-color.org has it.
    var wantsColor: Bool { !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty }

    /// Names a corpus by the paths it was read from, wherever folio runs.
    static func corpusKey(_ sources: [String]) -> String {
        let paths = sources.map { path -> String in
            guard path != "-", let real = realpath(path, nil) else { return path }
            defer { free(real) }
            return String(cString: real)
        }
        return StableHash.hex(paths.sorted().joined(separator: "\n"))
    }

    /// `--mark-read` and `--mark-unread`: each mark is saved before the next,
    /// and a line says so once it is on disk.
    func mark(in posts: [Post], store: StateStore) throws {
        for (selectors, read) in [(markRead, true), (markUnread, false)] {
            for selector in selectors {
                let post = try select(selector, in: posts)
                var change = ReadMarks()
                change.set(post.stableID, read: read, at: Date().timeIntervalSince1970)
                do {
                    try store.save(change)
                } catch {
                    Output.error("read marks not saved: " + VisibleText.clean(ErrorReason.of(error)))
                    throw ExitCode(1)
                }
                Output.write("\(read ? "read" : "unread"): \(VisibleText.clean(post.title))\n")
            }
        }
    }

    /// A post by its 1-based position in the listing, or by a piece of its title.
    func select(_ selector: String, in posts: [Post]) throws -> Post {
        if let n = Int(selector) {
            guard n >= 1 && n <= posts.count else {
                Output.error("no post \(n): the listing has \(posts.count)")
                throw ExitCode(1)
            }
            return posts[n - 1]
        }
        let needle = SearchKey.fold(selector)
        let found = posts.filter { SearchKey.fold($0.title).contains(needle) }
        if found.count == 1 { return found[0] }
        if let exact = found.first(where: { SearchKey.fold($0.title) == needle }) { return exact }
        if found.isEmpty {
            Output.error("no post title contains “\(VisibleText.clean(selector))”")
        } else {
            Output.error("“\(VisibleText.clean(selector))” matches \(found.count) posts; be more precise:")
            let numbers = found.map { String(posts.firstIndex(of: $0)! + 1) }
            let width = numbers.map(\.count).max() ?? 0
            for (n, post) in zip(numbers, found) {
                let pad = String(repeating: " ", count: width - n.count)
                Output.errorLine("  \(pad)\(n)  \(VisibleText.clean(post.title))")
            }
        }
        throw ExitCode(1)
    }
}

extension PostOrder: ExpressibleByArgument {}
