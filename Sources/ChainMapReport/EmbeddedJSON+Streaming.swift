import ChainMap
import Foundation

extension EmbeddedJSON {
    /// A list of the page's data written element by element into its place instead of encoded with the rest: the
    /// encoder builds a tree of the whole value before writing a byte, several times the size of the JSON, and a
    /// million-tie map's records and ties are tens of megabytes of it.
    struct Splice {
        /// The list's key in the top-level object, where the encoded value holds an empty list.
        var key: String
        /// Writes the list's elements, script-safe (``EmbeddedJSON/escapeForScript(_:)``) and separated by commas,
        /// without the brackets (``ListWriter`` does that).
        var write: (ByteWriter) throws -> Void
    }

    /// Writes `value` as ``encode(_:)`` would give it with each splice's elements in its list: `value` holds the
    /// spliced lists empty, and the closures write what the full lists would encode to.
    ///
    /// Compact JSON puts an element of a list between the list's `[` and `]` exactly as it encodes alone, commas
    /// between elements, so the pieces joined are the whole document; escaping for the script changes ASCII bytes
    /// and whole characters only, so escaped piece by piece it is escaped as a whole.
    ///
    /// - Throws: `EncodingError` when `value` cannot be encoded or holds no empty list under a splice's key in its
    ///   top-level object; whatever the closures or the writer throw.
    /// - Complexity: O(size of the JSON); memory the encoder's tree of `value` with the lists empty.
    static func write<T: Encodable>(_ value: T, splicing splices: [Splice], into writer: ByteWriter) throws {
        let shell = Array(try encoder().encode(value))
        let places = topLevelEmptyLists(in: shell)
        var cuts: [(at: Int, splice: Splice)] = []
        for splice in splices {
            guard let place = places[splice.key] else {
                throw EncodingError.invalidValue(splice.key, .init(codingPath: [], debugDescription: "no empty list to splice"))
            }
            cuts.append((place, splice))
        }
        var start = 0
        for cut in cuts.sorted(by: { $0.at < $1.at }) {
            // Up to and with the list's "[", then its elements; its "]" opens the next piece.
            try writer.write(bytes: escapeForScript(utf8: shell[start...cut.at]))
            try cut.splice.write(writer)
            start = cut.at + 1
        }
        try writer.write(bytes: escapeForScript(utf8: shell[start...]))
    }

    /// For each key of the top-level object of compact JSON `json` whose value is `[]`, the offset of its `[`.
    ///
    /// - Complexity: O(n).
    static func topLevelEmptyLists(in json: [UInt8]) -> [String: Int] {
        var places: [String: Int] = [:]
        var depth = 0
        var index = 0
        while index < json.count {
            let byte = json[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\""):
                let start = index + 1
                index = start
                while index < json.count, json[index] != UInt8(ascii: "\"") {
                    // An escaped character is two bytes or more; its second byte is never the string's end.
                    index += json[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                // A key of the top-level object is a string at depth 1 followed by ":".
                let rest = json[min(index + 1, json.count)...]
                if depth == 1, rest.starts(with: Array(":[]".utf8)) {
                    places[String(decoding: json[start..<index], as: UTF8.self)] = index + 2
                }
            default: break
            }
            index += 1
        }
        return places
    }

    /// Writes a list's elements for a ``Splice``, a batch at a time: each batch is encoded as a list, which in
    /// compact JSON is its elements as they encode alone, and written without its brackets. Batches keep the
    /// encoder's tree small and its cost per call low.
    final class ListWriter<Element: Encodable> {
        private let encoder = EmbeddedJSON.encoder()
        private let writer: ByteWriter
        private let batch: Int
        private var pending: [Element] = []
        private var first = true

        /// - Parameters:
        ///   - writer: where the elements go.
        ///   - batch: how many elements are encoded at a time.
        init(into writer: ByteWriter, batch: Int = 512) {
            self.writer = writer
            self.batch = max(batch, 1)
        }

        /// Adds an element; a full batch is encoded and written.
        /// - Throws: `EncodingError`, or the writer's error.
        func append(_ element: Element) throws {
            pending.append(element)
            if pending.count >= batch { try flush() }
        }

        /// Writes what is pending. Call once at the end.
        /// - Throws: `EncodingError`, or the writer's error.
        func flush() throws {
            guard !pending.isEmpty else { return }
            let list = Array(try encoder.encode(pending))
            pending.removeAll(keepingCapacity: true)
            if !first { try writer.write(byte: UInt8(ascii: ",")) }
            first = false
            try writer.write(bytes: EmbeddedJSON.escapeForScript(utf8: list.dropFirst().dropLast()))
        }
    }
}
