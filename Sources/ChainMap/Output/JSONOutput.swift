import Foundation

/// The JSON every command prints: keys sorted, two-space indentation, slashes and Chinese left unescaped,
/// so the same data always gives the same bytes.
public enum JSONOutput {
    public static func render<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // JSON has no NaN or infinity; say them as strings rather than fail the whole output.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
