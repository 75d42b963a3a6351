import ChainMap

// Escaping and link checks for the HTML the report writes; HTMLWriter.swift applies them by construction.

/// Escaping for HTML text and attribute values.
public enum HTML {
    /// `text` safe inside an element's text or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'`
    /// become character references; NUL and other C0 controls but tab, line feed and carriage return are dropped
    /// (the HTML parser would replace or reject them).
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func escaped(_ text: String) -> String {
        text.escapingScalars { scalar in
            if let reference = ScalarEscape.markupReference(scalar) { return reference }
            return switch scalar {
            case "'": .replace("&#39;")
            case "\t", "\n", "\r": .keep
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: .drop
            default: .keep
            }
        }
    }

    /// True for names the writer accepts for elements and attributes: ASCII letters, digits and `-`, starting
    /// with a letter (`data-kind`, `aria-label`, `h1`).
    public static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    /// The URL when it is an absolute `http:` or `https:` URL without spaces or control characters, else nil:
    /// the only links a report writes (`javascript:`, `data:` and relative links are dropped).
    public static func safeLink(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: " \t\r\n")
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.count > 8 else { return nil }
        guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { return nil }
        return trimmed
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
