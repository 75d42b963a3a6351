import ChainMap
import Foundation
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph

/// Output gathered as bytes and handed to standard output in large blocks: no `String` per row, no encoder.
struct StandardOutputBuffer {
    private var buffer: [UInt8] = []
    private let flushAt = 1 << 20

    init() { buffer.reserveCapacity(flushAt + 4096) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
        if buffer.count >= flushAt { flush() }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= flushAt { flush() }
    }

    /// A JSON string literal as JSONOutput writes it: quotes, backslashes and control characters escaped,
    /// slashes and non-ASCII text as they are.
    mutating func appendJSONString(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: buffer.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: buffer.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0 ..< 0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// A number as JSONOutput writes it: the shortest text that reads back the same, without a trailing `.0`.
    mutating func appendJSONNumber(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        append(text)
    }

    /// Writes what is buffered to standard output.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Why a pairs file could not be read.
enum PairsFileError: Error {
    case unreadable
    /// 1-based line and the line's text.
    case badLine(Int, String)
}

/// Parses a pairs file held as bytes: one `u v` pair per line (fields split by spaces, tabs or commas; empty lines
/// skipped; `\r\n` line ends accepted). Ids are looked up straight from the bytes (short ids make no heap string).
/// - Complexity: O(bytes) plus one hash lookup per id.
func parsePairs(_ bytes: UnsafeRawBufferPointer, in graph: UndirectedGraph) throws(PairsFileError) -> [(NodeIndex, NodeIndex)] {
    var pairs: [(NodeIndex, NodeIndex)] = []
    pairs.reserveCapacity(bytes.count / 12)
    var lineNumber = 0
    var start = 0
    let count = bytes.count
    while start < count {
        lineNumber += 1
        var end = start
        while end < count, bytes[end] != 0x0A { end += 1 }
        var lineEnd = end
        if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        // Up to three fields: a third means a bad line.
        var fields: [(Int, Int)] = []
        var i = start
        while i < lineEnd, fields.count < 3 {
            while i < lineEnd, isSeparator(bytes[i]) { i += 1 }
            guard i < lineEnd else { break }
            let fieldStart = i
            while i < lineEnd, !isSeparator(bytes[i]) { i += 1 }
            fields.append((fieldStart, i))
        }
        if !fields.isEmpty {
            func node(_ field: (Int, Int)) -> NodeIndex? {
                graph.index(of: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[field.0 ..< field.1]), as: UTF8.self))
            }
            guard fields.count == 2, let u = node(fields[0]), let v = node(fields[1]) else {
                throw .badLine(lineNumber, String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start ..< lineEnd]), as: UTF8.self))
            }
            pairs.append((u, v))
        }
        start = end + 1
    }
    return pairs
}

@inline(__always)
private func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ",")
}

extension LinksCommand {
    /// Reads and parses the pairs file.
    /// - Throws: ``PairsFileError``.
    func readPairs(_ path: String, in graph: UndirectedGraph) throws(PairsFileError) -> [(NodeIndex, NodeIndex)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        let result: Result<[(NodeIndex, NodeIndex)], PairsFileError> = data.withUnsafeBytes { bytes in
            do throws(PairsFileError) { return .success(try parsePairs(bytes, in: graph)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Writes scored pairs as JSON (the bytes `JSONOutput` would give) or CSV, streamed.
    func writeStreamed(_ count: Int, row: (Int) -> (u: String, v: String, score: Double), json: Bool) {
        var out = StandardOutputBuffer()
        if json {
            // The layout JSONOutput.render(rows:schema:) gives (sorted keys: rows, then schema), written row by row.
            out.append("{\n  \"rows\" : [")
            if count == 0 { out.append("\n") }
            for i in 0 ..< count {
                let (u, v, score) = row(i)
                out.append(i == 0 ? "\n    {\n      \"score\" : " : ",\n    {\n      \"score\" : ")
                out.appendJSONNumber(score)
                out.append(",\n      \"u\" : ")
                out.appendJSONString(u)
                out.append(",\n      \"v\" : ")
                out.appendJSONString(v)
                out.append("\n    }")
            }
            out.append("\n  ],\n  \"schema\" : ")
            out.appendJSONString(JSONOutput.schema("links"))
            out.append("\n}\n")
        } else {
            out.append("u,v,score")
            for i in 0 ..< count {
                let (u, v, score) = row(i)
                out.append("\n")
                out.append(CSVWriter.escape(u))
                out.append(",")
                out.append(CSVWriter.escape(v))
                out.append(",")
                out.append(String(format6: score))
            }
            out.append("\n")
        }
        out.flush()
    }
}
