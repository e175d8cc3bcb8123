import Foundation
import Testing
@testable import FolioModel

/// What folio does without Foundation proper (JSONSerialization, NSLock,
/// `String(format:)`, NSError's reasons), compared with what Foundation did.
@Suite struct WithoutFoundation {
    /// The same tree as JSONSerialization's, told apart by its description.
    static func shape(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { "\($0):" + shape(object[$0]!) }.joined(separator: ",") + "}"
        case let array as [Any]: return "[" + array.map(shape).joined(separator: ",") + "]"
        case let text as String: return "s" + text
        case is JSONTree.Null, is NSNull: return "null"
        case let truth as Bool where type(of: value) == Bool.self: return truth ? "true" : "false"
        case let number as NSNumber where String(cString: number.objCType) == "c": return number.boolValue ? "true" : "false"
        case let number as Int where type(of: value) == Int.self: return "n\(Double(number))"
        case let number as Double: return "n\(number)"
        case let number as NSNumber: return "n\(number.doubleValue)"
        default: return "?\(value)"
        }
    }

    @Test(arguments: [
        #"{"title": "Ada’s \"notes\"", "items": [{"id": "1", "tags": ["a", "b"]}, {"id": 2, "draft": true}], "x": null}"#,
        #"{"commentCount": 12, "n": 12.5}"#,
        #"[1, -2.5, 1e3, "é\u00e9\ud83d\ude00", false, {}, []]"#,
        #""a lone string""#,
        #"{"@graph": [{"@type": ["Article"], "headline": "Line\nbreak", "author": {"name": "Bo"}}]}"#,
    ])
    func jsonReadsAsJSONSerializationReadIt(text: String) throws {
        let data = Data(text.utf8)
        let theirs = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(Self.shape(try JSONTree.parse(data)) == Self.shape(theirs))
    }

    /// JSON-LD's `commentCount` is read `as? Int`, as JSONSerialization's NSNumber allowed.
    @Test func aWholeNumberReadsAsAnInt() throws {
        let tree = try JSONTree.parse(Data(#"{"commentCount": 12, "rating": 4.5}"#.utf8)) as? [String: Any]
        #expect(tree?["commentCount"] as? Int == 12)
        #expect(tree?["rating"] as? Double == 4.5)
    }

    @Test func notJSONIsAnError() {
        #expect(throws: (any Error).self) { try JSONTree.parse(Data("{\"a\": ".utf8)) }
        #expect(throws: (any Error).self) { try JSONTree.parse(Data("[1, x]".utf8)) }
    }

    @Test func aStringQuotedAsTheFileMayWriteIt() throws {
        for text in ["plain", "a/b", "say \"hi\"", "tab\there", "é"] {
            let theirs = try JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
            #expect(JSONTree.quoted(text) == Array(theirs.dropFirst().dropLast()))
        }
    }

    @Test func digitsArePaddedAsStringFormatPaddedThem() {
        for n in [0, 7, 42, 255, 4095, 65535] {
            #expect(Digits.padded(n, width: 2, radix: 16) == String(format: "%02x", n))
            #expect(Digits.padded(n, width: 4, radix: 16) == String(format: "%04x", n))
            #expect(Digits.padded(n, width: 2, radix: 16, uppercase: true) == String(format: "%02X", n))
            #expect(Digits.padded(n, width: 4) == String(format: "%04d", n))
        }
    }

    @Test func aFileThatCannotBeWrittenSaysWhyInTheSystemsWords() {
        do {
            try Data("x".utf8).write(to: URL(fileURLWithPath: "/nonexistent-folio-folder/file"), options: .atomic)
            Issue.record("the write should fail")
        } catch {
            #expect(ErrorReason.of(error) == "No such file or directory")
        }
    }

    @Test func theDatelineCitiesAreTheTimeZoneDatabasesOneWordCities() {
        let theirs = Set(TimeZone.knownTimeZoneIdentifiers.compactMap { $0.split(separator: "/").last.map(String.init) }
            .filter { !$0.contains("_") })
        #expect(timeZoneCities == theirs)
        #expect(timeZoneCities.contains("Paris") && timeZoneCities.contains("Tokyo") && !timeZoneCities.contains("Buenos Aires"))
    }

    @Test func aLockKeepsTwoThreadsFromCountingOverEachOther() {
        let lock = Lock()
        nonisolated(unsafe) var count = 0
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<10_000 { lock.withLock { count += 1 } }
        }
        #expect(count == 40_000)
    }
}
