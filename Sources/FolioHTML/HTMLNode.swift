import FoundationEssentials
import Glibc
import CLibXML2

/// An element or text of a page parsed by libxml2, valid while its
/// `HTMLDocument` lives.
struct HTMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name in lower case (libxml2's HTML parser folds it).
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            out.append(HTMLNode(pointer: node))
            child = node.pointee.next
        }
        return out
    }

    var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(pointer: parent)
    }

    /// A text node's characters.
    var content: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// An attribute's value, read without copying through libxml2's allocator.
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let attr = attribute {
            // Compared in C, without a Swift string made for every attribute's name.
            if let name = attr.pointee.name, strcasecmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), wanted) == 0 {
                var value = ""
                var child = attr.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = attr.pointee.next
        }
        return nil
    }

    /// The class names, folded to lower case.
    var classes: [String] {
        (attribute("class") ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// Every element under this one, in document order, without recursion:
    /// a page of 100,000 nested elements must not exhaust the stack.
    func descendants(where keep: (HTMLNode) -> Bool = { _ in true }, skipping skip: (HTMLNode) -> Bool = { _ in false })
        -> [HTMLNode] {
        var out: [HTMLNode] = []
        var stack = children.reversed().filter(\.isElement)
        while let node = stack.popLast() {
            if skip(node) { continue }
            if keep(node) { out.append(node) }
            stack += node.children.reversed().filter(\.isElement)
        }
        return out
    }
}

/// libxml2, loaded when the first page or feed is read rather than at
/// every start of folio (half a millisecond or more, with the ICU it brings).
public enum MarkupLibrary {
    /// Why pages and feeds cannot be read here, if they cannot.
    public static let unavailable: String? = clibxml2_load_error().map {
        "libxml2 cannot be loaded (\(String(cString: $0))): install Debian's libxml2 to read HTML pages and feeds"
    }
}

/// A page parsed by libxml2's HTML parser: recovering from real-world
/// markup, never touching the network, quiet about what it mends.
final class HTMLDocument {
    let document: htmlDocPtr
    /// Where libxml2 stopped at its depth of elements (256), if it did:
    /// what is nested below is not read.
    let tooDeepAt: Int?

    /// libxml2 parses on several threads once its globals are set up, once.
    private static let ready: Void = xmlInitParser()

    init?(bytes: [UInt8], encoding: String?) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        // libxml2 counts in Int32: a page past 2 GB is no page.
        guard !bytes.isEmpty, bytes.count < Int(Int32.max), MarkupLibrary.unavailable == nil else { return nil }
        Self.ready
        clibxml2_silence()
        guard let context = Self.context() else { return nil }
        xmlResetError(&context.pointee.lastError)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
        let error = context.pointee.lastError
        let message = error.message.map { String(cString: $0) } ?? ""
        tooDeepAt = message.contains("Excessive depth") ? Int(error.line) : nil
    }

    deinit { xmlFreeDoc(document) }

    /// A parser context per thread, made once and reset for each page: a
    /// feed's 100,000 items are as many small pages, and a new context
    /// (its tables, its dictionary) cost more than reading most of them.
    nonisolated(unsafe) private static let contextKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { context in context.map { htmlFreeParserCtxt($0.assumingMemoryBound(to: htmlParserCtxt.self)) } }
        return key
    }()

    private static func context() -> htmlParserCtxtPtr? {
        if let made = pthread_getspecific(contextKey) { return made.assumingMemoryBound(to: htmlParserCtxt.self) }
        guard let context = htmlNewParserCtxt() else { return nil }
        pthread_setspecific(contextKey, context)
        return context
    }

    var root: HTMLNode? { xmlDocGetRootElement(document).map(HTMLNode.init) }
}
