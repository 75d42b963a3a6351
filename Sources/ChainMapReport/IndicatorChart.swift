import ChainMap

/// An indicator against its target as an inline SVG: the values by year as bars, the target as a hatched bar,
/// and a progress bar of latest ÷ target. Every piece of text goes through the escaping writer.
enum IndicatorChart {
    /// Writes the chart of `progress` into `writer`.
    static func write(_ progress: IndicatorProgress, text: ReportText, into writer: inout HTMLWriter) throws(HTMLWriterError) {
        let width = 520.0, barArea = 110.0, top = 18.0
        var bars: [(label: String, value: Double, isTarget: Bool)] = progress.values.map { (String($0.year), $0.value, false) }
        if let target = progress.target { bars.append((String(target.year) + " " + text("indicator.target"), target.value, true)) }
        let maximum = max(bars.map(\.value).filter(\.isFinite).max() ?? 1, 1e-9)
        let height = top + barArea + 34
        try writer.start("svg", attributeList: [
            ("class", "chart"), ("viewBox", "0 0 \(Int(width)) \(Int(height))"), ("role", "img"),
            ("aria-label", progress.name), ("width", "100%"),
        ])
        let slot = min(70.0, (width - 20) / Double(max(bars.count, 1)))
        for (offset, bar) in bars.enumerated() {
            let value = bar.value.isFinite ? max(bar.value, 0) : 0
            let barHeight = barArea * value / maximum
            let x = 10 + Double(offset) * slot
            try writer.start("rect", attributeList: [
                ("x", format(x + 6)), ("y", format(top + barArea - barHeight)), ("width", format(slot - 12)),
                ("height", format(barHeight)), ("class", bar.isTarget ? "bar target" : "bar"),
            ])
            try writer.end("rect")
            try writer.element("text", ["x": format(x + slot / 2), "y": format(top + barArea - barHeight - 4), "class": "value"],
                               text: NumberFormatting.plain(bar.value))
            try writer.element("text", ["x": format(x + slot / 2), "y": format(top + barArea + 14), "class": "year"], text: bar.label)
        }
        // Progress: latest ÷ target.
        if let share = progress.progress, share.isFinite {
            let y = top + barArea + 22
            try writer.start("rect", attributeList: [("x", "10"), ("y", format(y)), ("width", format(width - 20)), ("height", "8"), ("class", "track")])
            try writer.end("rect")
            let filled = (width - 20) * min(max(share, 0), 1)
            try writer.start("rect", attributeList: [
                ("x", "10"), ("y", format(y)), ("width", format(filled)), ("height", "8"),
                ("class", progress.onTrack == false ? "progress off" : "progress"),
            ])
            try writer.end("rect")
        }
        try writer.end("svg")
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return NumberFormatting.plain((value * 10).rounded() / 10)
    }
}
