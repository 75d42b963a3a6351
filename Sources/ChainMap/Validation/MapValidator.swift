/// The checks that need the whole map: references across files, sources, cycles, staleness, empty segments.
enum MapValidator {
    static func check(_ context: inout LoadContext) {
        checkReferences(&context)
        checkCitations(&context)
        checkCycles(&context)
        checkSegments(&context)
        checkStaleness(&context)
    }

    /// Every referenced id exists and is of a kind the reference accepts; otherwise suggest the nearest id or name.
    ///
    /// References to ids defined before them were checked as they were read (``check(_:target:in:)``); these are the
    /// rest, now that every id is known.
    private static func checkReferences(_ context: inout LoadContext) {
        for reference in context.references {
            guard let target = context.ids[reference.id] else {
                let candidates = context.ids.filter { reference.expected.includes($0.value.kind) }
                context.log.error(reference.position, "unknown \(reference.role) \"\(reference.id)\"",
                                  hint: suggestion(for: reference.id, among: candidates))
                continue
            }
            check(reference, target: target.kind, in: &context)
        }
    }

    /// A reference to an existing record must be to one of the kinds it accepts (and a demand's poster an enterprise).
    static func check(_ reference: PendingReference, target: RecordKind, in context: inout LoadContext) {
        if !reference.expected.includes(target) {
            let expected = reference.expected.sortedNames.joined(separator: " or ")
            context.log.error(reference.position, "\"\(reference.id)\" is a \(target.rawValue), not a \(expected)",
                              hint: "this column takes \(expected) ids")
            return
        }
        if let allowed = reference.organizationKinds, let kind = context.organizationKinds[reference.id], !allowed.contains(kind) {
            let names = allowed.map(\.rawValue).sorted().joined(separator: " or ")
            context.log.error(reference.position, "\"\(reference.id)\" is a \(kind.rawValue), not an \(names)",
                              hint: "a demand is posted by an enterprise")
        }
    }

    /// "did you mean …" by id, or by name when the user typed a name where an id belongs.
    static func suggestion(for text: String, among candidates: [String: (kind: RecordKind, name: String, position: SourcePosition)]) -> String? {
        if let byName = candidates.filter({ $0.value.name == text }).keys.sorted().first {
            return "\"\(text)\" is the name of \"\(byName)\"; use the id"
        }
        if let near = Suggestions.nearest(to: text, in: candidates.keys) {
            let name = candidates[near]?.name ?? ""
            return "did you mean \"\(near)\"\(name.isEmpty || name == near ? "" : " (\(name))")?"
        }
        // The standard library's search, not Foundation's `contains`: that one traps ("String index is out of
        // bounds") on text holding NUL characters (a fuzzed reference; Tests/Crashes/fuzz/folder).
        let containing = candidates.filter { !text.isEmpty && !$0.value.name.isEmpty && $0.value.name.firstRange(of: text) != nil }
        if let partial = containing.min(by: { ($0.value.name.count, $0.key) < ($1.value.name.count, $1.key) }) {
            return "did you mean \"\(partial.key)\" (\(partial.value.name))?"
        }
        return nil
    }

    /// Citations read before the sources were known; the tables' were checked as they were read.
    private static func checkCitations(_ context: inout LoadContext) {
        let keys = Set(context.sources.map(\.id))
        for citation in context.citations where citation.key != Provenance.assumedKey && !keys.contains(citation.key) {
            reportUnknownSource(citation.key, at: citation.position, in: &context)
        }
    }

    static func reportUnknownSource(_ key: String, at position: SourcePosition, in context: inout LoadContext) {
        let keys = Set(context.sources.map(\.id))
        let near = Suggestions.nearest(to: key, in: keys.union([Provenance.assumedKey]))
        context.log.error(position, "unknown source \"\(key)\"",
                          hint: near.map { "did you mean \"\($0)\"?" } ?? "add it under `sources:` in map.yaml, or write `assumed`")
    }

    /// `next` must form a directed acyclic graph: a chain flows from upstream to downstream.
    private static func checkCycles(_ context: inout LoadContext) {
        let segments = context.chains.flatMap(\.segments)
        let next = Dictionary(segments.map { ($0.id, $0.next) }, uniquingKeysWith: { first, _ in first })
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var reported: Set<Set<String>> = []

        // Depth-first search with an explicit stack (a chain of 30,000 segments would overflow the call stack):
        // `stack` is the current path, `cursor` how many successors of each path entry were looked at.
        func visit(_ root: String, _ context: inout LoadContext) {
            var stack: [String] = [root]
            var cursor: [Int] = [0]
            var onPath: [String: Int] = [root: 0]
            marks[root] = .visiting
            while let id = stack.last {
                let successors = next[id] ?? []
                let position = cursor[cursor.count - 1]
                guard position < successors.count else {
                    stack.removeLast()
                    cursor.removeLast()
                    onPath[id] = nil
                    marks[id] = .done
                    continue
                }
                cursor[cursor.count - 1] = position + 1
                let successor = successors[position]
                guard next[successor] != nil else { continue }
                switch marks[successor] {
                case .visiting:
                    guard let start = onPath[successor] else { continue }
                    let cycle = Array(stack[start...])
                    if reported.insert(Set(cycle)).inserted {
                        let first = cycle.min() ?? successor
                        let rotated = rotate(cycle, toStartAt: first)
                        context.log.error(context.nextPositions[first] ?? context.ids[first]?.position,
                                          "cycle in next: \(describe(rotated + [first]))",
                                          hint: "segments flow from upstream to downstream; remove one of these links")
                    }
                case .done: continue
                case nil:
                    marks[successor] = .visiting
                    onPath[successor] = stack.count
                    stack.append(successor)
                    cursor.append(0)
                }
            }
        }
        for segment in segments.map(\.id).sorted() where marks[segment] == nil {
            visit(segment, &context)
        }
    }

    /// A cycle's path for a message; a long one shows its first ten segments and its length.
    private static func describe(_ path: [String]) -> String {
        guard path.count > 12 else { return path.joined(separator: " → ") }
        return path.prefix(10).joined(separator: " → ") + " → … → \(path[path.count - 1]) (\(path.count - 1) segments)"
    }

    private static func rotate(_ cycle: [String], toStartAt first: String) -> [String] {
        guard let start = cycle.firstIndex(of: first) else { return cycle }
        return Array(cycle[start...] + cycle[..<start])
    }

    private static func checkSegments(_ context: inout LoadContext) {
        for segment in context.chains.flatMap(\.segments) where segment.technologies.isEmpty {
            context.log.warning(context.ids[segment.id]?.position, "segment \"\(segment.id)\" (\(segment.name)) lists no technologies",
                                hint: "name the core technologies it needs, or gaps cannot be found for it")
        }
    }

    private static func checkStaleness(_ context: inout LoadContext) {
        for record in context.recordDates {
            checkStaleness(id: record.id, date: record.date, at: record.position, in: &context)
        }
    }

    /// A record whose `as_of` is more than `stale_after_days` before the map's gets a warning.
    static func checkStaleness(id: String, date: PartialDate, at position: @autoclosure () -> SourcePosition, in context: inout LoadContext) {
        guard context.header.asOf.approximateDayNumber - date.approximateDayNumber > context.staleAfterDays else { return }
        context.log.warning(position(), "\"\(id)\" is as of \(date), more than \(context.staleAfterDays) days before the map's as_of \(context.header.asOf)",
                            hint: "check the record is still true and update its as_of, or raise stale_after_days in map.yaml")
    }
}
