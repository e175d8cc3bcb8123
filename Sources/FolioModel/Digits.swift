/// A number in a fixed count of digits, zeros in front: what `%02x` and
/// `%04d` wrote, without Foundation's `String(format:)`.
public enum Digits {
    public static func padded(_ value: Int, width: Int, radix: Int = 10, uppercase: Bool = false) -> String {
        let text = String(value, radix: radix, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
