import Testing
@testable import ChainMap

/// Progress arithmetic by indicator kind (stock, flow, ratio), with known answers.
@Suite("Indicator kinds")
struct IndicatorKindTests {
    private let source = Provenance(citations: [])

    @Test("a flow at 3 against the same year's target of 2 is met for that year, not 150% of a total")
    func flowMetForTheYear() {
        let indicator = Indicator(id: "new", name: "新增平台", unit: "个", kind: .flow, values: [YearValue(year: 2025, value: 3)],
                                  targets: [YearValue(year: 2025, value: 2)], provenance: source)
        let row = IndicatorProgress(indicator, language: .en)
        #expect(row.status == .met)
        #expect(row.statusText == "met for that year")
        #expect(row.progress == 1.5)
        #expect(row.requiredGrowth == nil)
        #expect(row.shortfall == nil)
    }

    @Test("a flow before its target year is judged by the latest year's pace, never summed")
    func flowPace() {
        let indicator = Indicator(id: "new", name: "新增平台", unit: "个", kind: .flow,
                                  values: [YearValue(year: 2023, value: 1), YearValue(year: 2024, value: 3)],
                                  targets: [YearValue(year: 2025, value: 2)], provenance: source)
        let row = IndicatorProgress(indicator, language: .en)
        #expect(row.status == .onTrack)
        #expect(row.statusText == "on pace")
        #expect(row.progress == nil)
        #expect(row.projected == nil)
        let short = IndicatorProgress(Indicator(id: "t", name: "引进人才", unit: "人", kind: .flow, values: [YearValue(year: 2024, value: 12)],
                                                targets: [YearValue(year: 2025, value: 20)], provenance: source), language: .en)
        #expect(short.status == .behind)
        #expect(short.requiredChange == 8)
        #expect(short.shortfall?.action == "Raise the yearly figure by 8 人")
    }

    @Test("a stock compares the latest value with the target and needs compound growth")
    func stock() throws {
        let row = IndicatorProgress(Indicator(id: "rd", name: "研发经费", unit: "亿元", values: [YearValue(year: 2022, value: 2.72), YearValue(year: 2023, value: 4.54)],
                                              targets: [YearValue(year: 2025, value: 5.1)], provenance: source))
        #expect(row.kind == .stock)
        #expect(abs(try #require(row.progress) - 4.54 / 5.1) < 1e-12)
        #expect(abs(try #require(row.requiredGrowth) - ((5.1 / 4.54).squareRoot() - 1)) < 1e-12)
        #expect(row.status == .onTrack)
    }

    @Test("a ratio gets the percentage-point change needed")
    func ratio() throws {
        let row = IndicatorProgress(Indicator(id: "ri", name: "研发强度", unit: "%", kind: .ratio,
                                              values: [YearValue(year: 2022, value: 1.28), YearValue(year: 2023, value: 2.0)],
                                              targets: [YearValue(year: 2025, value: 2.1)], provenance: source))
        #expect(row.progress == nil)
        #expect(abs(try #require(row.requiredChange) - 0.1) < 1e-12)
        #expect(row.status == .onTrack)
        let behind = IndicatorProgress(Indicator(id: "ri", name: "研发强度", unit: "%", kind: .ratio, values: [YearValue(year: 2023, value: 2.0)],
                                                 targets: [YearValue(year: 2025, value: 2.6)], provenance: source), language: .en)
        #expect(behind.shortfall?.action == "Raise it by 0.6 percentage points (0.3 a year)")
    }

    @Test("a derived target carries assumed, shows it, and goes with --exclude-provenance assumed")
    func assumedTarget() throws {
        let scratch = try ScratchMap(edits: [("map.yaml", "    targets: {2025: 5.1}\n", "    kind: flow\n    targets: {2025: 5.1}\n    target_source: assumed\n")])
        let map = try scratch.load().map
        let row = try #require(IndicatorProgress.all(in: map).first)
        #expect(row.kind == .flow)
        #expect(row.targetAssumed)
        #expect(row.target?.value == 5.1)
        #expect(IndicatorProgress.all(in: map.applying(.excludeAssumed)).first?.target == nil)
    }
}
