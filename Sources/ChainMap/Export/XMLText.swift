/// Escaping of text for XML 1.0 attribute values and character data, byte by byte over UTF-8.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become character references (so
/// attribute-value normalisation keeps them). XML 1.0 forbids the other C0 control characters (U+0000–U+001F
/// except those three) and U+FFFE/U+FFFF even as references: they are replaced by U+FFFD (�), so a name holding
/// one still reads back, visibly marked.
public enum XMLText {
    /// Writes `text` escaped.
    /// - Complexity: O(*n*) in the UTF-8 length; plain runs are copied as they are.
    public static func write(_ text: String, to writer: ByteWriter) throws {
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let replacement: StaticString?
                var width = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&apos;"
                case 0x09: replacement = "&#9;"
                case 0x0A: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case 0x00..<0x20: replacement = "\u{FFFD}"
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    replacement = "\u{FFFD}"
                    width = 3
                default: replacement = nil
                }
                if let replacement {
                    if start < index { try writer.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                    try writer.write(bytes: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    index += width
                    start = index
                } else {
                    index += 1
                }
            }
            if start < bytes.count { try writer.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
    }

    /// `text` escaped, as a string; for tests and small values.
    public static func escaped(_ text: String) -> String {
        String(decoding: (try? ByteWriter.collect { try write(text, to: $0) }) ?? [], as: UTF8.self)
    }
}
