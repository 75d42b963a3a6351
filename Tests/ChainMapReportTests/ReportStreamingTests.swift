import ChainMap
import Foundation
import Testing

@testable import ChainMapReport

@Suite("Report: the page streamed")
struct ReportStreamingTests {
    /// The page as written (records and ties spliced into the data) and the page with the data encoded as one
    /// value, as the report made it before it streamed.
    static func bothPages(_ map: InnovationMap, since earlier: InnovationMap? = nil, options: ReportOptions = ReportOptions())
        throws -> (streamed: [UInt8], whole: [UInt8])
    {
        let report = try Report.prepare(map, since: earlier, options: options)
        let streamed = try ByteWriter.collect { try report.write(into: $0) }
        let records = PageRecords(report.map)
        let whole = try ByteWriter.collect { writer in
            try report.page(records: records, into: writer) { try $0.write(EmbeddedJSON.encode(report.wholePayload(records))) }
        }
        return (streamed, whole)
    }

    @Test("the streamed page is byte for byte the page with its data encoded whole (Xupu, both languages, since)")
    func xupu() throws {
        let map = try ReportFixtures.load("graphs/xupu")
        for options in [ReportOptions(), ReportOptions(language: .en), ReportOptions(excludeAssumed: true)] {
            let pages = try Self.bothPages(map, options: options)
            #expect(pages.streamed.count > 100_000)
            #expect(pages.streamed == pages.whole)
        }
        let pages = try Self.bothPages(map, since: try ReportFixtures.tiny())
        #expect(pages.streamed == pages.whole)
        // Report.build gives the same page.
        #expect(Array(try Report.build(map).html.utf8) == (try Self.bothPages(map)).streamed)
    }

    @Test("the streamed page equals the whole one on a generated map with thousands of records and ties")
    func generated() throws {
        let map = MapGenerator(seed: 7, enterprises: 600, chains: 3, relationsPerEnterprise: 6).generate()
        let pages = try Self.bothPages(map, options: ReportOptions(maxViewNodes: 40))
        #expect(pages.streamed == pages.whole)
        let data = try #require(ReportFixtures.embeddedData(String(decoding: pages.streamed, as: UTF8.self)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        #expect((object["records"] as? [Any])?.count ?? 0 > 600)
        #expect((object["edges"] as? [Any])?.count ?? 0 > 3_600)
    }

    @Test("the spliced lists are found only as keys of the top-level object")
    func splicePlaces() throws {
        let json = Array(#"{"a":{"edges":[]},"b":"\"edges\":[]","edges":[],"records":[1]}"#.utf8)
        let places = EmbeddedJSON.topLevelEmptyLists(in: json)
        #expect(places.keys.sorted() == ["edges"])
        #expect(places["edges"].map { json[$0] } == UInt8(ascii: "["))
        #expect(places["edges"] == json.count - 17)
    }

    @Test("a page that fails while it is written leaves no file, and an old file as it was")
    func noPartialFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-stream-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/report.html"
        struct Interrupted: Error {}
        // Past the first 64 KiB block, so part of the page is on disk when it fails.
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(to: path) { writer in
                try writer.write(String(repeating: "x", count: 200_000))
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        try "old page".write(toFile: path, atomically: false, encoding: .utf8)
        let report = try Report.prepare(try ReportFixtures.tiny())
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write(to: path) { writer in
                try report.write(into: writer)
                throw Interrupted()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.html"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old page")
        // A folder that cannot be written is ReportError.cannotWrite, and nothing is written.
        let missing = folder + "/no/such/folder/report.html"
        do {
            _ = try report.write(to: missing)
            Issue.record("wrote into a missing folder")
        } catch {
            guard case .cannotWrite = error else { Issue.record("unexpected \(error)"); return }
            // Where, why, and what to do about it.
            #expect(error.description == "\(missing): error: cannot write: No such file or directory; hint: the folder "
                    + "\(folder)/no/such/folder does not exist: create it first or choose another output path")
        }
        // And a successful write replaces the old page whole.
        let bytes = try report.write(to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.html"])
    }
}
