import ArgumentParser

@main
struct Chainmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chainmap",
        abstract: "Industry-chain core technology innovation maps (产业链核心技术创新图谱) for a county science and technology bureau.",
        discussion: """
        A map is a folder — map.yaml and a CSV table per part (sources, chains, segments, technologies, indicators, \
        organizations, platforms, experts, demands, relations) — or one .xlsx workbook with a sheet per part. \
        See docs/data-format.md.
        """ + "\n\n" + ExitCodes.helpText,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, StatsCommand.self, ListCommand.self, ShowCommand.self, InitCommand.self, RenderCommand.self,
            GapsCommand.self, IndicatorsCommand.self, CandidatesCommand.self, MatchCommand.self,
            RankCommand.self, LinksCommand.self, PathCommand.self, NeighborsCommand.self, ExportCommand.self, GenerateCommand.self,
            ConvertCommand.self,
            DiffCommand.self,
            RenderWorkerCommand.self,
            ReportCommand.self,
        ]
    )
}
