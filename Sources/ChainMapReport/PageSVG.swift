import ChainMap

/// Graphviz's SVG made fit to sit inline in the report page.
public enum PageSVG {
    /// Why an SVG was refused: it holds something the page must never contain. Graphviz escapes every piece of
    /// map text, so this means a bug, not bad data.
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { "the drawing cannot be embedded: \(reason)" }
    }

    /// SVG elements Graphviz writes; anything else is refused.
    static let allowedElements: Set<String> = [
        "svg", "g", "title", "a", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan",
        "defs", "lineargradient", "radialgradient", "stop", "image",
    ]

    /// `svg` (Graphviz output) without the XML prolog, doctype, comments and `<title>` elements (those hold
    /// internal names; hover text comes from the nodes' `tooltip`), and with `data-kind="KIND"` on every node or
    /// cluster group whose class names a record kind (`<g id="xiangwei" class="node enterprise local">`).
    ///
    /// - Throws: ``Refusal`` when the SVG holds an element outside ``allowedElements``, an event-handler
    ///   attribute (`on…`) or a link (`href`): defence in depth behind Graphviz's own escaping.
    /// - Complexity: O(n) in the size of the SVG.
    public static func clean(_ svg: String) throws(Refusal) -> String {
        guard let start = svg.range(of: "<svg") else { throw Refusal(reason: "no <svg> element") }
        let kinds = Set(NodeKind.allCases.map(\.rawValue))
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[start.lowerBound...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                guard let close = rest.range(of: "-->") else { throw Refusal(reason: "unterminated comment") }
                rest = rest[close.upperBound...]
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { throw Refusal(reason: "unterminated tag") }
            let tag = rest[...close]
            rest = rest[rest.index(after: close)...]
            let isEnd = tag.hasPrefix("</")
            let nameStart = tag.index(tag.startIndex, offsetBy: isEnd ? 2 : 1)
            let name = tag[nameStart...].prefix { $0.isLetter || $0.isNumber || $0 == ":" }.lowercased()
            guard allowedElements.contains(name) else { throw Refusal(reason: "element <\(name)>") }
            if name == "title" && !isEnd {
                // Drop the element with its text.
                guard let end = rest.range(of: "</title>") else { throw Refusal(reason: "unterminated <title>") }
                rest = rest[end.upperBound...]
                continue
            }
            let attributes = try attributeNames(of: tag)
            for attribute in attributes {
                let lower = attribute.lowercased()
                if lower.hasPrefix("on") { throw Refusal(reason: "event attribute \(attribute)") }
                if lower == "href" || lower.hasSuffix(":href") { throw Refusal(reason: "link attribute \(attribute)") }
            }
            if name == "g", !isEnd, let kind = recordKind(inClassOf: tag), kinds.contains(kind) {
                out += tag.dropLast() + " data-kind=\"" + kind + "\">"
            } else {
                out += tag
            }
        }
        out += rest
        return out
    }

    /// The names of a tag's attributes (`name="value"` pairs; Graphviz quotes every value with `"`).
    private static func attributeNames(of tag: Substring) throws(Refusal) -> [String] {
        var names: [String] = []
        var index = tag.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ?? tag.endIndex
        while index < tag.endIndex {
            let char = tag[index]
            if char == "\"" {
                guard let close = tag[tag.index(after: index)...].firstIndex(of: "\"") else {
                    throw Refusal(reason: "unterminated attribute value")
                }
                index = tag.index(after: close)
                continue
            }
            if char.isLetter {
                let name = tag[index...].prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
                names.append(String(name))
                index = tag.index(index, offsetBy: name.count)
                continue
            }
            index = tag.index(after: index)
        }
        return names
    }

    /// The record kind in `class="node KIND …"` or `class="cluster KIND …"`.
    private static func recordKind(inClassOf tag: Substring) -> String? {
        guard let range = tag.range(of: " class=\"") else { return nil }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        let words = value.split(separator: " ")
        guard words.count >= 2, words[0] == "node" || words[0] == "cluster" else { return nil }
        return String(words[1])
    }
}
