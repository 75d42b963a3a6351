/// Writing JSON values straight into a ``ByteWriter``: strings escaped per RFC 8259 (`"`, `\`, and control
/// characters as `\n`, `\t`, `\u00XX`), Chinese and `/` left as they are, as the command line's JSON output prints them.
enum JSONText {
    /// Writes `text` as a JSON string, quotes included.
    /// - Complexity: O(*n*) in the UTF-8 length.
    static func string(_ text: String, to out: ByteWriter) throws {
        try out.write(byte: UInt8(ascii: "\""))
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if start < index { try out.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                switch byte {
                case UInt8(ascii: "\""): try out.write("\\\"")
                case UInt8(ascii: "\\"): try out.write("\\\\")
                case 0x0A: try out.write("\\n")
                case 0x0D: try out.write("\\r")
                case 0x09: try out.write("\\t")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    try out.write(bytes: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                start = index + 1
            }
            if start < bytes.count { try out.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
        try out.write(byte: UInt8(ascii: "\""))
    }

    /// Writes `"key": value` pairs of strings as members of an open object, each preceded by `, ` unless first.
    static func members(_ pairs: [(String, String)], first: Bool, to out: ByteWriter) throws {
        var first = first
        for (key, value) in pairs {
            if !first { try out.write(", ") }
            first = false
            try string(key, to: out)
            try out.write(": ")
            try string(value, to: out)
        }
    }

    /// Writes `"key": ["a", "b"]` as a member of an open object, preceded by `, `.
    static func list(_ key: String, _ items: [String], to out: ByteWriter) throws {
        try out.write(", ")
        try string(key, to: out)
        try out.write(": [")
        for (offset, item) in items.enumerated() {
            if offset > 0 { try out.write(", ") }
            try string(item, to: out)
        }
        try out.write("]")
    }
}
