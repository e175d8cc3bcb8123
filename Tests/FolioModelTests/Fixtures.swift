import Foundation
@testable import FolioModel

enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleFile = repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path

    static func sample() -> Capture {
        let bytes = [UInt8](FileManager.default.contents(atPath: sampleFile)!)
        return CaptureParser.parse(bytes: bytes, file: "seeds/000_3ae1642338b2fb30.txt")
    }

    static func parse(_ text: String, file: String = "t.txt") -> Capture {
        CaptureParser.parse(bytes: Array(text.utf8), file: file)
    }

    static func parse(bytes: [UInt8], file: String = "t.txt") -> Capture {
        CaptureParser.parse(bytes: bytes, file: file)
    }

    static func date(_ iso: String) -> CalendarDate {
        let p = iso.split(separator: "-").map { Int($0)! }
        return CalendarDate(year: p[0], month: p[1], day: p[2])!
    }

    /// The folders of a corpus under `Tests/` (`Corpus`, `Feeds`) that hold
    /// an `expected.json` of `T`, by name, each with what was expected.
    static func corpus<T: Decodable>(_ name: String, of: T.Type) -> [(name: String, folder: URL, expected: T)] {
        let root = repository.appendingPathComponent("Tests/\(name)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = root.appendingPathComponent(name)
            guard let json = FileManager.default.contents(atPath: folder.appendingPathComponent("expected.json").path),
                  let expected = try? JSONDecoder().decode(T.self, from: json) else { return nil }
            return (name, folder, expected)
        }
    }

    /// A temporary directory removed by the caller.
    static func directory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
