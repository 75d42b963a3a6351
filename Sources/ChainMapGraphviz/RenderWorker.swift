// The worker's side of isolated rendering: one request on standard input, one answer on standard output, then
// exit. Foundation-free on purpose: this is all the helper executable runs, and a process that loads Foundation
// spends longer starting than `dot` spends laying out a county's overview.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves one render for a parent process that wants Graphviz's crashes and hangs kept away from it (chainmap's
/// `IsolatedRenderer`, in ChainMapRender, is that parent).
///
/// Protocol, private to the two ends:
/// - request: one line `render <engine> <format> <memory limit in bytes, or ->` and then the DOT text, on
///   standard input until it closes;
/// - answer: one JSON line `{"error":null|{"kind":…,"name":…,"message":…},"warnings":[…]}` and then the
///   rendered bytes, on standard output. Standard error carries only what a crash prints (Graphviz's assertion).
public enum RenderWorker {
    /// The file name of the package's helper executable that runs ``serve()`` and nothing else.
    public static let executableName = "chainmap-render-worker"

    /// The first line of a request for `engine`, `format` and a memory limit in bytes (`nil` for none).
    ///
    /// - Returns: the line, newline included.
    public static func requestLine(engine: LayoutEngine, format: OutputFormat, memoryLimit: UInt64?) -> String {
        "render \(engine.rawValue) \(format.rawValue) \(memoryLimit.map { String($0) } ?? "-")\n"
    }

    /// Reads one request from standard input, limits its own address space, renders in-process with
    /// ``GraphvizRenderer`` and writes the answer to standard output.
    ///
    /// - Returns: the exit status for the worker process: 0 when an answer (a picture or Graphviz's error) was
    ///   written, 64 for a malformed request, 71 when the memory limit cannot be set, 74 when reading or writing
    ///   fails.
    /// - Complexity: Graphviz's cost plus O(input + output) copying.
    public static func serve() -> Int32 {
        guard let input = readAll(from: 0) else { return complain("cannot read the request", status: 74) }
        guard let newline = input.firstIndex(of: UInt8(ascii: "\n")) else { return complain("malformed request", status: 64) }
        let fields = input[..<newline].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 4, fields[0] == "render", let engine = LayoutEngine(rawValue: fields[1]),
            let format = OutputFormat(rawValue: fields[2])
        else { return complain("malformed request", status: 64) }
        if fields[3] != "-" {
            guard let limit = UInt64(fields[3]) else { return complain("malformed request", status: 64) }
            // AddressSanitizer reserves terabytes of shadow address space at start-up: an address-space limit would
            // only make the sanitized worker fail to map its shadow, so a sanitized build renders without one.
            if !runsUnderAddressSanitizer && !limitAddressSpace(to: limit) {
                return complain("cannot set the memory limit", status: 71)
            }
        }
        let dot = String(decoding: input[(newline + 1)...], as: UTF8.self)
        var answer: [UInt8]
        do {
            let output = try GraphvizRenderer.renderWithWarnings(dot: dot, engine: engine, format: format)
            answer = Array(replyLine(error: nil, warnings: output.warnings).utf8)
            answer += output.bytes
        } catch {
            answer = Array(replyLine(error: error, warnings: []).utf8)
        }
        return writeAll(answer, to: 1) ? 0 : 74
    }

    /// Whether this process carries AddressSanitizer's runtime (a `--sanitize=address` build): its symbol, or
    /// `ASAN_OPTIONS` in the environment (which `make test-asan` sets) for a runtime linked without exporting it.
    public static var runsUnderAddressSanitizer: Bool {
        #if os(Linux)
        let found = dlsym(nil, "__asan_init") != nil
        #else
        let found = dlsym(UnsafeMutableRawPointer(bitPattern: -2), "__asan_init") != nil
        #endif
        return found || getenv("ASAN_OPTIONS") != nil
    }

    /// The answer's JSON line for a render's error (nil on success) and warnings.
    ///
    /// - Complexity: O(total length of the texts).
    static func replyLine(error: GraphvizError?, warnings: [String]) -> String {
        var line = "{\"error\":"
        if let error {
            let (kind, name): (String, String) =
                switch error {
                case .syntax: ("syntax", "")
                case .layout(let engine, _): ("layout", engine)
                case .render(let format, _): ("render", format)
                case .unsupportedEngine(let engine, _): ("engine", engine)
                case .unsupportedFormat(let format, _): ("format", format)
                }
            line += "{\"kind\":\(jsonString(kind)),\"name\":\(jsonString(name)),\"message\":\(jsonString(error.message))}"
        } else {
            line += "null"
        }
        line += ",\"warnings\":[" + warnings.map(jsonString).joined(separator: ",") + "]}\n"
        return line
    }

    /// `text` as a JSON string literal: quotes, backslashes and control characters as `\u00XX` escapes.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            guard scalar == "\"" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F else {
                out.unicodeScalars.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        return out + "\""
    }

    /// Sets `RLIMIT_AS` (soft and hard) to `bytes`.
    private static func limitAddressSpace(to bytes: UInt64) -> Bool {
        var bound = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        #if os(Linux)
        let resource = __rlimit_resource_t(RLIMIT_AS.rawValue)
        #else
        let resource = RLIMIT_AS
        #endif
        return setrlimit(resource, &bound) == 0
    }

    /// Everything readable from `fd` until end of file, or nil on a read error.
    ///
    /// - Complexity: O(n) in the bytes read.
    private static func readAll(from fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }

    /// Writes all of `bytes` to `fd`, retrying short writes; false on an error (the parent went away).
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return write(fd, base + written, bytes.count - written)
            }
            if count > 0 {
                written += count
            } else if count < 0 && errno != EINTR {
                return false
            }
        }
        return true
    }

    /// Prints `render worker: <message>` on standard error and returns `status`.
    private static func complain(_ message: String, status: Int32) -> Int32 {
        _ = writeAll(Array("render worker: \(message)\n".utf8), to: 2)
        return status
    }
}
