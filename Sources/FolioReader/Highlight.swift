import FolioModel

/// Marks the places where a search occurs.
public enum Highlight {
    /// Cells of `text` in `style`, with each match of `needle` in the match style.
    public static func cells(_ text: String, style: Style, needle: SearchNeedle) -> [Cell] {
        var cells = Layout.cells(text, style)
        guard !needle.isEmpty else { return cells }
        for range in matches(in: cells, needle: needle) {
            for k in range { cells[k].style.role = .match }
        }
        return cells
    }

    /// Ranges of cells whose folded text equals the needle. Folding is done per
    /// cell, so a match never starts or ends inside a character.
    public static func matches(in cells: [Cell], needle: SearchNeedle) -> [Range<Int>] {
        let folded = cells.map { needle.fold($0.text) }
        let target = Array(needle.folded)
        var found: [Range<Int>] = []
        var i = 0
        while i < folded.count {
            var j = i
            var matched = 0
            var ok = true
            while matched < target.count {
                guard j < folded.count else { ok = false; break }
                let piece = Array(folded[j])
                if piece.isEmpty { j += 1; continue }
                guard matched + piece.count <= target.count,
                      Array(target[matched..<matched + piece.count]) == piece else { ok = false; break }
                matched += piece.count
                j += 1
            }
            if ok && j > i {
                found.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        return found
    }
}
