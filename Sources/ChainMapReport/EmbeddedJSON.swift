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
        let data = try encoder().encode(value)
        return String(decoding: escapeForScript(utf8: data), as: UTF8.self)
    }

    /// The encoder of the page's data: compact, sorted keys, slashes as they are.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Escapes JSON text for a `<script>` data block, as described in ``encode(_:)``.
    ///
    /// - Complexity: O(n).
    public static func escapeForScript(_ json: String) -> String {
        String(decoding: escapeForScript(utf8: Array(json.utf8)), as: UTF8.self)
    }

    /// As ``escapeForScript(_:)``, on UTF-8 bytes: a large map's data is tens of megabytes, and byte by byte it
    /// is copied in one pass (U+2028 and U+2029 are the bytes E2 80 A8 and E2 80 A9).
    ///
    /// - Complexity: O(n).
    static func escapeForScript<Bytes: Collection<UInt8>>(utf8 json: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 16)
        var index = json.startIndex
        while index != json.endIndex {
            let byte = json[index]
            json.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
            case 0xE2:
                // U+2028/U+2029: E2 80 A8/A9. Anything else starting with E2 is copied as it is.
                var next = index
                if next != json.endIndex, json[next] == 0x80 {
                    json.formIndex(after: &next)
                    if next != json.endIndex, json[next] == 0xA8 || json[next] == 0xA9 {
                        out.append(contentsOf: (json[next] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                        json.formIndex(after: &next)
                        index = next
                        continue
                    }
                }
                out.append(byte)
            default:
                out.append(byte)
            }
        }
        return out
    }
}
