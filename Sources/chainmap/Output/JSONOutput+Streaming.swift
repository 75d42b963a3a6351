import Foundation

extension JSONOutput {
    /// A list answer, `{"rows": [...], "schema": …}`, written a row at a time as the rows are computed: byte for
    /// byte what ``render(rows:schema:)`` prints for the same rows, holding one row at a time.
    ///
    /// Pretty-printed JSON indents by depth alone and never breaks a line inside a value (a line break in a string
    /// is written `\n`), so a row encoded on its own, its lines indented two levels deeper, is the row as the whole
    /// document holds it; the document around the rows is the one an empty list gives.
    struct RowStream<Row: Encodable> {
        private let encoder = JSONOutput.encoder()
        /// The document of no rows, and where its empty list opens and closes.
        private let empty: String
        private let head: Substring
        private let tail: Substring
        private var count = 0
        private let write: ([UInt8]) -> Void

        /// - Parameters:
        ///   - schema: the `schema` tag (``schema(_:version:)``).
        ///   - write: receives the document's bytes in order, each piece whole UTF-8 characters.
        /// - Throws: `EncodingError` if the empty document does not have the expected shape (a changed encoder).
        init(schema: String, write: @escaping ([UInt8]) -> Void) throws {
            empty = try render(rows: [Row](), schema: schema)
            guard let list = empty.range(of: "[\n\n  ]") else {
                throw EncodingError.invalidValue(empty, .init(codingPath: [], debugDescription: "unexpected empty list"))
            }
            // "[\n" opens the list; "\n  ]" closes it after the last row.
            head = empty[..<empty.index(list.lowerBound, offsetBy: 2)]
            tail = empty[empty.index(list.upperBound, offsetBy: -4)...]
            self.write = write
        }

        /// Writes `row`, after the document's head for the first one.
        /// - Throws: `EncodingError` when `row` cannot be encoded.
        /// - Complexity: O(size of the row's JSON).
        mutating func append(_ row: Row) throws {
            let data = try encoder.encode(row)
            var bytes = count == 0 ? Array(head.utf8) : Array(",\n".utf8)
            bytes.reserveCapacity(bytes.count + data.count + data.count / 8)
            let indent = Array("    ".utf8)
            var lineStart = true
            for byte in data {
                // Blank lines (inside an empty list or object) stay blank, as the encoder writes them.
                if lineStart && byte != 0x0A { bytes.append(contentsOf: indent) }
                bytes.append(byte)
                lineStart = byte == 0x0A
            }
            count += 1
            write(bytes)
        }

        /// Closes the document (or writes the empty one when no row came).
        func finish() {
            write(count == 0 ? Array(empty.utf8) : Array(tail.utf8))
        }
    }
}
