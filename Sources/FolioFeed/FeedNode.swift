import CLibXML2

/// The namespaces feeds are written in, by their URIs: a feed may give
/// each any prefix (`dc:`, `dcterms:`, none).
enum Namespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss1 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    static let thread = "http://purl.org/syndication/thread/1.0"
}

/// An element of a feed parsed by libxml2, valid while the item it stands
/// in is being read.
struct FeedNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace's URI; nil for none (RSS 2.0's own elements).
    var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    func `is`(_ name: String, in namespace: String?) -> Bool {
        isElement && self.name == name && self.namespace == namespace
    }

    var elements: [FeedNode] {
        var out: [FeedNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { out.append(FeedNode(pointer: node)) }
            child = node.pointee.next
        }
        return out
    }

    func child(_ name: String, in namespaces: String?...) -> FeedNode? {
        elements.first { element in namespaces.contains { element.is(name, in: $0) } }
    }

    func children(_ name: String, in namespaces: String?...) -> [FeedNode] {
        elements.filter { element in namespaces.contains { element.is(name, in: $0) } }
    }

    /// The characters of the element, markup and all left out: text, CDATA
    /// and what the feed's own internal entities stand for; an external
    /// entity is never read.
    var text: String {
        var parts: [String] = []
        var stack = [pointer]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { parts.append(String(cString: content)) }
            case XML_ENTITY_REF_NODE:
                // A reference's child is the entity's declaration.
                let entity = UnsafeMutableRawPointer(node.pointee.children)?.assumingMemoryBound(to: xmlEntity.self)
                if let entity, entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content {
                    parts.append(String(cString: content))
                }
            case XML_ELEMENT_NODE:
                var child = node.pointee.last
                while let last = child {
                    stack.append(last)
                    child = last.pointee.prev
                }
            default:
                break
            }
        }
        return parts.joined()
    }

    /// An attribute without a namespace.
    func attribute(_ wanted: String) -> String? {
        guard let value = xmlGetNoNsProp(pointer, wanted) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// An attribute in a namespace (`thr:count`).
    func attribute(_ wanted: String, in namespace: String) -> String? {
        guard let value = xmlGetNsProp(pointer, wanted, namespace) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// The address relative links here are read against: `xml:base` on
    /// this element or one around it.
    var base: String? {
        guard let base = xmlNodeGetBase(pointer.pointee.doc, pointer) else { return nil }
        defer { clibxml2_free(base) }
        return String(cString: base)
    }

    /// The element's content as markup (Atom's `type="xhtml"`): its
    /// children serialised, the element itself left out.
    var innerMarkup: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = pointer.pointee.children
        while let node = child {
            xmlNodeDump(buffer, pointer.pointee.doc, node, 0, 0)
            child = node.pointee.next
        }
        return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
    }

    var line: Int { max(1, Int(xmlGetLineNo(pointer))) }
}
