import CLibXML2
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
        let headings = self.headings(root)
        guard headings.count >= 2 else { return [] }
        if wrapRuns(of: headings) { return entries(root) }
        // Each heading's entry: the largest ancestor holding no other of its
        // rank or higher (an entry's text has headings of its own).
        var entries: [Entry] = []
        for heading in headings {
            var entry = heading
            while let parent = entry.parent, parent.name != "body", !headings.contains(where: { other in
                other.pointer != heading.pointer && rank(other) <= rank(heading) && HTMLArticle.isInside(other, parent)
            }) {
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
        // The largest group whose entries have text; of groups as large, the
        // first in the page, every run.
        let ranked = keys.enumerated().sorted { a, b in
            groups[a.element]!.count != groups[b.element]!.count ? groups[a.element]!.count > groups[b.element]!.count : a.offset < b.offset
        }.map { groups[$0.element]! }
        guard let best = ranked.first(where: { group in
            let withText = group.filter { HTMLText.text(of: $0.node).count > HTMLText.text(of: $0.heading).count + 40 }
            return group.count >= 2 && withText.count * 2 >= group.count && withText.count >= 2
        }) else { return [] }
        // A box of links beside one long article (`Most read`) is no index:
        // an index's entries hold most of its text.
        let entriesText = best.reduce(0) { $0 + HTMLText.text(of: $1.node).count }
        guard let content = HTMLArticle.content(root) else { return best }
        let inArticle = best.contains { HTMLArticle.isInside($0.node, content) }
        return inArticle || entriesText * 2 >= HTMLText.text(of: content).count ? best : []
    }

    /// `h1` 1 to `h4` 4; a title set in another element ranks as an `h2`.
    static func rank(_ heading: HTMLNode) -> Int {
        headingNames.contains(heading.name) ? Int(heading.name.dropFirst()) ?? 2 : 2
    }

    /// Headings, and what themes set as one (`<span class="card-title">`);
    /// a title class inside a heading (`<h2><a class="post-title">`) is that heading.
    static func headings(_ root: HTMLNode) -> [HTMLNode] {
        let candidates = root.descendants(where: { node in
            headingNames.contains(node.name) || node.classes.contains(where: isTitleClass)
        }, skipping: HTMLArticle.skip).filter { !HTMLText.text(of: $0).isEmpty }
        return candidates.filter { node in !candidates.contains { $0.pointer != node.pointer && HTMLArticle.isInside(node, $0) } }
    }

    /// Entries set flat, one after another in one element (Pelican's
    /// `<h1><a href=…>` then its date and summary, then the next `<h1>`),
    /// are each wrapped in an element of their own, so that they read as
    /// entries do. Only linked headings, each to a page of its own: an
    /// article's sections are headings over paragraphs too.
    static func wrapRuns(of headings: [HTMLNode]) -> Bool {
        var groups: [String: [HTMLNode]] = [:]
        for heading in headings {
            guard let parent = heading.parent else { continue }
            groups["\(parent.pointer)|\(heading.name)|\(heading.classes.sorted())", default: []].append(heading)
        }
        var wrapped = false
        for run in groups.values where run.count >= 2 {
            let links = run.compactMap { heading in
                ([heading] + heading.descendants(where: { $0.name == "a" })).first { $0.name == "a" }?.attribute("href")
            }
            guard links.count == run.count, Set(links).count == run.count, !links.contains(where: { $0.hasPrefix("#") }) else { continue }
            let starts = Set(run.map(\.pointer))
            for heading in run {
                var members = [heading.pointer]
                var next = heading.pointer.pointee.next
                while let node = next, !starts.contains(node) {
                    members.append(node)
                    next = node.pointee.next
                }
                guard let box = xmlNewDocNode(heading.pointer.pointee.doc, nil, "div", nil) else { continue }
                xmlAddPrevSibling(heading.pointer, box)
                for member in members {
                    xmlUnlinkNode(member)
                    xmlAddChild(box, member)
                }
            }
            wrapped = true
        }
        return wrapped
    }
}
