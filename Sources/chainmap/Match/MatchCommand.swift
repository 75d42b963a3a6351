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
        (enough on county maps to change nothing; it bounds memory and time on very large ones). Pooled records \
        without skills cannot be matched and are listed.
        JSON: {"assignments": [{"expert", "task", "task_kind", "score", "explanation"}], "unassigned", \
        "idle": [{"expert", "capacity", "used"}], "unknown_skills", "current_fit", "assigned_fit", "gain"}.
        """
    )

    @OptionGroup var options: MapOptions
    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The lowest fit worth an assignment (0…1).") var threshold: Double = 0.2
    @Option(help: "The most experts offered to one task, best fit first.") var expertsPerTask: Int = 64

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        guard expertsPerTask >= 1 else { throw ValidationError("--experts-per-task must be 1 or more") }
    }

    func run() throws {
        let loaded = try options.load()
        let result: ExpertMatching
        do {
            result = try ExpertMatching.assign(in: loaded.map.applying(analysis.filter), threshold: threshold,
                                           expertsPerTask: expertsPerTask)
        } catch {
            Terminal.error("\(options.map): error: the assignment failed: \(error)")
            throw ExitCode(ExitCodes.software)
        }
        switch options.format {
        case .json:
            Terminal.output(try JSONOutput.render(result))
        case .csv:
            let rows = result.assignments.map { [$0.expert, $0.task, $0.taskKind, String(format6: $0.score), $0.explanation] }
            try Terminal.print(rows, headers: ["expert", "task", "task_kind", "score", "explanation"], as: .csv)
        case .table:
            let rows = result.assignments.map { [$0.expert, $0.task, $0.taskKind, String(format6: $0.score), $0.explanation] }
            var text = rows.printed(headers: ["expert", "task", "kind", "fit", "evidence"], as: .table)
            text += "\nunassigned tasks: \(result.unassigned.isEmpty ? "none" : result.unassigned.joined(separator: ", "))\n"
            text += "idle capacity: \(result.idle.isEmpty ? "none" : result.idle.map { "\($0.expert) \($0.used)/\($0.capacity)" }.joined(separator: ", "))\n"
            if !result.unknownSkills.isEmpty {
                text += "cannot be matched (skills unknown): \(result.unknownSkills.joined(separator: ", "))\n"
            }
            text += "total fit: today's serves ties \(String(format6: result.currentFit)), this assignment \(String(format6: result.assignedFit)), gain \(String(format6: result.gain))\n"
            Terminal.output(text)
        }
    }
}
