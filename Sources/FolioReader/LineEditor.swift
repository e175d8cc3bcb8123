/// A line of text being typed: the prompt's editing keys, with the cursor
/// counted in characters so a wide character is one step.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        default:
            return false
        }
        return true
    }

    /// Cells for the line with the cursor shown as a reverse-video cell.
    public func cells(_ style: Style) -> [Cell] {
        var cells = Layout.cells(String(characters[..<cursor]), style)
        var cursorStyle = style
        cursorStyle.selected.toggle()
        if cursor < characters.count {
            cells += Layout.cells(String(characters[cursor]), cursorStyle)
            cells += Layout.cells(String(characters[(cursor + 1)...]), style)
        } else {
            cells += [Cell(text: " ", width: 1, style: cursorStyle)]
        }
        return cells
    }
}
