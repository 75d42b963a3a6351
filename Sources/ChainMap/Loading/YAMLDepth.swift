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
        // Over UTF-8 bytes: every character that matters is ASCII, and no byte of a multi-byte character is.
        // (Splitting the String into Characters, then arrays of scalars, took a tenth of a render's start-up.)
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r"), hash = UInt8(ascii: "#")
        let double = UInt8(ascii: "\""), single = UInt8(ascii: "'")
        var indents: [Int] = []  // the block indentation levels open at this line
        var flow = 0  // open flow collections
        var line = 0
        var copy = text
        return copy.withUTF8 { bytes -> (line: Int, column: Int, depth: Int)? in
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                line += 1
                var index = lineStart
                while index < lineEnd, bytes[index] == space { index += 1 }
                if index == lineEnd || bytes[index] == hash || bytes[index] == cr { continue }
                if flow == 0 {
                    let indent = index - lineStart
                    while let last = indents.last, last > indent { indents.removeLast() }
                    if indents.last.map({ $0 < indent }) ?? true { indents.append(indent) }
                }
                var items = 0  // `- ` indicators on this line, each one level
                var atValueStart = true
                var quote: UInt8? = nil
                while index < lineEnd {
                    let character = bytes[index]
                    if let open = quote {
                        if open == double && character == UInt8(ascii: "\\") { index += 2; continue }
                        if character == open {
                            // '' inside a single-quoted scalar is an escaped quote.
                            if open == single, index + 1 < lineEnd, bytes[index + 1] == single { index += 2; continue }
                            quote = nil
                        }
                        index += 1
                        continue
                    }
                    let following = index + 1 < lineEnd ? bytes[index + 1] : space
                    switch character {
                    case space, tab, cr:
                        break
                    case hash where index == lineStart || bytes[index - 1] == space || bytes[index - 1] == tab:
                        index = lineEnd
                        continue
                    case double where atValueStart, single where atValueStart:
                        quote = character
                        atValueStart = false
                    case UInt8(ascii: "-") where atValueStart && flow == 0 && (following == space || following == tab):
                        items += 1
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        if atValueStart || flow > 0 {
                            flow += 1
                            atValueStart = true
                        } else {
                            atValueStart = false
                        }
                    case UInt8(ascii: "]") where flow > 0, UInt8(ascii: "}") where flow > 0:
                        flow -= 1
                        atValueStart = false
                    case UInt8(ascii: ",") where flow > 0:
                        atValueStart = true
                    case UInt8(ascii: ":") where following == space || following == tab || index + 1 == lineEnd
                        || (flow > 0 && (following == UInt8(ascii: ",") || following == UInt8(ascii: "]")
                            || following == UInt8(ascii: "}"))):
                        atValueStart = true
                    default:
                        atValueStart = false
                    }
                    let depth = indents.count + items + flow
                    if depth > limit {
                        // The column in Unicode scalars, as editors count: UTF-8 lead bytes up to here.
                        let column = bytes[lineStart...index].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                        return (line, column, depth)
                    }
                    index += 1
                }
            }
            return nil
        }
    }
}
