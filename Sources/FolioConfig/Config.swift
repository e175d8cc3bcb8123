import FolioModel
import FolioReader
import FoundationEssentials
import TOMLKit

/// The config file: TOML, read with TOMLKit (toml++) rather than a parser
/// of our own. A setting that is wrong is named with its file and line and
/// left at its default; the rest still apply. No files are read here.
public enum Config {
    /// `$XDG_CONFIG_HOME/folio/config.toml`, else `~/.config/folio/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") { return base + "/folio/config.toml" }
        return environment["HOME"].map { $0 + "/.config/folio/config.toml" }
    }

    public static func read(_ text: String, file: String) -> (settings: ReaderSettings, problems: [Problem]) {
        var reading = ConfigReading(lines: ConfigLines(text), file: file)
        do {
            let table = try TOMLTable(string: text)
            reading.read(table)
        } catch let error as TOMLParseError {
            // Nothing can be trusted of a file that is not TOML: all defaults.
            return (ReaderSettings(), [Problem(file: file, line: max(1, error.source.begin.line),
                                               message: "not TOML: \(error.description); every setting is at its default")])
        } catch {
            return (ReaderSettings(), [Problem(file: file, line: 1, message: "not TOML: \(error)")])
        }
        return (reading.settings, reading.problems)
    }
}

/// Where each setting is in the file: TOMLKit gives values, not their lines.
struct ConfigLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var section = ""
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                section = Self.name(line.dropFirst().prefix { $0 != "]" })
                lines[section] = lines[section] ?? n + 1
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.name(line[..<equals])
                let path = section.isEmpty ? key : section + "." + key
                lines[path] = lines[path] ?? n + 1
            }
        }
    }

    /// `keys.index` of `[ keys . "index" ]`.
    static func name(_ text: Substring) -> String {
        text.split(separator: ".").map { $0.trimming(\.isWhitespace).trimmingCharacters("\"'") }
            .joined(separator: ".")
    }

    /// The line of `path`, else of what holds it.
    func line(_ path: [String]) -> Int {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return 1
    }
}

/// One reading of a file: the settings so far and what was wrong.
struct ConfigReading {
    let lines: ConfigLines
    let file: String
    var settings = ReaderSettings()
    var problems: [Problem] = []

