import ChainMap
import Foundation

/// A report with its views drawn and its analyses done (``Report/prepare(_:since:options:renderer:progress:)``),
/// ready to be written: the page is streamed, its records and ties made from the map as they are written, so a
/// million-tie map's page of tens of megabytes is never held whole.
public struct PreparedReport {
    let map: InnovationMap
    let payload: ReportPayload
    let views: [Report.DrawnView]
    let options: ReportOptions
    let text: ReportText
    /// Graphviz's warnings, prefixed with the view.
    public let warnings: [String]
    /// Chains whose views were too large to draw.
    public let omittedChains: [String]
    /// True when the full view was needed but too large to lay out in time.
    public let omittedFullView: Bool

    /// Writes the page into `path` in one step (ChainMap's `AtomicFile.write(to:streaming:)`): on failure nothing
    /// is left at `path` but the file that was there.
    ///
    /// - Parameters:
    ///   - path: the HTML file to write.
    ///   - progress: called with the phase's name before the page is written.
    /// - Returns: the page's size in bytes.
    /// - Throws: ``ReportError``: ``ReportError/cannotWrite(_:)`` when the file cannot be written.
    /// - Complexity: O(n + e + size of the page); memory O(n) beyond the map.
    public func write(to path: String, progress: (String) -> Void = { _ in }) throws(ReportError) -> Int {
        progress("writing the page")
        var failure: ReportError?
        var bytes = 0
        do {
            try AtomicFile.write(to: path) { writer in
                do {
                    try write(into: writer)
                } catch let error as ReportError {
                    failure = error
                    throw error
                }
                bytes = writer.count
            }
        } catch {
            throw failure ?? .cannotWrite(error)
        }
        return bytes
    }

    /// Writes the page into `writer` (which the caller flushes).
    ///
    /// - Throws: ``ReportError/encoding(_:)`` or ``ReportError/markup(_:)``, or what `writer`'s sink throws.
    /// - Complexity: O(n + e + size of the page); memory O(n) beyond the map.
    public func write(into writer: ByteWriter) throws {
        let records = PageRecords(map)
        try page(records: records, into: writer) { out in
            do {
                try EmbeddedJSON.write(payload, splicing: try records.splices(), into: out)
            } catch let error as EncodingError {
                throw ReportError.encoding(String(describing: error))
            }
        }
    }

    /// The page with its data written by `json`: ``write(into:)`` splices the records and ties, tests encode
    /// ``wholePayload(_:)`` to compare.
    func page(records: PageRecords, into writer: ByteWriter, json: (ByteWriter) throws -> Void) throws {
        do {
            try ReportPage.write(map: map, payload: payload, records: records, views: views, omitted: omittedChains,
                                 omittedFull: omittedFullView, options: options, text: text, json: json, into: writer)
        } catch let error as HTMLWriterError {
            throw ReportError.markup(error)
        }
    }

    /// The payload with its records and ties, as one value: what the page's data encodes to as a whole.
    func wholePayload(_ records: PageRecords) -> ReportPayload {
        var whole = payload
        records.forEachRecord { whole.records.append($0) }
        records.forEachEdge { whole.edges.append($0) }
        return whole
    }
}
