import FolioModel
import FoundationEssentials

/// The character set a page's bytes are in: a byte-order mark, a `<meta
/// charset>` or `http-equiv` Content-Type, else UTF-8 when the bytes are
/// that, else Windows-1252, which is what browsers assume.
struct HTMLCharset {
    var name: String
    var problem: Problem?
    /// A UTF-8 page with stray bytes, each to be made U+FFFD before libxml2
    /// reads it: libxml2 would read the rest of the page as Latin-1, raw C1
    /// controls and `’` as three letters.
    var mended = false

    static func of(_ bytes: [UInt8], file: String) -> HTMLCharset {
        let damage = UTF8Damage(bytes)
        let valid = damage == nil
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return damage.map { mending($0, file: file) } ?? HTMLCharset(name: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return HTMLCharset(name: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return HTMLCharset(name: "UTF-16BE") }
        if let damage, damage.mostlyUTF8, declared(bytes).map({ $0 == "utf-8" || !known.contains($0) }) ?? true {
            return mending(damage, file: file)
        }
        if let declared = declared(bytes), !known.contains(declared) {
            return HTMLCharset(name: valid ? "UTF-8" : "windows-1252",
                               problem: Problem(file: file, line: 1,
                                                message: "charset “\(declared)” not known; read as \(valid ? "UTF-8" : "Windows-1252")"))
        }
        if let declared = declared(bytes) {
            if declared == "utf-8", let damage {
                return HTMLCharset(name: "windows-1252", problem: Problem(file: file, line: damage.firstLine,
                                                                          message: "bytes that are not UTF-8; read as Windows-1252"))
            }
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

    static func mending(_ damage: UTF8Damage, file: String) -> HTMLCharset {
        HTMLCharset(name: "UTF-8", problem: .invalidUTF8(file: file, line: damage.firstLine, lines: damage.lines), mended: true)
    }

    /// The bytes libxml2 is given.
    func bytes(of page: [UInt8]) -> [UInt8] {
        mended ? Array(String(decoding: page, as: UTF8.self).utf8) : page
    }

    static let known: Set<String> = ["utf-8", "utf8", "iso-8859-1", "latin1", "us-ascii", "windows-1252", "cp1252",
                                     "iso-8859-2", "iso-8859-5", "iso-8859-7", "iso-8859-9", "iso-8859-15", "windows-1250",
                                     "windows-1251", "windows-1253", "windows-1254", "koi8-r", "koi8-u", "shift_jis",
                                     "euc-jp", "iso-2022-jp", "gb2312", "gbk", "gb18030", "big5", "euc-kr", "utf-16",
                                     "utf-16le", "utf-16be"]

    /// The charset the first 4 KB declare, lower case.
    static func declared(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let at = head.firstRange(of: "charset=") else { return nil }
        let value = head[at.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !value.isEmpty else { return nil }
        let name = String(value)
        return ["sjis": "shift_jis", "x-sjis": "shift_jis", "shift-jis": "shift_jis", "utf8": "utf-8", "cp1252": "windows-1252"][name] ?? name
    }
}
