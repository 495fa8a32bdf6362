import Foundation
import FoundationXML
import Testing

/// Parses exported XML and finds elements by local name, whatever the document's default namespace.
struct ParsedXML {
    let document: XMLDocument

    init(_ text: String) throws {
        document = try XMLDocument(data: Data(text.utf8), options: [])
    }

    /// Every element with this local name, in document order.
    func elements(_ localName: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(localName)']").compactMap { $0 as? XMLElement }
    }

    /// The `key` → text of each `<data>` child (GraphML).
    static func graphMLData(of element: XMLElement) -> [String: String] {
        var values: [String: String] = [:]
        for case let child as XMLElement in element.children ?? [] where child.localName == "data" {
            if let key = child.value(of: "key") { values[key] = child.stringValue ?? "" }
        }
        return values
    }

    /// The `for` → `value` of each `<attvalue>` below the element (GEXF).
    static func gexfValues(of element: XMLElement) throws -> [String: String] {
        var values: [String: String] = [:]
        for node in try element.nodes(forXPath: ".//*[local-name()='attvalue']") {
            guard let attvalue = node as? XMLElement, let key = attvalue.value(of: "for") else { continue }
            values[key] = attvalue.value(of: "value")
        }
        return values
    }
}

extension XMLElement {
    /// The value of an attribute, or `nil` if absent.
    ///
    /// Scans `attributes` because `attribute(forName:)` finds nothing on Linux inside a default namespace.
    func value(of attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}
