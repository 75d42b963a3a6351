import ChainMap

/// Graphviz's SVG made fit to sit inline in the report page.
public enum PageSVG {
    /// Why an SVG was refused: it holds something the page must never contain. Graphviz escapes every piece of
    /// map text, so this means a bug, not bad data.
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// What the SVG held (`element <script>`, `attribute onload`).
        public var reason: String
        /// The refusal as an error message says it.
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
    /// - Throws: ``Refusal`` when the SVG holds an element outside its allowed elements, an event-handler
    ///   attribute (`on…`) or a link (`href`): defence in depth behind Graphviz's own escaping.
    /// - Complexity: O(n) in the size of the SVG.
    public static func clean(_ svg: String) throws(Refusal) -> String {
        // Bytes, not String searches: one pass, linear in the size of a drawing of thousands of nodes.
        let bytes = Array(svg.utf8)
        guard let start = find(Array("<svg".utf8), in: bytes, from: 0) else { throw Refusal(reason: "no <svg> element") }
        let kinds = Set(NodeKind.allCases.map(\.rawValue))
        let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8), titleClose = Array("</title>".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                out.append(byte)
                index += 1
                continue
            }
            if matches(commentOpen, in: bytes, at: index) {
                guard let close = find(commentClose, in: bytes, from: index + 4) else { throw Refusal(reason: "unterminated comment") }
                index = close + commentClose.count
                continue
            }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { throw Refusal(reason: "unterminated tag") }
            let tag = bytes[index...close]
            index = close + 1
            let isEnd = tag.count > 1 && tag[tag.startIndex + 1] == UInt8(ascii: "/")
            let nameBytes = tag[(tag.startIndex + (isEnd ? 2 : 1))...].prefix { isNameByte($0) }
            let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
            guard allowedElements.contains(name) else { throw Refusal(reason: "element <\(name)>") }
            if name == "title" && !isEnd {
                // Drop the element with its text.
                guard let end = find(titleClose, in: bytes, from: index) else { throw Refusal(reason: "unterminated <title>") }
                index = end + titleClose.count
                continue
            }
            for attribute in try attributeNames(of: tag) {
                let lower = attribute.lowercased()
                if lower.hasPrefix("on") { throw Refusal(reason: "event attribute \(attribute)") }
                if lower == "href" || lower.hasSuffix(":href") { throw Refusal(reason: "link attribute \(attribute)") }
            }
            if name == "g", !isEnd, let kind = recordKind(inClassOf: tag), kinds.contains(kind) {
                out += tag.dropLast()
                out += Array(" data-kind=\"\(kind)\">".utf8)
            } else {
                out += tag
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ":")
    }

    /// The names of a tag's attributes (`name="value"` pairs; Graphviz quotes every value with `"`).
    private static func attributeNames(of tag: ArraySlice<UInt8>) throws(Refusal) -> [String] {
        var names: [String] = []
        var index = tag.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") })
            ?? tag.endIndex
        while index < tag.endIndex {
            let byte = tag[index]
            if byte == UInt8(ascii: "\"") {
                guard let close = tag[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) else {
                    throw Refusal(reason: "unterminated attribute value")
                }
                index = close + 1
                continue
            }
            if isNameByte(byte) && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                let name = tag[index...].prefix { isNameByte($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
                names.append(String(decoding: name, as: UTF8.self))
                index += name.count
                continue
            }
            index += 1
        }
        return names
    }

    /// The record kind in `class="node KIND …"` or `class="cluster KIND …"`.
    private static func recordKind(inClassOf tag: ArraySlice<UInt8>) -> String? {
        let key = Array(" class=\"".utf8)
        guard let start = find(key, in: Array(tag), from: 0) else { return nil }
        let value = Array(tag).dropFirst(start + key.count).prefix { $0 != UInt8(ascii: "\"") }
        let words = value.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        guard words.count >= 2, words[0] == "node" || words[0] == "cluster" else { return nil }
        return words[1]
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        guard start + pattern.count <= bytes.count else { return false }
        return bytes[start..<(start + pattern.count)].elementsEqual(pattern)
    }

    /// The first index at or after `from` where `pattern` starts.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, !pattern.isEmpty else { return nil }
        var index = from
        while index + pattern.count <= bytes.count {
            if bytes[index] == first && matches(pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}
