import ChainMap
import Foundation

/// Data for the page as JSON inside `<script type="application/json">`.
public enum EmbeddedJSON {
    /// `value` as JSON (sorted keys, so the same map gives the same bytes) that is safe between
    /// `<script type="application/json">` and `</script>`: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`
    /// (so neither `</script>` nor `<!--` can occur), and U+2028/U+2029 become `\u2028`/`\u2029`. These characters
    /// only ever occur inside JSON strings, where the escapes mean the same characters: `JSON.parse` gives back
    /// exactly the encoded value.
    ///
    /// - Throws: `EncodingError` when `value` cannot be encoded (a non-finite number).
    /// - Complexity: O(size of the JSON).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return escapeForScript(String(decoding: data, as: UTF8.self))
    }

    /// Escapes JSON text for a `<script>` data block, as described in ``encode(_:)``.
    ///
    /// - Complexity: O(n).
    public static func escapeForScript(_ json: String) -> String {
        json.escapingScalars { scalar in
            switch scalar {
            case "<": .replace("\\u003c")
            case ">": .replace("\\u003e")
            case "&": .replace("\\u0026")
            case "\u{2028}": .replace("\\u2028")
            case "\u{2029}": .replace("\\u2029")
            default: .keep
            }
        }
    }
}
