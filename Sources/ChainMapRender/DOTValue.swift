import ChainMap

// A small, deterministic builder for Graphviz DOT text. Pure Swift: it knows
// nothing of Graphviz's C API and nothing of the chainmap domain.
//
// Escaping rules (the whole contract of this file):
// - Every id (graph, subgraph, node) and every `.text` value is written as a
//   quoted DOT string, so keywords, spaces, punctuation and any Unicode are safe.
// - Inside quotes, `"` becomes `\"` and `\` becomes `\\`. Graphviz keeps `\\`
//   through parsing and turns it into one backslash when it draws a label, so
//   `\N`, `\G`, `\l` and friends in user text are shown literally rather than
//   expanded. (A consequence: in attributes Graphviz never unescapes, such as
//   `fontname`, a backslash stays doubled. Such attributes have no business
//   holding backslashes.)
// - Line breaks (`\n`, `\r\n`, `\r`) become DOT's `\n` (a centred line break),
//   and NUL characters are dropped (C strings end there). Other control
//   characters (which would make the SVG ill-formed XML) become U+FFFD.
// - In HTML-like text (`htmlEscaped`), `\` becomes `\\` too: Graphviz expands
//   `\N`, `\G`, `\E` there as well (even written as `&#92;N`), and shows `\\`
//   as one backslash.
// - `.html` values are written between `<` and `>` verbatim: the caller owns
//   the markup and escapes text pieces with `DOTValue.htmlEscaped(_:)`.
// - Attributes are written sorted by key; subgraphs, nodes and edges in the
//   order they were added. The same graph value always gives the same text.

/// The value of one DOT attribute.
public enum DOTValue: Sendable, Hashable {
    /// Plain text, written as an escaped, quoted DOT string.
    case text(String)
    /// An HTML-like label body, written as `<body>` with no escaping.
    case html(String)

    /// An HTML-like label showing `text` as-is (escaped for HTML).
    public static func htmlText(_ text: String) -> DOTValue {
        .html(htmlEscaped(text))
    }

    /// Escapes text for a piece of an HTML-like label: `&`, `<`, `>` and `"`
    /// become entities, `\` is doubled (so `\N`, `\G`, `\L`, … show as written),
    /// NUL is dropped and other control characters become U+FFFD. Line breaks
    /// and tabs are left alone: inside an HTML-like label they are mere
    /// whitespace; use `<BR/>` for a new line.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func htmlEscaped(_ text: String) -> String {
        text.escapingScalars { scalar in
            if let reference = ScalarEscape.markupReference(scalar) { return reference }
            return switch scalar {
            case "\\": .replace("\\\\")
            case "\0": .drop
            case "\t", "\n", "\r": .keep
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: .replace("\u{FFFD}")
            default: .keep
            }
        }
    }

    /// `text` as a quoted DOT string, escaped as described at the top of this file.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }  // "\r\n" is one break
            case "\0": break
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// The value as it appears in DOT text.
    var dotText: String {
        switch self {
        case .text(let text): DOTValue.quoted(text)
        case .html(let markup): "<" + markup + ">"
        }
    }
}

extension DOTValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// A quoted text value: `"…"` in DOT, escaped as needed.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension DOTValue: ExpressibleByIntegerLiteral {
    /// A whole number as text (`penwidth=2`).
    public init(integerLiteral value: Int) { self = .text(String(value)) }
}

extension DOTValue: ExpressibleByFloatLiteral {
    // Swift prints the shortest round-tripping form: deterministic.
    /// A number as text, in Swift's shortest form that reads back as the same `Double` (`0.5`, `1e-05`).
    public init(floatLiteral value: Double) { self = .text(String(value)) }
}

extension DOTValue: ExpressibleByBooleanLiteral {
    /// `true` or `false` as text.
    public init(booleanLiteral value: Bool) { self = .text(value ? "true" : "false") }
}
