import Foundation

/// The JSON every command prints: keys sorted, two-space indentation, slashes and Chinese left unescaped,
/// so the same data always gives the same bytes.
enum JSONOutput {
    /// `value` as pretty-printed JSON text ending in a newline.
    ///
    /// - Throws: `EncodingError` when `value` cannot be encoded.
    /// - Complexity: O(n) in the size of the output.
    static func render<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // JSON has no NaN or infinity; say them as strings rather than fail the whole output.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
