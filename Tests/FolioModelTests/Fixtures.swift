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

    /// A temporary directory removed by the caller.
    static func directory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
