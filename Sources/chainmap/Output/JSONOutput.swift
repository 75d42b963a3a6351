import Foundation

/// The JSON every command prints: keys sorted, two-space indentation, slashes and Chinese left unescaped,
/// so the same data always gives the same bytes.
enum JSONOutput {
    /// `value` as pretty-printed JSON text ending in a newline.
    ///
    /// - Throws: `EncodingError` when `value` cannot be encoded.
    /// - Complexity: O(n) in the size of the output.
    static func render<Value: Encodable>(_ value: Value) throws -> String {
        let data = try encoder().encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The encoder behind ``render(_:)``: sorted keys, pretty-printed, slashes as they are.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // JSON has no NaN or infinity; say them as strings rather than fail the whole output.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }
}
