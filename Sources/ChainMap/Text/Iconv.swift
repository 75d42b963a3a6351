#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversion between UTF-8 and GB18030 through the C library's iconv: reading tables saved by Chinese Excel and
/// WPS, and writing CSV for old WPS.
enum Iconv {
    /// What a conversion gave: the converted bytes, or the offset in the input where it stopped.
    enum Outcome: Equatable {
        case converted([UInt8])
        case failed(at: Int)
    }

    /// `input` converted from the encoding `source` to `target` (iconv's names, such as `"GB18030"`).
    ///
    /// The output buffer holds twice the input plus 16 bytes: enough between UTF-8 and GB18030 in either direction
    /// (a character takes at most four bytes in both, and a two-byte GB18030 character three in UTF-8).
    /// - Complexity: O(*n*) in the input's length.
    static func convert(_ input: [UInt8], from source: String, to target: String) -> Outcome {
        if input.isEmpty { return .converted([]) }
        let converter = iconv_open(target, source)
        guard let converter, Int(bitPattern: converter) != -1 else { return .failed(at: 0) }
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
                if result == size_t.max || inLeft > 0 { failedAt = inBuffer.count - inLeft }
                return outBuffer.count - outLeft
            }
        }
        if let failedAt { return .failed(at: failedAt) }
        return .converted(Array(output[..<written]))
    }
}
