#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encodings a map's files may use.
public enum TextEncoding: String, CaseIterable, Sendable, Codable {
    /// UTF-8 when the bytes are valid UTF-8, otherwise GB18030.
    case auto
    case utf8 = "utf-8"
    /// What Excel and WPS write on Chinese Windows; a superset of GBK and GB2312.
    case gb18030
}

/// Turns a file's bytes into text: strips a UTF-8 byte-order mark, detects or applies GB18030.
///
/// Every iconv call of chainmap is in this file; the converter is opened and closed in the same function.
enum TextDecoding {
    enum Failure: Error, Equatable {
        /// The bytes are not valid in the named encoding; `offset` is the first bad byte.
        case invalid(encoding: TextEncoding, offset: Int)
    }

    /// Decodes `bytes` as `encoding`.
    ///
    /// - Returns: the text, and the encoding actually used.
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) throws(Failure) -> (text: String, encoding: TextEncoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        switch encoding {
        case .utf8:
            guard let text = String(validating: body, as: UTF8.self) else {
                throw .invalid(encoding: .utf8, offset: firstInvalidUTF8Offset(body) + (bytes.count - body.count))
            }
            return (text, .utf8)
        case .gb18030:
            return (try decodeGB18030(Array(body)), .gb18030)
        case .auto:
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
            return (try decodeGB18030(Array(body)), .gb18030)
        }
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput, .error: return offset
            }
        }
    }

    private static func decodeGB18030(_ input: [UInt8]) throws(Failure) -> String {
        if input.isEmpty { return "" }
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, Int(bitPattern: converter) != -1 else {
            throw .invalid(encoding: .gb18030, offset: 0)
        }
        defer { iconv_close(converter) }

        var source = input
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var failedAt: Int?
        let written: Int = source.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return 0 }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == size_t.max || inLeft > 0 {
                    failedAt = inBuffer.count - inLeft
                }
                return outBuffer.count - outLeft
            }
        }
        if let failedAt { throw .invalid(encoding: .gb18030, offset: failedAt) }
        return String(decoding: output[..<written], as: UTF8.self)
    }
}
