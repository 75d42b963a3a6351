import Foundation
import Yams

/// Reading `map.yaml`: metadata, sources, chains and segments, technologies, indicators.
extension LoadContext {
    mutating func readManifest(_ text: String, path: String) {
        if let excess = YAMLDepth.firstExcess(in: text) {
            log.error(SourcePosition(path: path, line: excess.line, column: excess.column),
                      "map.yaml nests deeper than \(YAMLDepth.limit) levels here",
                      hint: "a map needs about six levels of lists and mappings; look for unbalanced [ or { or runaway indentation")
            return
        }
        let root: Node
        do {
            // The basic resolver: every scalar is read as text here and typed by the readers below, so Yams'
            // default tag rules (seven regular expressions compiled through ICU on first use, a tenth of a
            // render's start-up) would only cost time.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                log.error(SourcePosition(path: path, line: 1, column: 1), "map.yaml is empty", hint: "run `chainmap init` to see a skeleton")
                return
            }
            root = node
        } catch let error as YamlError {
            reportYAMLError(error, path: path)
            return
        } catch {
            log.error(SourcePosition(path: path, line: 1, column: 1), "cannot parse YAML: \(error)")
            return
        }
        let keys = ["id", "name", "name_en", "region", "as_of", "encoding", "stale_after_days", "tables",
                    "sources", "chains", "technologies", "indicators", "findings"]
        guard let fields = object(root, path: path, what: "the map", allowed: keys,
                                  required: ["id", "name", "region", "as_of"]) else { return }
        for part in MapLoader.partTableNames { if let node = fields[part] { manifestParts[part] = position(node, path) } }
        header.id = string(fields["id"], path: path) ?? ""
        header.name = string(fields["name"], path: path) ?? ""
        header.nameEN = string(fields["name_en"], path: path) ?? ""
        header.region = string(fields["region"], path: path) ?? ""
        if let node = fields["as_of"], let date = date(node, path: path) { header.asOf = date }
        if let node = fields["encoding"], let word = string(node, path: path) {
            if let value = TextEncoding(rawValue: word.lowercased()) {
                encoding = value
            } else {
                log.error(position(node, path), "unknown encoding \"\(word)\"",
                          hint: Suggestions.vocabularyHint(for: word, allowed: TextEncoding.allCases.map(\.rawValue)))
            }
        }
        if let node = fields["stale_after_days"], let days = integer(node, path: path, minimum: 0, maximum: 36_500) { staleAfterDays = days }
        if let node = fields["tables"] { readTablePaths(node, path: path) }
        if let node = fields["sources"] { readSources(node, path: path) }
        if let node = fields["technologies"] {
            for item in sequence(node, path: path, what: "technologies") { readTechnology(item, path: path) }
        }
        if let node = fields["chains"] {
            for item in sequence(node, path: path, what: "chains") { readChain(item, path: path) }
        }
        if let node = fields["indicators"] {
            for item in sequence(node, path: path, what: "indicators") { readIndicator(item, path: path) }
        }
        if let node = fields["findings"] {
            for item in sequence(node, path: path, what: "findings") { readFinding(item, path: path) }
        }
    }

    private mutating func reportYAMLError(_ error: YamlError, path: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            log.error(SourcePosition(path: path, line: mark.line, column: mark.column), "YAML syntax: \(problem)",
                      hint: "check indentation and quoting near this place")
        default:
            log.error(SourcePosition(path: path, line: 1, column: 1), "YAML syntax: \(error)")
        }
    }

    private mutating func readTablePaths(_ node: Node, path: String) {
        guard let fields = object(node, path: path, what: "tables", allowed: MapLoader.allTableNames, required: []) else { return }
        for (name, value) in fields {
            tablePositions[name] = position(value, path)
            if let file = string(value, path: path) { tablePaths[name] = file }
        }
    }

    private mutating func readSources(_ node: Node, path: String) {
        guard case .mapping(let mapping) = node else {
            log.error(position(node, path), "sources must be a mapping from source id to its description")
            return
        }
        for (keyNode, value) in mapping {
            guard let id = string(keyNode, path: path) else { continue }
            guard let fields = object(value, path: path, what: "source \(id)",
                                      allowed: ["title", "publisher", "date", "url", "file"], required: ["title"]) else { continue }
            if id == Provenance.assumedKey {
                log.error(position(keyNode, path), "\"assumed\" is reserved and cannot be a source id",
                          hint: "write `source: assumed` on records instead")
                continue
            }
            if sources.contains(where: { $0.id == id }) {
                log.error(position(keyNode, path), "duplicate source id \"\(id)\"")
                continue
            }
            sources.append(Source(
                id: id, title: string(fields["title"], path: path) ?? "",
                publisher: string(fields["publisher"], path: path) ?? "",
                date: fields["date"].flatMap { date($0, path: path) },
                url: string(fields["url"], path: path) ?? "", file: string(fields["file"], path: path) ?? ""))
        }
    }

    private mutating func readChain(_ node: Node, path: String) {
        guard let fields = object(node, path: path, what: "a chain",
                                  allowed: ["id", "name", "name_en", "segments", "survey", "source"],
                                  required: ["id", "name", "segments", "source"]),
              let id = string(fields["id"], path: path) else { return }
        let name = string(fields["name"], path: path) ?? ""
        define(id, kind: .chain, name: name, at: position(node, path))
        let provenance = sourceField(fields, path: path) ?? Provenance(citations: [])
        let survey = surveyField(fields, path: path) ?? .complete
        var segments: [Segment] = []
        for item in fields["segments"].map({ sequence($0, path: path, what: "segments") }) ?? [] {
            if let segment = readSegment(item, chain: id, inherited: provenance, path: path) { segments.append(segment) }
        }
        chains.append(Chain(id: id, name: name, nameEN: string(fields["name_en"], path: path) ?? "", segments: segments,
                            survey: survey, provenance: provenance))
    }

    private mutating func readSegment(_ node: Node, chain: String, inherited: Provenance, path: String) -> Segment? {
        guard let fields = object(node, path: path, what: "a segment",
                                  allowed: ["id", "name", "name_en", "stage", "technologies", "next", "survey", "source"],
                                  required: ["id", "name", "stage"]),
              let id = string(fields["id"], path: path) else { return nil }
        let name = string(fields["name"], path: path) ?? ""
        define(id, kind: .segment, name: name, at: position(node, path))
        var stage: Stage?
        if let stageNode = fields["stage"], let word = string(stageNode, path: path) {
            stage = vocabulary(word, Stage.self, what: "stage", at: position(stageNode, path))
        }
        let technologies = idList(fields["technologies"], path: path, expected: [.technology], role: "technology")
        let next = idList(fields["next"], path: path, expected: [.segment], role: "next segment")
        if let nextNode = fields["next"] { nextPositions[id] = position(nextNode, path) }
        let provenance = sourceField(fields, path: path) ?? inherited
        guard let stage else { return nil }
        return Segment(id: id, chain: chain, name: name, nameEN: string(fields["name_en"], path: path) ?? "", stage: stage,
                       technologies: technologies, next: next, survey: surveyField(fields, path: path), provenance: provenance)
    }

    private mutating func readTechnology(_ node: Node, path: String) {
        guard let fields = object(node, path: path, what: "a technology",
                                  allowed: ["id", "name", "name_en", "field", "keywords", "chokepoint", "chokepoint_source", "source"],
                                  required: ["id", "name", "source"]),
              let id = string(fields["id"], path: path) else { return }
        let name = string(fields["name"], path: path) ?? ""
        define(id, kind: .technology, name: name, at: position(node, path))
        var chokepoint = false
        if let flag = fields["chokepoint"] { chokepoint = boolean(flag, path: path) ?? false }
        let keywords = fields["keywords"].map { stringList($0, path: path) } ?? []
        let provenance = sourceField(fields, path: path) ?? Provenance(citations: [])
        var chokepointProvenance: Provenance?
        if let node = fields["chokepoint_source"], let text = string(node, path: path) {
            let place = position(node, path)
            chokepointProvenance = self.provenance(text, at: place)
        }
        technologies.append(Technology(
            id: id, name: name, nameEN: string(fields["name_en"], path: path) ?? "",
            field: string(fields["field"], path: path) ?? "", keywords: keywords, chokepoint: chokepoint, provenance: provenance,
            chokepointProvenance: chokepointProvenance))
    }

    private mutating func readIndicator(_ node: Node, path: String) {
        guard let fields = object(node, path: path, what: "an indicator",
                                  allowed: ["id", "name", "name_en", "unit", "kind", "values", "targets", "target_source", "source"],
                                  required: ["id", "name", "unit", "source"]),
              let id = string(fields["id"], path: path) else { return }
        let name = string(fields["name"], path: path) ?? ""
        define(id, kind: .indicator, name: name, at: position(node, path))
        let provenance = sourceField(fields, path: path) ?? Provenance(citations: [])
        var kind = IndicatorKind.stock
        if let kindNode = fields["kind"], let word = string(kindNode, path: path) {
            kind = vocabulary(word, IndicatorKind.self, what: "indicator kind", at: position(kindNode, path)) ?? .stock
        }
        var targetProvenance: Provenance?
        if let node = fields["target_source"], let text = string(node, path: path) {
            let place = position(node, path)
            targetProvenance = self.provenance(text, at: place)
        }
        indicators.append(Indicator(
            id: id, name: name, nameEN: string(fields["name_en"], path: path) ?? "", unit: string(fields["unit"], path: path) ?? "",
            kind: kind, values: fields["values"].map { yearValues($0, path: path) } ?? [],
            targets: fields["targets"].map { yearValues($0, path: path) } ?? [], provenance: provenance,
            targetProvenance: targetProvenance))
    }

    private mutating func readFinding(_ node: Node, path: String) {
        guard let fields = object(node, path: path, what: "a finding",
                                  allowed: ["id", "text", "text_en", "concerns", "severity", "source"],
                                  required: ["id", "text", "source"]),
              let id = string(fields["id"], path: path) else { return }
        if findings.contains(where: { $0.id == id }) {
            log.error(position(fields["id"] ?? node, path), "duplicate finding id \"\(id)\"", hint: "give each finding its own id")
            return
        }
        var severity = "medium"
        if let severityNode = fields["severity"], let word = string(severityNode, path: path) {
            severity = vocabulary(word, Gap.Severity.self, what: "severity", at: position(severityNode, path))?.rawValue ?? "medium"
        }
        let concerns = idList(fields["concerns"], path: path, expected: .anyRecord, role: "concerned record")
        findings.append(Finding(
            id: id, text: string(fields["text"], path: path) ?? "", textEN: string(fields["text_en"], path: path) ?? "",
            concerns: concerns, severity: severity, provenance: sourceField(fields, path: path) ?? Provenance(citations: [])))
    }

    /// A chain's or segment's `survey:` word; nil when absent or unknown (unknown ones are reported).
    private mutating func surveyField(_ fields: [String: Node], path: String) -> SurveyState? {
        guard let node = fields["survey"], let word = string(node, path: path) else { return nil }
        return vocabulary(word, SurveyState.self, what: "survey state", at: position(node, path))
    }
}
