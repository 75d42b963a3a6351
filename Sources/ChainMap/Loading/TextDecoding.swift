/// The text encodings a map's files may use.
public enum TextEncoding: String, CaseIterable, Sendable, Codable {
    /// UTF-8 when the bytes are valid UTF-8, otherwise GB18030.
    case auto
    /// UTF-8 only; other bytes are an error.
    case utf8 = "utf-8"
    /// What Excel and WPS write on Chinese Windows; a superset of GBK and GB2312.
    case gb18030
}

/// Turns a file's bytes into text: strips a UTF-8 byte-order mark, detects or applies GB18030 (through ``Iconv``).
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
        switch Iconv.convert(input, from: "GB18030", to: "UTF-8") {
        case .converted(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failed(let offset): throw .invalid(encoding: .gb18030, offset: offset)
        }
    }
}

/// Checks that bytes fed in pieces are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF) — the same bytes `String(validating:as:)` accepts — and counts line feeds on the way,
/// so a table can be validated and sized without holding it in memory.
struct UTF8Validator {
    /// Continuation bytes still expected by the sequence in progress.
    private var remaining = 0
    /// The allowed range of the next continuation byte (narrower than 80…BF right after some lead bytes).
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    private(set) var isValid = true
    /// Line feeds seen: an upper bound of the records, to reserve memory for them.
    private(set) var lineFeeds = 0

    /// - Complexity: O(*n*); ASCII runs are checked eight bytes at a time.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard isValid, let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            if remaining == 0 {
                // Fast path: eight ASCII bytes at once, counting line feeds among them.
                while index + 8 <= count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    // A zero byte of `y` is a line feed. Every byte of `y` is ≤ 7F, so adding 7F per byte sets its
                    // high bit unless it is zero, without carries into the next byte.
                    let y = word ^ 0x0A0A_0A0A_0A0A_0A0A
                    lineFeeds += (~((y &+ 0x7F7F_7F7F_7F7F_7F7F) | y) & 0x8080_8080_8080_8080).nonzeroBitCount
                    index += 8
                }
                guard index < count else { break }
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x00 ... 0x7F:
                    if byte == 0x0A { lineFeeds += 1 }
                case 0xC2 ... 0xDF: expect(1, 0x80, 0xBF)
                case 0xE0: expect(2, 0xA0, 0xBF)
                case 0xE1 ... 0xEC, 0xEE ... 0xEF: expect(2, 0x80, 0xBF)
                case 0xED: expect(2, 0x80, 0x9F)
                case 0xF0: expect(3, 0x90, 0xBF)
                case 0xF1 ... 0xF3: expect(3, 0x80, 0xBF)
                case 0xF4: expect(3, 0x80, 0x8F)
                default:
                    isValid = false
                    return
                }
            } else {
                let byte = bytes[index]
                index += 1
                guard byte >= low && byte <= high else {
                    isValid = false
                    return
                }
                remaining -= 1
                low = 0x80
                high = 0xBF
            }
        }
    }

    /// True when every byte fed was valid and no sequence is left unfinished.
    var isComplete: Bool { isValid && remaining == 0 }

    private mutating func expect(_ count: Int, _ low: UInt8, _ high: UInt8) {
        remaining = count
        self.low = low
        self.high = high
    }
}
