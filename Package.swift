// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "folio",
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .executable(name: "folio-generate", targets: ["folio-generate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The config file's TOML: toml++ underneath, well kept, offline here.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Posts, captures, corpus: Foundation only, no terminal, no files.
        .target(name: "FolioModel", dependencies: ["CFolioUTF8", "CFolioLines"]),
        // UTF-8 checked sixteen bytes at a time: a tenth of the parse, checked a character at a time.
        .target(name: "CFolioUTF8"),
        // Line feeds found sixty-four bytes at a time, for the same reason.
        .target(name: "CFolioLines"),
        // libxml2's HTML parser: what lxml and most extraction tools stand on,
        // tolerant of real-world markup (Debian's libxml2-dev, whose headers
        // include/libxml points to). Loaded when first used, not linked.
        .target(name: "CLibXML2"),
        // Saved HTML pages read into posts: a format beside the text captures.
        .target(name: "FolioHTML", dependencies: ["FolioModel", "CLibXML2"]),
        // Feeds (RSS, Atom, JSON Feed): libxml2's XML parser, which already
        // reads the HTML, with network and external entities off; their
        // HTML content read into blocks as saved pages' is.
        .target(name: "FolioFeed", dependencies: ["FolioModel", "FolioHTML", "CLibXML2"]),
        // Finding and reading files and standard input, picking each one's
        // format by its content.
        .target(name: "FolioSources", dependencies: ["FolioModel", "FolioHTML", "FolioFeed", "CFolioThread"]),
        // A thread begun on another core than its creator's, which Swift cannot ask for.
        .target(name: "CFolioThread"),
        // Read marks on disk: atomic, locked, merged. No terminal.
        .target(name: "FolioState", dependencies: ["FolioModel"]),
        // glibc's wcwidth is not visible through Swift's Glibc module.
        .target(name: "CFolioWidth"),
        // Reader state, keys, layout and text width: no curses.
        .target(name: "FolioReader", dependencies: ["FolioModel", "CFolioWidth"]),
        // The config file: TOML into the reader's settings, each mistake with its line. No files.
        .target(name: "FolioConfig", dependencies: ["FolioReader", "FolioModel", .product(name: "TOMLKit", package: "TOMLKit")]),
        // ncursesw and what Swift cannot import from it (macros, signal handlers).
        // Debian's libncursesw.so is a linker script that also brings libtinfo.
        .target(name: "CFolioTerminal", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only code that talks to curses.
        .target(name: "FolioTerminal", dependencies: ["FolioReader", "FolioModel", "CFolioTerminal"]),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioModel", "FolioReader", "FolioTerminal", "FolioState", "FolioSources", "FolioConfig", "CFolioCrash",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The toolchain's lld with relative relocations packed (DT_RELR,
            // glibc 2.36): 88,000 of them in 1.8 MB were read at every start,
            // 0.3 ms of the first screen. The binary stays position-independent.
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]
        ),
        // Swift's crash report set to ask for no key before the runtime reads the setting.
        .target(name: "CFolioCrash"),
        // Synthetic corpora for the benchmark.
        .executableTarget(name: "folio-generate"),
        .testTarget(name: "FolioModelTests", dependencies: ["FolioModel", "FolioState", "FolioSources", "FolioHTML", "FolioFeed", "CFolioThread"]),
        .testTarget(name: "FolioReaderTests", dependencies: ["FolioReader", "FolioModel", "FolioConfig"], exclude: ["Snapshots"]),
        // The terminal loop against a scripted terminal: no tmux, no curses screen.
        .testTarget(name: "FolioTerminalTests", dependencies: ["FolioTerminal", "FolioReader", "FolioModel"]),
        // The built binary as a process and in tmux.
        .testTarget(name: "FolioEndToEndTests", dependencies: ["FolioModel", "FolioTerminal"]),
    ]
)

// A member is found only in a module the file imports: otherwise a String
// method of Foundation proper, seen through a dependency that imports it,
// is taken over the standard library's, and links all of Foundation and ICU
// into folio (about 1 ms of every start).
for target in package.targets where [.regular, .executable].contains(target.type) && !target.name.hasPrefix("C") {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
