/// The diff as rows, tables and Markdown, for `chainmap diff --format table|csv|markdown`.
extension MapDiff {
    /// The CSV / flat columns.
    public static let columns = ["section", "change", "kind", "id", "name", "field", "old", "new"]

    /// Every change as one flat row under ``columns``, section by section.
    /// - Complexity: O(size of the diff).
    public var rows: [[String]] {
        var rows: [[String]] = []
        for record in records {
            if record.fields.isEmpty || record.change == .renamed {
                rows.append(["records", record.change.rawValue, record.kind, record.id, record.name, record.change == .renamed ? "id" : "",
                             record.oldID ?? "", record.change == .renamed ? record.id : ""])
            }
            for field in record.fields {
                rows.append(["records", record.change.rawValue, record.kind, record.id, record.name, field.field, field.old, field.new])
            }
        }
        for tie in ties { rows.append(["ties", tie.change, tie.type, tie.from + " → " + tie.to, "", "", "", ""]) }
        for demand in demands {
            rows.append(["demands", demand.forward ? "moved" : "moved back", "demand", demand.id, demand.title, "status", demand.old, demand.new])
        }
        for gap in gaps { rows.append(["gaps", gap.change, gap.kind, gap.subject, gap.evidence, "", "", ""]) }
        for candidate in candidates {
            rows.append(["candidates", "realised", candidate.type, candidate.enterprise + " → " + candidate.partner,
                         "", "old rank", String(candidate.rank), ""])
        }
        for indicator in indicators {
            rows.append(["indicators", "moved", "indicator", indicator.id, indicator.name, "latest",
                         Self.describe(indicator.oldLatest, progress: indicator.oldProgress, unit: indicator.unit),
                         Self.describe(indicator.newLatest, progress: indicator.newProgress, unit: indicator.unit)
                             + (indicator.target.map { " → target \(NumberFormatting.plain($0.value)) (\($0.year))" } ?? "")])
        }
        return rows
    }

    /// One line per section: what changed, counted.
    public var summary: [String] {
        func count(_ change: Change) -> Int { records.count { $0.change == change } }
        return [
            "records: \(count(.added)) added, \(count(.removed)) removed, \(count(.renamed)) renamed, \(count(.changed)) changed",
            "ties: \(ties.count { $0.change == "added" }) added, \(ties.count { $0.change == "removed" }) removed",
            "demands: \(demands.count) moved status (\(demands.count { $0.new == DemandStatus.solved.rawValue }) solved)",
            "gaps: \(gaps.count { $0.change == "opened" }) opened, \(gaps.count { $0.change == "closed" }) closed",
            "candidates that became ties: \(candidates.count)",
            "indicators updated: \(indicators.count)",
        ]
    }

    /// A Markdown report: the summary as a list, then one table per non-empty section.
    public func markdown(title: String) -> String {
        var text = "# \(Self.cell(title))\n\n" + summary.map { "- \($0)\n" }.joined()
        let all = rows
        for section in ["records", "ties", "demands", "gaps", "candidates", "indicators"] {
            let sectionRows = all.filter { $0[0] == section }
            guard !sectionRows.isEmpty else { continue }
            text += "\n## \(section)\n\n| " + Self.columns.dropFirst().joined(separator: " | ") + " |\n"
            text += "|" + String(repeating: " --- |", count: Self.columns.count - 1) + "\n"
            for row in sectionRows { text += "| " + row.dropFirst().map(Self.cell).joined(separator: " | ") + " |\n" }
        }
        return text
    }

    static func describe(_ value: YearValue?, progress: Double?, unit: String) -> String {
        guard let value else { return "" }
        let share = progress.map { ", \(NumberFormatting.rounded($0 * 100))% of target" } ?? ""
        return "\(NumberFormatting.plain(value.value)) \(unit) (\(value.year)\(share))"
    }

    /// A Markdown table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 }).replacingOccurrences(of: "|", with: "\\|")
    }
}
