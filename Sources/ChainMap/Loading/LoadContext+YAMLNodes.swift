import Foundation
import Yams

/// Reading YAML nodes of map.yaml as typed values, each problem reported at its line and column.
extension LoadContext {
    /// The record's `source` key, parsed and queued for checking; nil when absent.
    mutating func sourceField(_ fields: [String: Node], path: String) -> Provenance? {
        guard let node = fields["source"], let text = string(node, path: path) else { return nil }
        let place = position(node, path)
        return provenance(text, at: place)
    }

    func position(_ node: Node, _ path: String) -> SourcePosition {
        SourcePosition(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// A mapping's fields by key; warns about unknown keys and reports missing or empty required ones.
    mutating func object(_ node: Node, path: String, what: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            log.error(position(node, path), "\(what) must be a mapping of keys to values")
            return nil
        }
        var fields: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            // YAML forbids a key twice in one mapping; the parser keeps the last, silently dropping the first.
            if let first = keyNodes[key] {
                let earlier = position(first, path)
                log.error(position(keyNode, path), "duplicate key \"\(key)\" in \(what); it is already given at line \(earlier.line), column \(earlier.column)",
                          hint: "keep one of them (YAML would silently use only the last)")
                continue
            }
            keyNodes[key] = keyNode
            if !allowed.contains(key) {
                let near = Suggestions.nearest(to: key, in: allowed)
                log.warning(position(keyNode, path), "unknown key \"\(key)\" in \(what); it is ignored",
                            hint: near.map { "did you mean \"\($0)\"?" } ?? "known keys: \(allowed.joined(separator: ", "))")
                continue
            }
            fields[key] = value
        }
        for key in required {
            let value = fields[key]
            let empty = value.map { node -> Bool in
                // '' or "" is as empty as nothing.
                if case .scalar(let scalar) = node { return scalar.string.trimmingWhitespace().isEmpty }
                return false
            } ?? true
            if empty {
                log.error(position(value ?? node, path), "missing required key \"\(key)\" in \(what)")
            }
        }
        return fields
    }

    mutating func sequence(_ node: Node, path: String, what: String) -> [Node] {
        switch node {
        case .sequence(let items): return Array(items)
        case .scalar(let scalar) where scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null": return []
        default:
            log.error(position(node, path), "\(what) must be a list")
            return []
        }
    }

    mutating func string(_ node: Node?, path: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            log.error(position(node, path), "expected a single value here, not a list or mapping")
            return nil
        }
        if scalar.style == .plain, ["~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string.trimmingWhitespace()
    }

    /// A list written as a YAML sequence or as one `;`-separated string.
    mutating func stringList(_ node: Node, path: String) -> [String] {
        switch node {
        case .sequence(let items): return items.compactMap { string($0, path: path) }.filter { !$0.isEmpty }
        default: return string(node, path: path).map(ListCell.split) ?? []
        }
    }

    mutating func idList(_ node: Node?, path: String, expected: RecordKinds, role: String) -> [String] {
        guard let node else { return [] }
        var ids: [String] = []
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        for item in items {
            let place = position(item, path)
            for id in string(item, path: path).map(ListCell.split) ?? [] {
                refer(id, to: expected, role: role, at: place)
                ids.append(id)
            }
        }
        return ids
    }

    mutating func date(_ node: Node, path: String) -> PartialDate? {
        guard let text = string(node, path: path) else { return nil }
        guard let date = PartialDate(text) else {
            log.error(position(node, path), "\"\(text)\" is not a date", hint: "write YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func boolean(_ node: Node, path: String) -> Bool? {
        guard let text = string(node, path: path) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "是", "y": return true
        case "false", "no", "否", "n": return false
        default:
            log.error(position(node, path), "\"\(text)\" is not true or false")
            return nil
        }
    }

    mutating func integer(_ node: Node, path: String, minimum: Int, maximum: Int) -> Int? {
        guard let text = string(node, path: path) else { return nil }
        guard let value = Int(text), value >= minimum, value <= maximum else {
            log.error(position(node, path), "\"\(text)\" is not a whole number from \(minimum) to \(maximum)")
            return nil
        }
        return value
    }

    mutating func yearValues(_ node: Node, path: String) -> [YearValue] {
        guard case .mapping(let mapping) = node else {
            if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" { return [] }
            log.error(position(node, path), "expected a mapping of year → number, such as {2023: 4.54}")
            return []
        }
        var values: [YearValue] = []
        for (keyNode, valueNode) in mapping {
            guard let yearText = string(keyNode, path: path), let valueText = string(valueNode, path: path) else { continue }
            guard let year = Int(yearText), (1000...9999).contains(year) else {
                log.error(position(keyNode, path), "\"\(yearText)\" is not a year")
                continue
            }
            guard let value = NumberText.parse(valueText) else {
                log.error(position(valueNode, path), "\"\(valueText)\" is not a number (within ±10^15)", hint: "write digits with a decimal point, such as 4.54")
                continue
            }
            if values.contains(where: { $0.year == year }) {
                log.error(position(keyNode, path), "year \(year) is given twice")
                continue
            }
            values.append(YearValue(year: year, value: value))
        }
        return values
    }

    /// Parses a closed-vocabulary word, reporting an unknown one with the allowed words.
    mutating func vocabulary<Word: RawRepresentable & CaseIterable>(_ text: String, _ type: Word.Type, what: String, at position: SourcePosition) -> Word?
    where Word.RawValue == String {
        if let word = VocabularyAliases.word(text, type) { return word }
        log.error(position, "unknown \(what) \"\(text)\"", hint: VocabularyAliases.hint(for: text, type))
        return nil
    }
}

/// Numbers as people type them: `4.54`, `3,752.12`, `2.0%` is not accepted (the unit belongs in `unit`).
enum NumberText {
    static func parse(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        // Bounded so that sums, differences and ratios of indicator values stay finite.
        guard let value = Double(cleaned), value.isFinite, abs(value) <= MapLimits.maximumMagnitude else { return nil }
        return value
    }
}
