/// What an escaper does with one Unicode scalar of the text it escapes.
public enum ScalarEscape: Sendable, Equatable {
    /// The scalar is written as it is.
    case keep
    /// The scalar is left out.
    case drop
    /// The scalar is written as this text instead.
    case replace(String)

    /// The character reference markup (XML, HTML, Graphviz's HTML-like labels) needs for `&`, `<`, `>` and `"`;
    /// nil for every other scalar.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func markupReference(_ scalar: Unicode.Scalar) -> ScalarEscape? {
        switch scalar {
        case "&": .replace("&amp;")
        case "<": .replace("&lt;")
        case ">": .replace("&gt;")
        case "\"": .replace("&quot;")
        default: nil
        }
    }

    /// `\u` and four or more uppercase hex digits (`\u001B`), as YAML and JSON write a scalar.
    ///
    /// - Complexity: O(1).
    public static func unicodeEscape(_ scalar: Unicode.Scalar) -> ScalarEscape {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return .replace("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
    }
}

extension String {
    /// This text with each scalar kept, dropped or replaced as `rule` says: the one loop under every escaper of
    /// chainmap's writers (XML in workbooks, HTML, DOT labels, YAML, JSON inside `<script>`), each of which states
    /// only its rule.
    ///
    /// - Parameter rule: what to do with one scalar.
    /// - Returns: the escaped text.
    /// - Complexity: O(*n*) in the length of the text, times the rule's cost.
    ///
    /// ```swift
    /// "a<b".escapingScalars { ScalarEscape.markupReference($0) ?? .keep }  // "a&lt;b"
    /// ```
    @inlinable
    public func escapingScalars(_ rule: (Unicode.Scalar) -> ScalarEscape) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch rule(scalar) {
            case .keep: out.unicodeScalars.append(scalar)
            case .drop: break
            case .replace(let text): out += text
            }
        }
        return out
    }
}
