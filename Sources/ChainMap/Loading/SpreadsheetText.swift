/// Dates and numbers as spreadsheets show them and people type them, read into the model's values.
enum SpreadsheetText {
    /// A date: `2025`, `2025-03`, `2025-03-01`, and what spreadsheets show or people type — `2025-3-1`, `2025/3/1`,
    /// `2025/3`, `2025.3`, `2025.3.1`, `2025年3月`, `2025年3月1日`, a time after the date (ignored), or an Excel serial
    /// day number (`45717` is 2025-03-01; serials from 10000, 1927-05-18, so that a four-digit year stays a year).
    /// - Returns: nil for anything else, or a month or day out of range.
    static func date(_ raw: String) -> PartialDate? {
        var text = raw.trimmingWhitespace()
        if let strict = PartialDate(text) { return strict }
        // A time after the date: "2025-03-01 00:00:00", "2025-03-01T00:00:00".
        if let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }), text[cut...].contains(":") {
            text = String(text[..<cut])
        }
        // A serial day number; `2025.3` is not one (below 10000) and reads as a year and month below.
        if let serial = Double(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let date = serialDate(serial) {
            return date
        }
        var normalized = text
        for separator in ["/", ".", "年", "月"] { normalized = normalized.replacingOccurrences(of: separator, with: "-") }
        if normalized.hasSuffix("日") { normalized.removeLast() }
        while normalized.hasSuffix("-") { normalized.removeLast() }
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard let value = Int(parts[2]), (1...31).contains(value) else { return nil }
            day = value
        }
        return PartialDate(year: year, month: month, day: day)
    }

    /// The day an Excel serial number means (1900 date system; a fraction is a time of day, dropped).
    /// - Parameter date1904: the workbook counts from 1904-01-01 (old Mac Excel).
    static func serialDate(_ serial: Double, date1904: Bool = false) -> PartialDate? {
        guard serial.isFinite, serial >= (date1904 ? 0 : 10000), serial < 2_958_466 else { return nil }
        // Days since 1970-01-01: Excel's day 25569 is 1970-01-01 (counting its fictional 1900-02-29).
        let days = Int(serial.rounded(.down)) - (date1904 ? 24107 : 25569)
        let (year, month, day) = civil(fromDays: days)
        return PartialDate(year: year, month: month, day: day)
    }

    /// Howard Hinnant's days-to-civil algorithm: days since 1970-01-01 → (year, month, day).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A whole number as typed or stored: `12`, `1,200`, `12.0` (a spreadsheet number), full-width digits.
    static func integer(_ raw: String) -> Int? {
        if let value = Int(raw) { return value }
        guard let number = NumberText.parse(halfWidth(raw)), number == number.rounded(),
              abs(number) < 9_007_199_254_740_992 else { return nil }
        return Int(number)
    }

    /// Full-width digits and signs (typed by Chinese input methods) as ASCII.
    static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
        }))
    }

    /// A number as a cell shows it: integers without `.0`, others in the shortest form that reads back the same.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
