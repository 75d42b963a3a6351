import ArgumentParser
import ChainMap

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Assign experts and commissioners to open demands and local enterprises by min-cost flow.",
        discussion: """
        Each expert serves up to capacity × headcount tasks; a task (an open demand or a local enterprise) takes one \
        expert. Among assignments with fit ≥ --threshold, the most tasks are served and then the total fit is \
        maximised. Fit is the `candidates` score. Each task is offered its --experts-per-task best-fitting experts \
        (enough on county maps to change nothing; it bounds memory and time on very large ones). An expert's \
        fields count against the needed technologies' field (the `field` part of the score), so a pool recorded \
        with fields only is matched too, or listed idle with the reason. Pooled records without skills cannot be \
        matched and are listed.
        JSON: {"schema": "chainmap/match@1", "assignments": [{"expert", "task", "task_kind", "score", "explanation"}], "unassigned", \
        "idle": [{"expert", "capacity", "used"}], "unknown_skills", "current_fit", "assigned_fit", "gain"}.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The lowest fit worth an assignment (0…1).") var threshold: Double = 0.2
    @Option(help: "The most experts offered to one task, best fit first.") var expertsPerTask: Int = 64
    @Flag(help: "No progress on standard error (shown only when it is a terminal).") var quiet = false

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        guard expertsPerTask >= 1 else { throw ValidationError("--experts-per-task must be 1 or more") }
    }

    func run() throws {
        let progress = Progress(quiet: quiet)
        progress.step("loading \(options.map)")
        let loaded = try options.load()
        let result: ExpertMatching
        progress.step("matching experts to demands")
        defer { progress.done() }
        do {
            result = try ExpertMatching.assign(in: loaded.map.applying(analysis.filter), threshold: threshold,
                                               expertsPerTask: expertsPerTask, language: options.lang)
        } catch {
            Terminal.error("\(options.map): error: the assignment failed: \(error)")
            throw ExitCode(ExitCodes.software)
        }
        progress.done()
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(object: result, schema: JSONOutput.schema("match")))
        case .csv:
            let rows = result.assignments.map { [$0.expert, $0.task, $0.taskKind, String(format6: $0.score), $0.explanation] }
            try Terminal.print(rows, headers: ["expert", "task", "task_kind", "score", "explanation"], as: .csv)
        case .table:
            let messages = options.text
            let fieldOnly = Set(loaded.map.experts.filter { $0.technologies.isEmpty && !$0.fields.isEmpty }.map(\.id))
            let rows = result.assignments.map { [$0.expert, $0.task, $0.taskKind, String(format6: $0.score), $0.explanation] }
            var text = rows.printed(headers: messages.headings(["expert", "task", "kind", "fit", "evidence"]), as: .table)
            text += "\n" + messages.matchUnassigned(result.unassigned) + "\n"
            text += messages.matchIdle(result.idle.map {
                "\($0.expert) \($0.used)/\($0.capacity)" + ($0.used == 0 ? " (\(messages.matchIdleReason(fieldOnly: fieldOnly.contains($0.expert))))" : "")
            }) + "\n"
            if !result.unknownSkills.isEmpty { text += messages.matchUnknownSkills(result.unknownSkills) + "\n" }
            text += messages.matchTotals(current: String(format6: result.currentFit), assigned: String(format6: result.assignedFit),
                                         gain: String(format6: result.gain)) + "\n"
            Terminal.output(text)
        }
    }
}
