// libFuzzer target: the CSV reader, whole-text and streamed in two pieces (the split point comes from the
// input), then the rows as one of the five tables.
import Foundation
@testable import ChainMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    var log = DiagnosticLog()
    var cells = 0
    CSVReader.forEachRecord(in: text, path: "/fuzz/t.csv", log: &log) { cells += $0.count }
    // Streamed in two pieces: a record split across buffers must read as whole.
    let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
    var parser = CSVParser(path: "/fuzz/t.csv")
    var streamLog = DiagnosticLog()
    var records = 0
    let first = Array(bytes[..<cut])
    let consumed = first.withUnsafeBufferPointer { parser.parse($0, final: false, log: &streamLog) { _ in records += 1 } }
    let rest = Array(first[consumed...]) + Array(bytes[cut...])
    _ = rest.withUnsafeBufferPointer { parser.parse($0, final: true, log: &streamLog) { _ in records += 1 } }
    // As a table (header matching, every cell reader); which one comes from the input.
    let name = ["organizations", "platforms", "experts", "demands", "relations"][bytes.isEmpty ? 0 : Int(bytes[bytes.count - 1]) % 5]
    var context = LoadContext(folder: "/fuzz")
    context.finishManifest()
    context.readTable(name, text: text, path: "/fuzz/\(name).csv")
    return 0
}
