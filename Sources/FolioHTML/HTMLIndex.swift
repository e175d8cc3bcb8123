import FolioModel

/// The entries of an index or archive page: the elements that each hold
/// one post's linked heading, its byline and its teaser, set one after
/// another alike.
enum HTMLIndex {
    struct Entry {
        var node: HTMLNode
        var heading: HTMLNode
    }

    static let headingNames: Set<String> = ["h1", "h2", "h3", "h4"]
    /// An article's title classes, and a theme's cards' (`card-title`).
    static func isTitleClass(_ word: String) -> Bool {
        HTMLArticle.isTitleClass(word) || ["cardtitle", "postcardtitle"].contains(word.filter { $0 != "-" && $0 != "_" })
    }

    /// Two or more entries, or none: a page with one is a single post's.
    /// A heading whose entry holds nothing else (a section of one article)
    /// is no entry.
    static func entries(_ root: HTMLNode) -> [Entry] {
        // Headings, and what themes set as one (`<span class="card-title">`).
        let candidates = root.descendants(where: { node in
            headingNames.contains(node.name) || node.classes.contains(where: isTitleClass)
        }, skipping: HTMLArticle.skip).filter { !HTMLText.text(of: $0).isEmpty }
        // A title class inside a heading (`<h2><a class="post-title">`) is that heading.
        let outermost = candidates.filter { node in !candidates.contains { $0.pointer != node.pointer && HTMLArticle.isInside(node, $0) } }
        let headings = outermost
        guard headings.count >= 2 else { return [] }
        // Each linked heading's entry: the largest ancestor holding no other.
        var entries: [Entry] = []
        for heading in headings {
            var entry = heading
            while let parent = entry.parent, parent.name != "body",
                  !headings.contains(where: { $0.pointer != heading.pointer && HTMLArticle.isInside($0, parent) }) {
                entry = parent
            }
            entries.append(Entry(node: entry, heading: heading))
        }
        // Alike: the same element and classes, the most of them. A menu of linked headings is no list of posts: an
        // entry has text besides its heading.
        var keys: [String] = []
        var groups: [String: [Entry]] = [:]
        for entry in entries {
            let key = "\(entry.node.name)|\(entry.node.classes.sorted().joined(separator: " "))"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(entry)
        }
        // Of groups as large, the first in the page, every run.
        guard let top = keys.max(by: { groups[$0]!.count < groups[$1]!.count }), let best = groups[top], best.count >= 2
        else { return [] }
        let withText = best.filter { HTMLText.text(of: $0.node).count > HTMLText.text(of: $0.heading).count + 40 }
        guard withText.count * 2 >= best.count, withText.count >= 2 else { return [] }
        // A box of links beside one long article (`Most read`) is no index:
        // an index's entries hold most of its text.
        let entriesText = best.reduce(0) { $0 + HTMLText.text(of: $1.node).count }
        guard let content = HTMLArticle.content(root) else { return best }
        let inArticle = best.contains { HTMLArticle.isInside($0.node, content) }
        return inArticle || entriesText * 2 >= HTMLText.text(of: content).count ? best : []
    }
}
