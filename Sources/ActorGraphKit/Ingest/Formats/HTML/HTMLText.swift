import CLibXML2
import Foundation

/// The visible text and the source metadata of a saved web page, read by libxml2's HTML parser (the
/// parser browsers' HTML predates; it recovers from broken markup as they do).
///
/// The text: the page's `<article>` with the most text, else its `<main>`, else its `<body>`; without
/// `script`, `style`, `noscript`, `template`, `nav`, `aside`, `footer`, forms and their controls, frames,
/// `svg`, `math`, media, and elements marked `hidden` or `aria-hidden="true"`; without tags and comments;
/// with character references decoded (by libxml2). White space runs become one space; block elements
/// (paragraphs, headings, list items, table rows, `div`, …) are separated by a blank line and `br` by a line
/// break, so sentences and paragraphs read as they do on screen. Evidence offsets count Unicode scalars of
/// this extracted text, not of the file (docs/store.md, "Document formats").
///
/// The metadata: `og:title`, `twitter:title` or `<title>`; `og:site_name` or `application-name` (outlet);
/// `author`, `article:author` or `byl`; `article:published_time`, `datePublished`, `pubdate`, `date`,
/// `dc.date` (publication date); `og:url` or `<link rel="canonical">`.
enum HTMLText {
    struct Page {
        var text: String
        var title: String?
        var outlet: String?
        var author: String?
        var published: String?
        var url: String?
    }

