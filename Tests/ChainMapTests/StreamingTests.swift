import Foundation
import Testing
@testable import ChainMap

/// The streaming loader must read exactly what whole-file reading reads.
@Suite("Streaming tables")
struct StreamingTests {
    static let tricky = "id,name,note\r\n\"a,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n b ,\u{3000}名称\u{3000},x\u{0301}\n\n\r\nc,\"\"\"q\",\"open\n"

    /// Every record as text, line and column per cell, plus the diagnostics.
    static func records(_ text: String, pieces: Int?) -> [String] {
        var log = DiagnosticLog()
        var out: [String] = []
        let describe = { (record: CSVRecord) in
            out.append("\(record.line): " + (0 ..< record.count).map { "\(record.text($0))|\(record.trimmedText($0))@\(record.lines[$0]).\(record.columns[$0])" }.joined(separator: " ¦ "))
        }
        guard let pieces else {
            CSVReader.forEachRecord(in: text, path: "t.csv", log: &log, describe)
            return out + log.diagnostics.map(\.description)
        }
        var parser = CSVParser(path: "t.csv")
        let bytes = Array(text.utf8)
        var start = 0
        var kept: [UInt8] = []
        while true {
            let end = min(bytes.count, start + pieces)
            let piece = kept + bytes[start ..< end]
            let final = end == bytes.count
            let consumed = piece.withUnsafeBufferPointer { parser.parse($0, final: final, log: &log, emit: describe) }
            kept = Array(piece[consumed...])
            start = end
            if final { break }
        }
        return out + log.diagnostics.map(\.description)
    }

    @Test("a table read in pieces of any size gives the same records, positions and diagnostics", arguments: [1, 2, 3, 7, 64])
    func pieces(_ size: Int) {
        let whole = Self.records(Self.tricky, pieces: nil)
        #expect(whole.contains { $0.contains("unterminated quoted cell") })
        #expect(Self.records(Self.tricky, pieces: size) == whole)
    }

    @Test("trimmed cells equal trimmingWhitespace, with and without the shortcut")
    func trimming() {
        for text in ["abc", " abc", "名称", "\u{3000}名称", "名称\u{3000}", "a\u{0301}", "x ", "名", "（汇总）", "\u{00A0}a"] {
            var record = CSVRecord()
            record.bytes = Array(text.utf8)
            record.ends = [record.bytes.count]
            record.lines = [1]
            record.columns = [1]
            #expect(record.trimmedText(0) == text.trimmingWhitespace(), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("the UTF-8 check accepts what String(validating:) accepts and counts line feeds")
    func validation() {
        var rng = SeededGenerator(state: 7)
        let pool: [[UInt8]] = [[0x0A], [0x41], [0xE4, 0xB8, 0xAD], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80], [0xFF], [0xC0, 0xAF],
                               [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80], [0x0A, 0x0A, 0x0A, 0x0A, 0x0A, 0x0A, 0x0A, 0x0A]]
        for _ in 0 ..< 2000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 24, using: &rng) {
                bytes += Bool.random(using: &rng) ? Array(repeating: 0x61, count: Int.random(in: 1 ... 9, using: &rng)) : pool.randomElement(using: &rng) ?? []
            }
            var validator = UTF8Validator()
            // In two pieces, split anywhere, as files are.
            let split = Int.random(in: 0 ... bytes.count, using: &rng)
            bytes[..<split].withUnsafeBytes { validator.feed($0) }
            bytes[split...].withUnsafeBytes { validator.feed($0) }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(validator.isComplete == expected, "\(bytes)")
            if expected { #expect(validator.lineFeeds == bytes.count { $0 == 0x0A }) }
        }
    }

    @Test("relation positions read and write like a dictionary of positions")
    func relationPositions() {
        var positions = RelationPositions()
        positions.append(index: 0, path: "r.csv", line: 2)
        positions.append(index: 1, path: "r.csv", line: 5)
        #expect(positions[0] == SourcePosition(path: "r.csv", line: 2, column: 1))
        #expect(positions[1]?.line == 5 && positions[2] == nil && positions.count == 2)
        positions[1] = SourcePosition(path: "other.csv", line: 9, column: 3)
        positions[7] = SourcePosition(path: "r.csv", line: 40, column: 1)
        #expect(positions[1] == SourcePosition(path: "other.csv", line: 9, column: 3))
        #expect(positions[7]?.line == 40 && positions.count == 3)
        positions[0] = nil
        #expect(positions[0] == nil && positions.count == 2)
        let literal: RelationPositions = [1: SourcePosition(path: "other.csv", line: 9, column: 3), 7: SourcePosition(path: "r.csv", line: 40, column: 1)]
        #expect(literal == positions)
        #expect(RelationPositions().isEmpty && ([:] as RelationPositions).isEmpty)
    }

    @Test("a date keeps what it is given, in 8 bytes")
    func dates() {
        #expect(MemoryLayout<PartialDate>.size == 8)
        let date = PartialDate(year: 2024, month: 12)
        #expect(date.year == 2024 && date.month == 12 && date.day == nil && date.description == "2024-12")
        #expect(PartialDate("2024-02-29") == PartialDate(year: 2024, month: 2, day: 29))
        #expect(PartialDate(year: 2024) < PartialDate(year: 2024, month: 1))
    }
}

/// A fixed-seed generator, so the random cases are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
