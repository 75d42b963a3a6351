/// A bound on how deeply map.yaml may nest, checked before the YAML is parsed: the YAML composer builds its tree
/// recursively, so 5,000 nested `[` would overflow the stack. map.yaml needs about six levels.
enum YAMLDepth {
    /// The deepest nesting map.yaml may have (block indentation levels, `- ` items and flow `[`/`{` together).
    static let limit = 64

    /// Where the text first nests deeper than `limit`, if it does, and how deep it went there.
    ///
    /// A conservative estimate that never under-counts a real YAML nesting: each increase of indentation, each
    /// `- ` item indicator and each flow `[` or `{` that opens a value counts one level. Quoted scalars and
    /// comments are skipped. It can over-count only text that no real map holds (64 levels of indentation).
    ///
    /// - Complexity: O(n) in the length of the text, one pass, no recursion.
    static func firstExcess(in text: String, limit: Int = limit) -> (line: Int, column: Int, depth: Int)? {
        var indents: [Int] = []  // the block indentation levels open at this line
        var flow = 0  // open flow collections
        var line = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let scalars = Array(rawLine.unicodeScalars)
            var index = 0
            while index < scalars.count, scalars[index] == " " { index += 1 }
            if index == scalars.count || scalars[index] == "#" || scalars[index] == "\r" { continue }
            if flow == 0 {
                while let last = indents.last, last > index { indents.removeLast() }
                if indents.last.map({ $0 < index }) ?? true { indents.append(index) }
            }
            var items = 0  // `- ` indicators on this line, each one level
            var atValueStart = true
            var quote: Unicode.Scalar? = nil
            while index < scalars.count {
                let character = scalars[index]
                if let open = quote {
                    if open == "\"" && character == "\\" { index += 2; continue }
                    if character == open {
                        // '' inside a single-quoted scalar is an escaped quote.
                        if open == "'", index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                        quote = nil
                    }
                    index += 1
                    continue
                }
                let following: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
                switch character {
                case " ", "\t", "\r":
                    break
                case "#" where index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t":
                    index = scalars.count
                    continue
                case "\"" where atValueStart, "'" where atValueStart:
                    quote = character
                    atValueStart = false
                case "-" where atValueStart && flow == 0 && (following == " " || following == "\t"):
                    items += 1
                case "[" where atValueStart || flow > 0, "{" where atValueStart || flow > 0:
                    flow += 1
                    atValueStart = true
                case "]" where flow > 0, "}" where flow > 0:
                    flow -= 1
                    atValueStart = false
                case "," where flow > 0:
                    atValueStart = true
                case ":" where following == " " || following == "\t" || index + 1 == scalars.count
                    || (flow > 0 && (following == "," || following == "]" || following == "}")):
                    atValueStart = true
                default:
                    atValueStart = false
                }
                let depth = indents.count + items + flow
                if depth > limit { return (line, index + 1, depth) }
                index += 1
            }
        }
        return nil
    }
}
