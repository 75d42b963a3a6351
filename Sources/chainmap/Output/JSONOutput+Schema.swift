import Foundation

/// Every JSON document chainmap prints is an object whose first concern is `"schema": "chainmap/<command>@<version>"`
/// (docs/json.md): a reader checks it before anything else, and a breaking change bumps the version.
/// Commands whose answer is a list print `{"schema", "rows": [...]}`; commands whose answer is an object print that
/// object with `schema` added.
extension JSONOutput {
    /// The schema tag of a command's JSON: `chainmap/<command>@<version>`.
    static func schema(_ command: String, version: Int = 1) -> String { "chainmap/\(command)@\(version)" }

    /// A list answer as `{"schema": …, "rows": rows}`.
    /// - Throws: what encoding the rows throws.
    static func render<Row: Encodable>(rows: [Row], schema: String) throws -> String {
        try render(Rows(schema: schema, rows: rows))
    }

    /// An object answer with `"schema"` added beside its own keys.
    /// - Parameter object: must encode as a keyed container (a struct or a dictionary with string keys).
    /// - Throws: what encoding the object throws.
    static func render<Object: Encodable>(object: Object, schema: String) throws -> String {
        try render(Tagged(schema: schema, object: object))
    }

    private struct Rows<Row: Encodable>: Encodable {
        var schema: String
        var rows: [Row]
    }

    private struct Tagged<Object: Encodable>: Encodable {
        var schema: String
        var object: Object

        enum Key: String, CodingKey { case schema }

        func encode(to encoder: any Encoder) throws {
            // Both write into the same JSON object: the encoder's keyed containers at one level share storage.
            try object.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(schema, forKey: .schema)
        }
    }
}
