import FolioModel

/// Up and Down in a prompt: back through what was searched for, then forward
/// to what was being typed.
struct PromptRecall: Equatable, Sendable {
    var at: Int?
    var draft = ""

    mutating func handle(_ key: Key, _ editor: inout LineEditor, history: [String]) -> Bool {
        let older = key == .up || key == .control("p")
        guard older || key == .down || key == .control("n"), !history.isEmpty else { return false }
        if at == nil { draft = editor.text }
        let next = (at ?? history.count) + (older ? -1 : 1)
        guard next >= 0 else { return true }
        at = next < history.count ? next : nil
        editor = LineEditor(at.map { history[$0] } ?? draft)
        return true
    }
}

extension ReaderState {
    /// A prompt on the status line, holding what Esc goes back to.
    mutating func openPrompt(_ kind: SearchPrompt.Kind, _ text: String) {
        overlay = .search(SearchPrompt(query: LineEditor(text), previousText: query.filter.text, previousPost: current?.identity,
                                       previousIndexTop: cursor.indexTop, previousScroll: scroll, kind: kind))
    }
}
