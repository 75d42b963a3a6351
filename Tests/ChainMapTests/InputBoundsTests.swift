import Foundation
import Testing
@testable import ChainMap

/// The documented input bounds (docs/data-format.md, "Limits"), checked without parsing anything deep.
@Suite("input bounds")
struct InputBoundsTests {
    @Test("YAML nesting: a map's six levels pass, 65 flow or block levels are refused where they start")
    func yamlDepth() {
        #expect(YAMLDepth.firstExcess(in: "a:\n  - {b: [1, [2]], c: 'x[[[['}\n  # [[[[[\n") == nil)
        let flow = "a: " + String(repeating: "[", count: 5000)
        #expect(YAMLDepth.firstExcess(in: flow)?.line == 1)
        #expect(YAMLDepth.firstExcess(in: flow)?.depth == 65)
        var block = ""
        for level in 0..<70 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(YAMLDepth.firstExcess(in: block)?.line == 65)
        // A plain scalar may hold brackets: "see [1" opens nothing.
        #expect(YAMLDepth.firstExcess(in: String(repeating: "note: see [1\n", count: 100)) == nil)
        #expect(YAMLDepth.firstExcess(in: String(repeating: "- ", count: 70) + "x") != nil)
    }

    @Test("dates must exist: month lengths and leap years")
    func dates() {
        #expect(PartialDate("2024-02-29") != nil)
        #expect(PartialDate("2024-02-30") == nil)
        #expect(PartialDate("2023-02-29") == nil)
        #expect(PartialDate("1900-02-29") == nil)
        #expect(PartialDate("2000-02-29") != nil)
        #expect(PartialDate("2024-04-31") == nil)
        #expect(PartialDate("2024-12-31") != nil)
    }

    @Test("numbers past ±10^15 are not indicator values")
    func magnitudes() {
        #expect(NumberText.parse("1e15") == 1e15)
        #expect(NumberText.parse("1e16") == nil)
        #expect(NumberText.parse("-1e300") == nil)
        #expect(NumberText.parse("3,752.12") == 3752.12)
    }

    @Test("init's YAML scalars read back as written, control characters included")
    func templateEscapes() {
        #expect(MapTemplate.yamlScalar("a\nb\"c\\d\u{1B}") == #""a\nb\"c\\d\u001B""#)
        #expect(MapTemplate.commentText("x\ny") == "x y")
    }
}
