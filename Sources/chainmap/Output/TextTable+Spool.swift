import ChainMap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension TextTable {
    /// A table too large to hold, printed as ``TextTable/render()`` prints it: a column's width is known only once
    /// every row is, so the rows, made single-line as shown, wait in an anonymous temporary file (in memory when
    /// none can be made) and are read back twice by ``TextTable/stream(headers:rows:write:)``, for the widths and
    /// for the lines.
    final class Spool {
        /// Why the waiting rows could not be kept or read back (the temporary file's disk filled, say).
        struct Failure: Error {
            /// The C library's error number.
            var code: Int32
        }

        private let headers: [String]
        /// The waiting rows: a line each, cells apart by U+001F (a shown cell has no control character nor line
        /// break: ``TextTable/singleLine(_:)`` makes them visible). Nil: rows are held in `held` instead.
        private let file: UnsafeMutablePointer<FILE>?
        private var held: [[String]] = []
        private var failure: Int32?

        /// - Parameter headers: the column headers.
        init(headers: [String]) {
            self.headers = headers
            file = tmpfile()
        }

        deinit { if let file { fclose(file) } }

        /// Adds a row (as many cells as headers; fewer are padded with blanks, more are ignored).
        /// - Complexity: O(length of the row).
        func append(_ row: [String]) {
            let cells = row.prefix(headers.count).map(TextTable.singleLine)
            guard let file else { return held.append(cells) }
            var line = cells.joined(separator: "\u{1F}") + "\n"
            let count = line.utf8.count
            if line.withUTF8({ fwrite($0.baseAddress, 1, count, file) }) != count, failure == nil { failure = errno }
        }

        /// Prints the table: headers, rule, then the rows in the order added.
        /// - Parameter write: receives the table's text in pieces.
        /// - Throws: ``Failure`` when the temporary file could not hold every row (then nothing is printed) or be read.
        /// - Complexity: O(size of the table), in memory of one row and one piece.
        func finish(_ write: @escaping (String) -> Void) throws(Failure) {
            if let file, fflush(file) != 0, failure == nil { failure = errno }
            if let failure { throw Failure(code: failure) }
            TextTable.stream(headers: headers, rows: replay, write: write)
            if let file, ferror(file) != 0 { throw Failure(code: EIO) }
        }

        /// Hands every row added to `row`, in order.
        private func replay(_ row: ([String]) -> Void) {
            guard let file else { return held.forEach(row) }
            rewind(file)
            var pending: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if read == 0 { break }
                var start = 0
                for index in 0 ..< read where chunk[index] == 0x0A {
                    pending.append(contentsOf: chunk[start ..< index])
                    row(pending.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) })
                    pending.removeAll(keepingCapacity: true)
                    start = index + 1
                }
                pending.append(contentsOf: chunk[start ..< read])
            }
        }
    }
}
