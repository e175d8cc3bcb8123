import FoundationEssentials

/// JSON read into the values JSONSerialization gives: `[String: Any]`,
/// `[Any]`, `String`, `Int` for a whole number (JSON-LD's `commentCount`),
/// else `Double`, `Bool`, and `JSONTree.null`. JSONDecoder
/// reads it, as JSONSerialization is in Foundation proper, whose loading
/// took about 1 ms of every start of folio.
public enum JSONTree {
    public struct Null: Sendable {}
    public static let null = Null()

    /// The tree of `data`, a fragment (a lone string, a number) or a whole document.
    public static func parse(_ data: Data) throws -> Any { try JSONDecoder().decode(Node.self, from: data).value }

    /// `text` as a JSON string, quotes included: `"a\/b"`.
    public static func quoted(_ text: String) -> [UInt8]? { (try? JSONEncoder().encode(text)).map(Array.init) }

    private struct Node: Decodable {
        let value: Any

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if let text = try? single.decode(String.self) {
                value = text
            } else if let object = try? single.decode([String: Node].self) {
                value = object.mapValues(\.value)
            } else if let array = try? single.decode([Node].self) {
                value = array.map(\.value)
            } else if let number = try? single.decode(Int.self) {
                value = number
            } else if let number = try? single.decode(Double.self) {
                value = number
            } else if let truth = try? single.decode(Bool.self) {
                value = truth
            } else if single.decodeNil() {
                value = JSONTree.null
            } else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "not a JSON value")
            }
        }
    }
}
