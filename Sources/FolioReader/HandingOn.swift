import FolioModel

/// `O`: the post's links, one chosen with the moving keys.
public struct LinkPicker: Equatable, Sendable {
    public var links: [Link]
    public var selected = 0
}

/// Links opened and copied, and a post handed to another program, a file
/// or the editor. The state says what to do; the terminal loop does it.
extension ReaderState {
    /// `o` opens the post's own address; `3o`, or `3` then Enter, its link [3].
    mutating func openLink(number: Int?, _ effects: inout [Effect]) {
        guard let post = current else { return }
        let url: String?
        if let number {
            let links = article?.links ?? []
            guard links.indices.contains(number - 1) else {
                status.message = links.isEmpty ? "This post has no links" : "No link [\(number)]: the post has \(links.count)"
                return
            }
            url = links[number - 1].url
        } else {
            url = post.link
        }
        guard let url else {
            status.message = "This post gives no address of its own; 1o opens its first link"
            return
        }
        open(url, &effects)
    }

    mutating func open(_ url: String, _ effects: inout [Effect]) {
        guard LinkPolicy.isOpenable(url) else {
            status.message = "Not opened: folio opens only " + LinkPolicy.schemes.joined(separator: ", ") + " links"
            return
        }
        effects.append(.open(url: url))
        status.message = "Opening " + VisibleText.clean(url)
    }

    mutating func pickLink() {
        let links = article?.links ?? []
        guard !links.isEmpty else {
            status.message = "This post has no links"
            return
        }
        overlay = .links(LinkPicker(links: links))
    }

    /// Keys in the link picker: move, Enter opens, `y` copies, anything else closes.
    mutating func chooseLink(_ key: Key, _ picker: LinkPicker, _ effects: inout [Effect]) {
        var picker = picker
        let action = keymap.action(for: key, in: .index)
        switch (key, action) {
        case (.enter, _):
            overlay = .none
            open(picker.links[picker.selected].url, &effects)
            return
        case (_, .down?): picker.selected = min(picker.links.count - 1, picker.selected + 1)
        case (_, .up?): picker.selected = max(0, picker.selected - 1)
        case (_, .copyLink?):
            overlay = .none
            copy(picker.links[picker.selected].url, &effects)
            return
        default:
            overlay = .none
            return
        }
        overlay = .links(picker)
    }

    /// `y`: the post's address onto the terminal's clipboard, where the config allows it.
    mutating func copy(_ url: String?, _ effects: inout [Effect]) {
        guard let url else {
            status.message = "This post gives no address of its own"
            return
        }
        guard settings.copyWithOSC52 else {
            status.message = "Copying is off: osc52 = true under [links] in the config turns it on"
            return
        }
        effects.append(.copy(url))
        status.message = "Copied " + VisibleText.clean(url)
    }

    /// The post as `|` and `w` hand it on: the text as `--show` prints it.
    var postAsText: String? { current.map { PlainOutput.article($0, width: 80) } }

    /// Enter in the `|` prompt: the command gets the post's text, or its address.
    mutating func pipe(_ command: String, link: Bool, _ effects: inout [Effect]) {
        guard !command.isEmpty, let post = current else { return }
        let input = link ? post.link.map { $0 + "\n" } : postAsText
        guard let input else {
            status.message = "This post gives no address of its own"
            return
        }
        effects.append(.pipe(command: command, input: input))
    }

    /// Where `w` proposes to write: the save folder, a name from the title.
    var defaultSavePath: String {
        let slug = (current?.title ?? "post").lowercased().unicodeScalars
            .map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" }
        let name = String(slug).split(separator: "-").prefix(8).joined(separator: "-")
        return settings.saveFolder + "/" + (name.isEmpty ? "post" : name) + ".txt"
    }

    /// Enter in the `w` prompt: text, or Markdown for a name ending `.md`.
    mutating func save(to path: String, overwrite: Bool, _ effects: inout [Effect]) {
        guard !path.isEmpty, let post = current else { return }
        let markdown = path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown")
        effects.append(.save(path: path, text: markdown ? PostMarkdown.render(post) : postAsText ?? "", overwrite: overwrite))
    }

    /// `e`: the file the post was read from, in the person's editor, at its line.
    mutating func editSource(_ effects: inout [Effect]) {
        guard let post = current else { return }
        guard post.source.file != "-" else {
            status.message = "This post came from standard input: there is no file to edit"
            return
        }
        effects.append(.edit(file: post.source.file, line: post.source.line))
    }
}
