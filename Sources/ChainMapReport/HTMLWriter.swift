import ChainMap

// A small HTML writer that escapes by construction: text and attribute values
// always go through `HTML.escaped`, element and attribute names must be plain
// ASCII identifiers, and the only way to write markup verbatim is `trusted(_:)`,
// which the report uses for its own constant CSS/JS and for Graphviz's SVG
// after `PageSVG` has cleaned it.

/// Why the writer refused a call: a programming error in the page's own code, never caused by map data.
public struct HTMLWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong, for the developer.
    public var message: String
    /// The message.
    public var description: String { message }
}

/// Accumulates an HTML document. Elements are opened and closed explicitly; `finish()` checks they balance.
public struct HTMLWriter: Sendable {
    /// Elements that have no end tag.
    private static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"]

    private(set) var text = ""
    private var open: [String] = []

    /// An empty document.
    public init() {}

    /// Writes `<name attr="value" …>`; attributes with nil values are left out, `""` writes a bare attribute.
    ///
    /// - Throws: ``HTMLWriterError`` for a name that is not a plain ASCII name.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) throws(HTMLWriterError) {
        try startTag(name, Array(attributes))
        if !HTMLWriter.void.contains(name) { open.append(name) }
    }

    /// Writes `<name …>`, then `text` escaped, then `</name>`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String)
        throws(HTMLWriterError)
    {
        try start(name, attributes)
        text(content)
        try end(name)
    }

    /// Writes `<name …>` with attributes given as an array (for attributes computed at run time).
    public mutating func start(_ name: String, attributeList: [(String, String?)]) throws(HTMLWriterError) {
        try startTag(name, attributeList)
        if !HTMLWriter.void.contains(name) { open.append(name) }
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String?)]) throws(HTMLWriterError) {
        guard HTML.isPlainName(name) else { throw HTMLWriterError(message: "bad element name \(name)") }
        var tag = "<" + name
        for (key, value) in attributes {
            guard HTML.isPlainName(key) else { throw HTMLWriterError(message: "bad attribute name \(key)") }
            guard let value else { continue }
            tag += " " + key + "=\"" + HTML.escaped(value) + "\""
        }
        text += tag + ">"
    }

    /// Closes the innermost open element, which must be `name`.
    public mutating func end(_ name: String) throws(HTMLWriterError) {
        guard open.last == name else {
            throw HTMLWriterError(message: "</\(name)> closes <\(open.last ?? "nothing")>")
        }
        open.removeLast()
        text += "</" + name + ">"
    }

    /// Writes `content` escaped.
    public mutating func text(_ content: String) {
        text += HTML.escaped(content)
    }

    /// Writes `markup` as it is: only for the report's own constant markup and cleaned SVG, never map text.
    public mutating func trusted(_ markup: String) {
        text += markup
    }

    /// Hands the markup written so far to `writer` and forgets it, keeping the open elements: a page streamed into
    /// a file is never held whole. ``finish()`` then gives only what was written since.
    ///
    /// - Throws: whatever `writer`'s sink throws.
    public mutating func flush(to writer: ByteWriter) throws {
        try writer.write(text)
        text = ""
    }

    /// The document (what was written since the last ``flush(to:)``).
    ///
    /// - Throws: ``HTMLWriterError`` when an element is still open.
    public func finish() throws(HTMLWriterError) -> String {
        guard open.isEmpty else { throw HTMLWriterError(message: "unclosed <\(open.joined(separator: "> <"))>") }
        return text
    }
}
