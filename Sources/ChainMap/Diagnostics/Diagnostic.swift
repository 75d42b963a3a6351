/// A place in a map file: the path as the user named it, a 1-based line and a 1-based column (in characters).
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// One problem found in a map, printed as `path:line:column: error: message; hint: …`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    /// Nil only for a problem that belongs to no file (the map folder itself).
    public var position: SourcePosition?
    public var message: String
    /// What the user can do about it: "did you mean …", the allowed words.
    public var hint: String?

    public init(_ severity: Severity, at position: SourcePosition?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.position = position
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let place = position.map { "\($0): " } ?? ""
        let advice = hint.map { "; hint: \($0)" } ?? ""
        return "\(place)\(severity.rawValue): \(message)\(advice)"
    }

    /// Orders by file and place, so a report reads top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.position, rhs.position) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (lhs.message, lhs.severity.rawValue) < (rhs.message, rhs.severity.rawValue)
        }
    }
}

/// Collects diagnostics as a map is read and checked, so one run reports every problem.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func error(_ position: SourcePosition?, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: position, message, hint: hint))
    }

    public mutating func warning(_ position: SourcePosition?, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: position, message, hint: hint))
    }

    public mutating func append(contentsOf more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// Every diagnostic, sorted by position, without repeats.
    public var sorted: [Diagnostic] { Array(Set(diagnostics)).sorted() }
}
