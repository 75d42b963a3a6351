import ChainGraph

/// The county's indicators, scaled to the generated map.
extension GeneratedMapBuilder {
    func indicators() -> [Indicator] {
        let n = parameters.enterprises
        let highTech = organizations.filter { $0.tags.contains(.highTech) }.count
        let commissioners = experts.filter { $0.role == .commissioner }.reduce(0) { $0 + $1.headcount }
        let contracted = demands.filter { $0.status == .contracted || $0.status == .solved }.count
        // Hundredths as integers, so the values print the same everywhere.
        func money(_ hundredths: Int) -> Double { Double(hundredths) / 100 }
        let source = Provenance(parsing: "report-2024 §二(一)")
        return [
            Indicator(id: "commissioners", name: "科技特派员人数", nameEN: "Technology commissioners", unit: "人",
                      values: [YearValue(year: 2023, value: Double(commissioners * 9 / 10)), YearValue(year: 2024, value: Double(commissioners))],
                      targets: [YearValue(year: 2025, value: Double(commissioners + commissioners / 5))], provenance: source),
            Indicator(id: "high-tech", name: "高新技术企业数", nameEN: "High-tech enterprises", unit: "家",
                      values: [YearValue(year: 2022, value: Double(highTech * 7 / 10)), YearValue(year: 2023, value: Double(highTech * 85 / 100)),
                               YearValue(year: 2024, value: Double(highTech))],
                      targets: [YearValue(year: 2025, value: Double(highTech * 6 / 5))], provenance: source),
            Indicator(id: "rd-spending", name: "全社会研发经费投入", nameEN: "Gross R&D spending", unit: "亿元",
                      values: [YearValue(year: 2022, value: money(n * 37 / 100)), YearValue(year: 2023, value: money(n * 61 / 100))],
                      targets: [YearValue(year: 2025, value: money(n * 70 / 100))], provenance: source),
            Indicator(id: "tech-contracts", name: "技术合同成交额", nameEN: "Technology contract turnover", unit: "亿元",
                      values: [YearValue(year: 2024, value: money(contracted * 13))],
                      targets: [YearValue(year: 2025, value: money(contracted * 16))], provenance: source),
        ]
    }
}
