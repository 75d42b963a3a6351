import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a map could not be read at all (as opposed to read with problems, which are ``Diagnostic``s).
public enum MapLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder does not exist.
    case missingFolder(String)
    /// The folder has no `map.yaml`.
    case missingManifest(String)
    /// The workbook file does not exist.
    case missingWorkbook(String)
    /// A file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// A workbook (or a file named like one) that cannot be a map: corrupt, encrypted, too large, an old .xls,
    /// external links. Bad data (exit 65), unlike the cases above.
    case badWorkbook(path: String, sheet: String?, reason: String, hint: String?)

    /// The message as the command line prints it: `path: error: what; hint: what to do`.
    public var description: String {
        switch self {
        case .missingFolder(let path):
            "\(path): error: no such map folder; hint: give the folder that holds map.yaml, or create one with `chainmap init \(path)`"
        case .missingManifest(let path):
            "\(path): error: no map.yaml in this folder; hint: a map folder holds map.yaml and its tables (see docs/data-format.md)"
        case .unreadable(let path, let reason):
            "\(path): error: cannot read: \(reason)"
        case .missingWorkbook(let path):
            "\(path): error: no such workbook; hint: give the .xlsx file that holds the map, or create one with `chainmap init \(path)`"
        case .badWorkbook(let path, let sheet, let reason, let hint):
            "\(path)\(sheet.map { "[\($0)]" } ?? ""): error: \(reason)\(hint.map { "; hint: \($0)" } ?? "")"
        }
    }

    /// Whether the input is there but unusable as a map (exit 65), rather than missing or unreadable (exit 66).
    public var isBadData: Bool {
        if case .badWorkbook = self { return true }
        return false
    }
}

/// A map as read from its folder or workbook, with every problem found on the way.
public struct LoadedMap: Sendable {
    /// The records that could be read. When ``hasErrors`` is true it may lack the faulty ones.
    public var map: InnovationMap
    /// Every problem, sorted by file and line.
    public var diagnostics: [Diagnostic]
    /// The folder or workbook the map was read from, as the user named it.
    public var folder: String

    /// True when any diagnostic is an error (the map is not fit to analyse; exit 65).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// The diagnostics that are errors, in ``diagnostics`` order.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The diagnostics that are warnings, in ``diagnostics`` order.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a map — a folder (`map.yaml` and its tables) or a workbook (`.xlsx`, one sheet per table) — then checks
/// references across its parts. Both forms give their rows to the same readers; the model does not know which.
///
/// All problems are collected in one run. Nothing is ever written to the map.
public enum MapLoader {
    /// The tables of actors and ties, in reading order; each is `NAME.csv` in a folder.
    public static let tableNames = ["organizations", "platforms", "experts", "demands", "relations"]
    /// The tables of the map's own parts, which may instead be blocks of `map.yaml`; read before ``tableNames``.
    public static let partTableNames = ["sources", "chains", "segments", "technologies", "indicators", "findings"]
    /// Every table, in reading order.
    public static var allTableNames: [String] { partTableNames + tableNames }

    /// Reads and validates the map at `path`: a workbook when it ends in `.xlsx`, `.xlsm` or `.xls`, else a folder.
    ///
    /// - Parameter path: the map folder or workbook as the user named it; diagnostics show paths under it.
    /// - Returns: the map and its diagnostics; check ``LoadedMap/hasErrors``.
    /// - Throws: ``MapLoadError`` when the map is missing or unreadable, or a workbook is unusable.
    /// - Complexity: O(*n* log *n*) in the number of records and cells.
    public static func load(folder path: String) throws(MapLoadError) -> LoadedMap {
        if isWorkbookPath(path) { return try loadWorkbook(path) }
        return try loadFolder(path)
    }

    /// Whether `path` names a workbook rather than a folder, by its extension (`.xlsx`, `.xlsm`, `.xls`, any case).
    public static func isWorkbookPath(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".xlsx", ".xlsm", ".xls"].contains { lower.hasSuffix($0) }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