    init(lines: ConfigLines, file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func problem(_ path: [String], _ message: String) {
        problems.append(Problem(file: file, line: lines.line(path), message: message + "; the default is kept"))
    }

    mutating func read(_ table: TOMLTable) {
        for (section, value) in table.sorted(by: { lines.line([$0.0]) < lines.line([$1.0]) }) {
            guard let inner = value.table else {
                problem([section], "`\(section)` is a section of its own: [\(section)]")
                continue
            }
            switch section {
            case "keys": readKeys(inner)
            case "colors": readColors(inner)
            case "layout": readLayout(inner)
            case "reading": readReading(inner)
            case "mouse": readMouse(inner)
            case "links": readLinks(inner)
            default: problem([section], "no section [\(section)] (there are [keys], [colors], [layout], [reading], [mouse] and [links])")
            }
        }
    }

    /// Each entry of `table` in the file's order.
    func entries(_ table: TOMLTable, in path: [String]) -> [(String, TOMLValueConvertible)] {
        table.sorted { lines.line(path + [$0.0]) < lines.line(path + [$1.0]) }
    }

    mutating func readKeys(_ table: TOMLTable) {
        for (name, value) in entries(table, in: ["keys"]) {
            guard let mode = KeyMode(rawValue: name), let bindings = value.table else {
                let where_ = Action(configName: name) != nil ? "an action goes under [keys.index], [keys.reading] or [keys.anywhere]"
                    : "no key mode `\(name)` (there are [keys.index], [keys.reading] and [keys.anywhere])"
                problem(["keys", name], where_)
                continue
            }
            var taken: [Key: Action] = [:]
            for (actionName, value) in entries(bindings, in: ["keys", name]) {
                let path = ["keys", name, actionName]
                guard let action = Action(configName: actionName) else {
                    problem(path, "no action `\(actionName)` (folio --print-config lists them)")
                    continue
                }
                let names: [String]? = value.string.map { [$0] } ?? value.array.flatMap { array in
                    let strings = array.map(\.string)
                    return strings.contains(nil) ? nil : strings.compactMap { $0 }
                }
                guard let names else {
                    problem(path, "`\(actionName)` takes a key or a list of keys (\"j\", [\"j\", \"Down\"], [] for none)")
                    continue
                }
                var keys: [Key] = []
                for keyName in names {
                    guard let key = Key(name: keyName) else {
                        problem(path, "“\(keyName)” is no key (a character, Space, Up, Down, Left, Right, PgUp, PgDn, Home, End, "
                                + "Enter, Esc, Tab, Backspace, or ^X for Ctrl-X)")
                        continue
                    }
                    if let other = taken[key], other != action {
                        problem(path, "“\(keyName)” is bound twice in [keys.\(name)]: to \(other.configName) and \(action.configName)")
                        continue
                    }
                    taken[key] = action
                    keys.append(key)
                }
                // None of the keys named could be had: the action keeps its own.
                if keys.isEmpty && !names.isEmpty { continue }
                settings.keymap.bind(action, to: keys, in: mode)
            }
        }
    }

    mutating func readColors(_ table: TOMLTable) {
        for (roleName, value) in entries(table, in: ["colors"]) {
            let path = ["colors", roleName]
            guard let role = Role.allCases.first(where: { $0.configName == roleName }) else {
                problem(path, "no screen role `\(roleName)` (folio --print-config lists them)")
                continue
            }
            guard let fields = value.table else {
                problem(path, "`\(roleName)` takes { fg = \"…\", bg = \"…\", attrs = [\"bold\", …] }")
                continue
            }
            var look = settings.colors.look(role)
            for (field, value) in fields {
                switch field {
                case "fg", "bg":
                    guard let name = value.string, let color = Color(name: name) else {
                        problem(path, "“\(value.string ?? "\(value)")” is no colour for `\(roleName).\(field)` (default, "
                                + Color.Name.allCases.map(\.rawValue).joined(separator: ", ") + ", 0-255 or #rrggbb)")
                        continue
                    }
                    if field == "fg" { look.foreground = color } else { look.background = color }
                case "attrs":
                    let names = value.array?.map(\.string)
                    let attributes = names?.map { $0.flatMap(Attribute.init(rawValue:)) }
                    guard let attributes, !attributes.contains(nil) else {
                        problem(path, "`\(roleName).attrs` is a list of " + Attribute.allCases.map(\.rawValue).joined(separator: ", "))
                        continue
                    }
                    look.attributes = Set(attributes.compactMap { $0 })
                default:
                    problem(path, "`\(roleName)` has fg, bg and attrs, not `\(field)`")
                }
            }
            settings.colors.looks[role] = look
        }
    }

    mutating func readLayout(_ table: TOMLTable) {
        for (name, value) in entries(table, in: ["layout"]) {
            let path = ["layout", name]
            switch name {
            case "side_by_side_width": number(value, path, 40...1000) { $0.sideBySideWidth = $1 }
            case "index_share": number(value, path, 10...90) { $0.indexShare = $1 }
            case "measure": number(value, path, 20...400) { $0.measure = $1 }
            case "center": flag(value, path) { $0.centered = $1 }
            case "date_format":
                guard let format = value.string.flatMap(ReaderSettings.DateFormat.init(rawValue:)) else {
                    problem(path, "`date_format` is " + ReaderSettings.DateFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
                    continue
                }
                settings.dateFormat = format
            default: problem(path, "no setting `layout.\(name)`")
            }
        }
    }

    mutating func readReading(_ table: TOMLTable) {
        for (name, value) in entries(table, in: ["reading"]) {
            let path = ["reading", name]
            switch name {
            case "read_after":
                guard let seconds = value.double ?? value.int.map(Double.init), seconds >= 0, seconds <= 3600 else {
                    problem(path, "`read_after` is a number of seconds from 0 to 3600")
                    continue
                }
                settings.readAfter = seconds
            case "mark_passed": flag(value, path) { $0.markPassed = $1 }
            case "space_goes_on": flag(value, path) { $0.spaceGoesOn = $1 }
            default: problem(path, "no setting `reading.\(name)`")
            }
        }
    }

    mutating func readMouse(_ table: TOMLTable) {
        for (name, value) in entries(table, in: ["mouse"]) {
            if name == "enabled" { flag(value, ["mouse", name]) { $0.mouse = $1 } } else { problem(["mouse", name], "no setting `mouse.\(name)`") }
        }
    }

    mutating func readLinks(_ table: TOMLTable) {
        for (name, value) in entries(table, in: ["links"]) {
            switch name {
            case "hyperlinks": flag(value, ["links", name]) { $0.hyperlinks = $1 }
            case "osc52": flag(value, ["links", name]) { $0.copyWithOSC52 = $1 }
            default: problem(["links", name], "no setting `links.\(name)`")
            }
        }
    }

    mutating func number(_ value: TOMLValueConvertible, _ path: [String], _ range: ClosedRange<Int>,
                         _ set: (inout ReaderSettings, Int) -> Void) {
        guard let n = value.int, range.contains(n) else {
            problem(path, "`\(path.last!)` is a whole number from \(range.lowerBound) to \(range.upperBound)")
            return
        }
        set(&settings, n)
    }

    mutating func flag(_ value: TOMLValueConvertible, _ path: [String], _ set: (inout ReaderSettings, Bool) -> Void) {
        guard let flag = value.bool else {
            problem(path, "`\(path.last!)` is true or false")
            return
        }
        set(&settings, flag)
    }
}
