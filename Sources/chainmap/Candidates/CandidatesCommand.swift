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
        var single: CandidateRanking.Subject?
        if let demand {
            guard let record = map.demands.first(where: { $0.id == demand }) else { throw unknown(demand, "demand") }
            single = ranking.rank(demand: record, top: top)
        } else if let enterprise {
            guard let record = map.organizations.first(where: { $0.id == enterprise }) else { throw unknown(enterprise, "organization") }
            single = ranking.rank(enterprise: record, top: top)
        } else if let segment {
            guard let record = map.segments.first(where: { $0.id == segment }) else { throw unknown(segment, "segment") }
            single = ranking.rank(segment: record, top: top)
        }
        let printer = try CandidatesPrinter(format: options.format, text: options.text)
        if let single {
            progress.done()
            try printer.print(single)
        } else {
            // Subjects are printed a window at a time as they are ranked: the answer on a large map is never held whole.
            try ranking.rank(demands: map.demands.filter { $0.status == .open }, top: top) { subject in
                // The progress line shares the terminal with the output only when both go there.
                if Terminal.outputIsTerminal { progress.done() }
                try printer.print(subject)
            }
            progress.done()
        }
        try printer.finish()
    }
}
