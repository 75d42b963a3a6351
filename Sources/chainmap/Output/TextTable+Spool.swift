import ChainMap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension TextTable {
    /// A table too large to hold, printed as ``TextTable/render()`` prints it: a column's width is known only once
    /// every row is, so the rows, made single-line as shown, wait in an anonymous temporary file (in memory when
    /// none can be made) while the widths are measured, and are read back and padded at the end.
    final class Spool {
        /// Why the waiting rows could not be read back whole (the temporary file's disk filled).
        struct Failure: Error {
            /// The C library's error number.
            var code: Int32
        }

        private let headers: [String]
        private var widths: [Int]
        /// The waiting rows: a line each, cells apart by U+001F (a shown cell has no control character nor line
        /// break: ``TextTable/singleLine(_:)`` makes them visible). Nil: rows are held in `held` instead.
        private let file: UnsafeMutablePointer<FILE>?
        private var held: [[String]] = []
        private var failure: Int32?

        /// - Parameter headers: the column headers.
        init(headers: [String]) {
            self.headers = headers
            widths = headers.map(DisplayWidth.of)
            file = tmpfile()
        }

        deinit { if let file { fclose(file) } }

        /// Adds a row (as many cells as headers; fewer are padded with blanks, more are ignored).
        /// - Complexity: O(length of the row).
        func append(_ row: [String]) {
            let cells = row.prefix(widths.count).map(TextTable.singleLine)
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
            guard let file else { return held.append(cells) }
            var line = cells.joined(separator: "\u{1F}") + "\n"
            let count = line.utf8.count
            if line.withUTF8({ fwrite($0.baseAddress, 1, count, file) }) != count, failure == nil { failure = errno }
        }

        /// Prints the table: headers, rule, then the rows in the order added.
        /// - Parameter out: where the lines go.
        /// - Throws: ``Failure`` when the temporary file could not hold every row (nothing of the rows is printed).
        /// - Complexity: O(size of the table), in memory of one row.
        func finish(to out: Terminal.Stream) throws(Failure) {
            if let file {
                if fflush(file) != 0, failure == nil { failure = errno }
                if let failure { throw Failure(code: failure) }
                rewind(file)
            }
            out.write(TextTable.line(headers, widths: widths) + "\n" + TextTable.rule(widths) + "\n")
            if let file {
                var pending: [UInt8] = []
                var chunk = [UInt8](repeating: 0, count: 1 << 20)
                while true {
                    let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                    if read == 0 { break }
                    var start = 0
                    for index in 0 ..< read where chunk[index] == 0x0A {
                        pending.append(contentsOf: chunk[start ..< index])
                        emit(pending, to: out)
                        pending.removeAll(keepingCapacity: true)
                        start = index + 1
                    }
                    pending.append(contentsOf: chunk[start ..< read])
                }
            }
            for cells in held { out.write(TextTable.line(cells, widths: widths) + "\n") }
        }

        private func emit(_ line: [UInt8], to out: Terminal.Stream) {
            let cells = line.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            out.write(TextTable.line(cells, widths: widths) + "\n")
        }
    }
}
