/// A date as precise as the source gives it: a year, a month or a day (`2024`, `2024-12`, `2024-12-31`).
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    // Stored in 32 + 16 + 16 bits (Int16.min for "not given"): a date is 8 bytes instead of 33, which matters when
    // a map holds a million relations with a `since`.
    private let storedYear: Int32
    private let storedMonth: Int16
    private let storedDay: Int16
    private static let absent = Int16.min

    /// The year, always given.
    public var year: Int { Int(storedYear) }
    /// The month, 1…12, or nil when the date gives the year only.
    public var month: Int? { storedMonth == Self.absent ? nil : Int(storedMonth) }
    /// The day of the month, 1…31, or nil when the date gives no day.
    public var day: Int? { storedDay == Self.absent ? nil : Int(storedDay) }

    /// - Precondition: `year` fits in 32 bits, `month` and `day` (when given) within ±32767; dates read from files
    ///   hold four-digit years, 1…12 and 1…31.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        guard let storedYear = Int32(exactly: year) else { preconditionFailure("year \(year) out of range") }
        self.storedYear = storedYear
        storedMonth = Self.store(month)
        storedDay = Self.store(day)
    }

    private static func store(_ value: Int?) -> Int16 {
        guard let value else { return absent }
        guard let small = Int16(exactly: value), small != absent else { preconditionFailure("month or day \(value) out of range") }
        return small
    }

    /// Days in `month` of `year` (Gregorian).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a day that exists); returns nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            // The month's real length: 2024-02-30 and 2023-02-29 are not dates.
            guard parts[2].count == 2, let value = Int(parts[2]), (1...Self.daysIn(month: month ?? 1, year: year)).contains(value) else {
                return nil
            }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// The date as written in a file: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// Days since 0000-01-01 of the earliest day the date can mean; enough to compare ages in days.
    public var approximateDayNumber: Int {
        year * 365 + year / 4 + ((month ?? 1) - 1) * 30 + ((day ?? 1) - 1)
    }

    /// Chronological order; a less precise date comes first (`2024` < `2024-01` < `2024-01-01`).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Decodes the text form (`"2024-12"`).
    ///
    /// - Throws: `DecodingError.dataCorrupted` when the text is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
        self = date
    }

    /// Encodes the text form, as ``description`` gives it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    init(format4 value: Int) {
        let digits = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }

    /// Trims spaces, tabs, line breaks and the ideographic space (U+3000) that Chinese input methods type.
    func trimmingWhitespace() -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
