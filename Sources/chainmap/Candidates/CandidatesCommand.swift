import ArgumentParser
import ChainMap

struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Rank partner candidates for each open demand, or for one demand, enterprise or segment.",
        discussion: """
        score = 0.45 technology (rarity-weighted share of the needed technologies the candidate masters) \
        + 0.18 field (the same share over needed technologies an expert covers by its fields only) \
        + 0.20 keyword (share of the demand title's character bigrams its technologies cover) \
        + 0.15 proximity (resource-allocation index r as r/(1+r)) + 0.10 prior tie + 0.10 locality \
        (county 1, city 0.75, province 0.5, national 0.25). Pairs with a cooperation agreement are never proposed \
        as new: an existing partner (any tie) that masters what is needed is listed first ("existing partner — \
        activate the agreement"), and every candidate with a prior tie names it.
        JSON: {"schema": "chainmap/candidates@1", "rows": [...]} (docs/json.md), each row a subject {"id", "kind", "name", "enterprise"?, "technologies", "inferred", "sources", \
        "partners": [{"id", "kind", "name", "ties": [{"type", "outgoing", "note", "sources", "description"}], \
        "technologies", "field_technologies", "explanation", "sources"}], \
        "candidates": [{"id", "kind", "name", "location", "score", "parts": {"technology", "field", "keyword", \
        "proximity", "prior", "locality"}, "shared_technologies", "field_technologies", "ties", "path", "explanation", \
        "sources"}]}.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Only this demand.") var demand: String?
    @Option(help: "Partners for this enterprise.") var enterprise: String?
    @Option(help: "Who could fill this segment.") var segment: String?
    @Option(help: "Candidates per subject.") var top: Int = 5
    @Flag(help: "No progress on standard error (shown only when it is a terminal).") var quiet = false

    func validate() throws {
        if [demand, enterprise, segment].compactMap({ $0 }).count > 1 {
            throw ValidationError("give at most one of --demand, --enterprise, --segment")
        }
        if top < 1 { throw ValidationError("--top must be 1 or more") }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        progress.step("loading \(options.map)")
        let loaded = try options.load()
        let map = loaded.map.applying(analysis.filter)
        progress.step("ranking candidates")
        let ranking = CandidateRanking(map: map, language: options.lang)
        func unknown(_ id: String, _ what: String) -> ExitCode {
            let hint = map.suggestion(forUnknownID: id).map { "; hint: \($0)" } ?? ""
            Terminal.error("\(options.map): error: no \(what) has the id \"\(id)\"\(hint)")
            return ExitCode(ExitCodes.usage)
        }
        var subjects: [CandidateRanking.Subject] = []
        if let demand {
            guard let record = map.demands.first(where: { $0.id == demand }) else { throw unknown(demand, "demand") }
            subjects = [ranking.rank(demand: record, top: top)]
        } else if let enterprise {
            guard let record = map.organizations.first(where: { $0.id == enterprise }) else { throw unknown(enterprise, "organization") }
            subjects = [ranking.rank(enterprise: record, top: top)]
        } else if let segment {
            guard let record = map.segments.first(where: { $0.id == segment }) else { throw unknown(segment, "segment") }
            subjects = [ranking.rank(segment: record, top: top)]
        } else {
            subjects = ranking.rank(demands: map.demands.filter { $0.status == .open }, top: top)
        }
        progress.done()
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(rows: subjects, schema: JSONOutput.schema("candidates")))
        case .table, .csv:
            let text = options.text
            var rows: [[String]] = []
            for subject in subjects {
                let needs = subject.technologies.joined(separator: ";") + (subject.inferred ? text.inferredFromTitle : "")
                var first = true
                func lead() -> [String] {
                    defer { first = false }
                    return first ? [subject.id, needs] : ["", ""]
                }
                for partner in subject.partners {
                    rows.append(lead() + [text.existingPartnerRow, partner.id, "", "", "", "", "", "", "", partner.explanation])
                }
                if subject.candidates.isEmpty && subject.partners.isEmpty {
                    rows.append(lead() + ["", "—", "", "", "", "", "", "", "", text.noCandidate])
                }
                for (rank, candidate) in subject.candidates.enumerated() {
                    let p = candidate.parts
                    let ties = candidate.ties.isEmpty ? "" : " [" + text.list(candidate.ties.map(\.description)) + "]"
                    rows.append(lead() + [String(rank + 1), candidate.id, String(format6: candidate.score), String(format6: p.technology),
                                          String(format6: p.field), String(format6: p.keyword), String(format6: p.proximity),
                                          String(format6: p.prior), String(format6: p.locality), candidate.explanation + ties])
                }
            }
            let keys = ["subject", "needs", "rank", "candidate", "score", "technology", "field", "keyword", "proximity", "prior", "locality", "evidence"]
            try Terminal.print(rows, headers: options.format == .csv ? keys : text.headings(keys), as: options.format)
        }
    }
}