    /// libxml2 must be initialised once before parsers run on several threads.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Reads `bytes` as HTML: UTF-8 when they are valid UTF-8, else in the encoding the page declares.
    static func read(_ bytes: [UInt8], path: String) throws -> Page {
        _ = initialised
        let options =
            Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
            | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
        let encoding = DocumentLoader.firstInvalidUTF8Offset(bytes) == nil ? "UTF-8" : nil
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(buffer.count), nil, encoding, options)
                }
            }
        }
        guard let document = parsed, let root = xmlDocGetRootElement(document) else {
            if let parsed { xmlFreeDoc(parsed) }
            throw ActorGraphKitError.unreadableFormat(path: path, format: "HTML", reason: "no HTML element in it")
        }
        defer { xmlFreeDoc(document) }
        let elements = Elements(root: root)
        var page = Page(text: Self.text(of: elements.contentRoot))
        page.title = elements.meta["og:title"] ?? elements.meta["twitter:title"] ?? elements.title
        page.outlet = elements.meta["og:site_name"] ?? elements.meta["application-name"]
        page.author =
            elements.meta["author"]
            ?? elements.meta["article:author"].flatMap { $0.lowercased().hasPrefix("http") ? nil : $0 }
            ?? elements.meta["byl"].map { $0.hasPrefix("By ") ? String($0.dropFirst(3)) : $0 }
        page.published =
            [
                "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued",
                "dc.date",
                "og:published_time",
            ].lazy.compactMap { elements.meta[$0] }.first
        page.url = elements.meta["og:url"] ?? elements.canonical
        return page
    }

    // MARK: - Elements

    /// What one pass over the tree finds: the content root, the title, meta values and the canonical link.
    private struct Elements {
        var contentRoot: xmlNodePtr
        var title: String?
        /// Lower-cased `name`, `property` or `itemprop` → `content`, first occurrence kept.
        var meta: [String: String] = [:]
        var canonical: String?

        init(root: xmlNodePtr) {
            var articles: [xmlNodePtr] = []
            var main: xmlNodePtr?
            var body: xmlNodePtr?
            var stack: [xmlNodePtr] = [root]
            while let node = stack.popLast() {
                if node.pointee.type == XML_ELEMENT_NODE {
                    let name = HTMLText.name(of: node)
                    switch name {
                    case "article": articles.append(node)
                    case "main": main = main ?? node
                    case "body": body = body ?? node
                    case "title" where title == nil: title = HTMLText.text(of: node)
                    case "meta":
                        let key =
                            (HTMLText.attribute(node, "property") ?? HTMLText.attribute(node, "name")
                            ?? HTMLText.attribute(node, "itemprop"))?.lowercased()
                        if let key, let content = HTMLText.attribute(node, "content"), meta[key] == nil {
                            meta[key] = content
                        }
                    case "link":
                        if HTMLText.attribute(node, "rel")?.lowercased() == "canonical", canonical == nil {
                            canonical = HTMLText.attribute(node, "href")
                        }
                    default: break
                    }
                }
                var child = node.pointee.last
                while let current = child {
                    stack.append(current)
                    child = current.pointee.prev
                }
            }
            let longest = articles.max {
                HTMLText.text(of: $0).unicodeScalars.count < HTMLText.text(of: $1).unicodeScalars.count
            }
            contentRoot = longest ?? main ?? body ?? root
        }
    }

    static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// An attribute's value (its text children joined), nil when absent.
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    // MARK: - Text

    /// Elements whose content is never prose.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select", "option",
        "textarea", "input", "label", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "canvas",
        "audio", "video", "picture", "source", "head", "map",
    ]

    /// Elements that start and end a paragraph of the extracted text.
    static let blocks: Set<String> = [
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]

    /// The text of `root`'s subtree, laid out as described on ``HTMLText``.
    static func text(of root: xmlNodePtr) -> String {
        var builder = TextBuilder()
        // (node, leaving): a block element is visited again when its subtree is done.
        var stack: [(node: xmlNodePtr, leaving: Bool, preformatted: Bool)] = [(root, false, false)]
        while let (node, leaving, preformatted) = stack.popLast() {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    builder.append(String(cString: content), preformatted: preformatted)
                }
            case XML_ELEMENT_NODE:
                let name = name(of: node)
                if leaving {
                    if blocks.contains(name) { builder.paragraph() }
                    continue
                }
                if node != root && (skipped.contains(name) || isHidden(node)) { continue }
                if name == "br" {
                    builder.lineBreak()
                    continue
                }
                if name == "td" || name == "th" { builder.space() }
                if blocks.contains(name) {
                    builder.paragraph()
                    stack.append((node, true, preformatted))
                }
                var child = node.pointee.last
                while let current = child {
                    stack.append((current, false, preformatted || name == "pre"))
                    child = current.pointee.prev
                }
            default:
                continue
            }
        }
        return builder.text
    }

    private static func isHidden(_ node: xmlNodePtr) -> Bool {
        attribute(node, "hidden") != nil || attribute(node, "aria-hidden")?.lowercased() == "true"
    }

    /// Text laid out as paragraphs: white space collapsed, breaks written only between words.
    struct TextBuilder {
        private var scalars = String.UnicodeScalarView()
        /// 0 none, 1 a line break, 2 a blank line, owed before the next word.
        private var pendingBreak = 0
        private var pendingSpace = false

        var text: String { String(scalars) }

        mutating func paragraph() { pendingBreak = 2 }
        mutating func lineBreak() { pendingBreak = max(pendingBreak, 1) }
        mutating func space() { pendingSpace = true }

        mutating func append(_ text: String, preformatted: Bool) {
            for scalar in text.unicodeScalars {
                if scalar == "\n" && preformatted {
                    lineBreak()
                } else if scalar.properties.isWhitespace || scalar == "\u{AD}" {
                    if scalar != "\u{AD}" { pendingSpace = true }  // a soft hyphen is invisible
                } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    continue
                } else {
                    if !scalars.isEmpty {
                        if pendingBreak > 0 {
                            scalars.append(contentsOf: pendingBreak == 2 ? "\n\n".unicodeScalars : "\n".unicodeScalars)
                        } else if pendingSpace {
                            scalars.append(" ")
                        }
                    }
                    pendingBreak = 0
                    pendingSpace = false
                    scalars.append(scalar)
                }
            }
        }
    }
}
