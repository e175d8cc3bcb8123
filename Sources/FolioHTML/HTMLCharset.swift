import Foundation
/// The character set a page's bytes are in: a byte-order mark, a `<meta
/// charset>` or `http-equiv` Content-Type, else UTF-8 when the bytes are
/// that, else Windows-1252, which is what browsers assume.
struct HTMLCharset {
    var name: String
    var problem: String?

    static func of(_ bytes: [UInt8]) -> HTMLCharset {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return HTMLCharset(name: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return HTMLCharset(name: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return HTMLCharset(name: "UTF-16BE") }
        let valid = String(validating: bytes, as: UTF8.self) != nil
        if let declared = declared(bytes), !known.contains(declared) {
            return HTMLCharset(name: valid ? "UTF-8" : "windows-1252",
                               problem: "charset “\(declared)” not known; read as \(valid ? "UTF-8" : "Windows-1252")")
        }
        if let declared = declared(bytes) {
            // A page that says one charset and is another: its bytes win
            // where they can only be UTF-8.
            if declared != "utf-8", valid, bytes.contains(where: { $0 >= 0x80 }),
               !["shift_jis", "euc-jp", "gb2312", "gbk", "gb18030", "big5", "euc-kr", "iso-2022-jp"].contains(declared) {
                return HTMLCharset(name: "UTF-8")
            }
            // ISO-8859-1 is read as browsers read it, as Windows-1252.
            return HTMLCharset(name: declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" ? "windows-1252" : declared)
        }
        return HTMLCharset(name: valid ? "UTF-8" : "windows-1252")
    }

    static let known: Set<String> = ["utf-8", "utf8", "iso-8859-1", "latin1", "us-ascii", "windows-1252", "cp1252",
                                     "iso-8859-2", "iso-8859-5", "iso-8859-7", "iso-8859-9", "iso-8859-15", "windows-1250",
                                     "windows-1251", "windows-1253", "windows-1254", "koi8-r", "koi8-u", "shift_jis",
                                     "euc-jp", "iso-2022-jp", "gb2312", "gbk", "gb18030", "big5", "euc-kr", "utf-16",
                                     "utf-16le", "utf-16be"]

    /// The charset the first 4 KB declare, lower case.
    static func declared(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let at = head.range(of: "charset=") else { return nil }
        let value = head[at.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !value.isEmpty else { return nil }
        let name = String(value)
        return ["sjis": "shift_jis", "x-sjis": "shift_jis", "shift-jis": "shift_jis", "utf8": "utf-8", "cp1252": "windows-1252"][name] ?? name
    }
}
