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
        private let encode: (JSONEncoder, Row, ([UInt8]) -> Void) throws -> Void
        private let write: ([UInt8]) -> Void

        /// - Parameters:
        ///   - schema: the `schema` tag (``schema(_:version:)``).
        ///   - encode: passes on a row's bytes, in pieces of whole UTF-8 characters, as the encoder writes the row
        ///     on its own (by default `encoder.encode(row)` in one piece; see
        ///     ``JSONOutput/encode(_:splitting:key:with:into:)`` for rows with a long list).
        ///   - write: receives the document's bytes in order, each piece whole UTF-8 characters.
        /// - Throws: `EncodingError` if the empty document does not have the expected shape (a changed encoder).
        init(schema: String,
             encode: @escaping (JSONEncoder, Row, ([UInt8]) -> Void) throws -> Void = { try $2(Array($0.encode($1))) },
             write: @escaping ([UInt8]) -> Void) throws {
            empty = try render(rows: [Row](), schema: schema)
            guard let list = empty.range(of: "[\n\n  ]") else {
                throw EncodingError.invalidValue(empty, .init(codingPath: [], debugDescription: "unexpected empty list"))
            }
            // "[\n" opens the list; "\n  ]" closes it after the last row.
            head = empty[..<empty.index(list.lowerBound, offsetBy: 2)]
            tail = empty[empty.index(list.upperBound, offsetBy: -4)...]
            self.encode = encode
            self.write = write
        }

        /// Writes `row`, after the document's head for the first one.
        /// - Throws: `EncodingError` when `row` cannot be encoded.
        /// - Complexity: O(size of the row's JSON).
        mutating func append(_ row: Row) throws {
            var bytes = count == 0 ? Array(head.utf8) : Array(",\n".utf8)
            var lineStart = true
            let write = write
            try encode(encoder, row) { piece in
                JSONOutput.append(piece, indentedBy: 4, to: &bytes, lineStart: &lineStart)
                // Written on as it grows: a long row is never held whole.
                if bytes.count >= 1 << 16 {
                    write(bytes)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            count += 1
            write(bytes)
        }

        /// Closes the document (or writes the empty one when no row came).
        func finish() {
            write(count == 0 ? Array(empty.utf8) : Array(tail.utf8))
        }
    }

    /// `row` as `encoder` writes it on its own, but its list at `list` (the top-level key `key`) encoded an element
    /// at a time: the encoder builds a tree of the whole value before writing it, which for a row with thousands of
    /// elements (a hub's existing partners) costs many times the output's size.
    ///
    /// An element encoded alone, its lines indented one level deeper, is the element as the whole row holds it (the
    /// argument of ``RowStream``); the row around the list is the one an empty list gives.
    /// - Parameters:
    ///   - row: the value to encode.
    ///   - list: its long list.
    ///   - key: the list's JSON key, a key of the row's top-level object.
    ///   - encoder: a pretty-printing encoder (``encoder()``).
    ///   - emit: receives the bytes `encoder.encode(row)` gives, in pieces of whole UTF-8 characters.
    /// - Throws: `EncodingError` when the row or an element cannot be encoded.
    /// - Complexity: O(size of the row's JSON), with the encoder's tree of one element at a time.
    static func encode<Row: Encodable, Element: Encodable>(_ row: Row, splitting list: WritableKeyPath<Row, [Element]>,
                                                           key: String, with encoder: JSONEncoder,
                                                           into emit: ([UInt8]) -> Void) throws {
        let elements = row[keyPath: list]
        guard elements.count > 1 else { return emit(Array(try encoder.encode(row))) }
        var shell = row
        shell[keyPath: list] = []
        let outside = Array(try encoder.encode(shell))
        // A raw line break is never inside a string, so this is the key of the top-level object and no value.
        let opening = Array("\n  \"\(key)\" : [".utf8)
        guard let empty = outside.firstRange(of: opening + Array("\n\n  ]".utf8)) else { return emit(Array(try encoder.encode(row))) }
        emit(Array(outside[..<empty.lowerBound]) + opening)
        for (offset, element) in elements.enumerated() {
            var piece = Array((offset == 0 ? "\n" : ",\n").utf8)
            var lineStart = true
            append(Array(try encoder.encode(element)), indentedBy: 4, to: &piece, lineStart: &lineStart)
            emit(piece)
        }
        emit(Array("\n  ]".utf8) + outside[empty.upperBound...])
    }

    /// Appends `data`, every line but blank ones indented by `spaces` spaces (blank lines, inside an empty list or
    /// object, stay blank, as the encoder writes them).
    /// - Parameter lineStart: whether `data` starts a line; on return, whether the next byte would.
    static func append(_ data: [UInt8], indentedBy spaces: Int, to bytes: inout [UInt8], lineStart: inout Bool) {
        let indent = [UInt8](repeating: 0x20, count: spaces)
        for byte in data {
            if lineStart && byte != 0x0A { bytes.append(contentsOf: indent) }
            bytes.append(byte)
            lineStart = byte == 0x0A
        }
    }
}
