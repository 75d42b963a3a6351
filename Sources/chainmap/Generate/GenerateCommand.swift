import ArgumentParser
import ChainMap

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic map of realistic shape and any size, for tests and benchmarks.",
        discussion: """
        Chains with ordered segments and technologies, enterprises clustered by segment with power-law sizes, hubs \
        (universities, institutes, platforms), experts with capacities, demands and relations. Ties total about \
        enterprises × (relations-per-enterprise + 4), records about 1.4 × enterprises; \
        `\(MapGenerator.millionTies.arguments)` gives about 100k records and 1M ties.

        The same options give the same bytes. The folder must not exist or must be empty (exit 73 otherwise); it \
        appears whole or not at all. The map validates with no errors.
        """
    )

    @Option(help: "Seeds every random draw.")
    var seed: UInt64

    @Option(help: "The number of enterprises (the main size knob).")
    var enterprises: Int

    @Option(help: "The number of industry chains.")
    var chains: Int = 4

    @Option(name: .customLong("relations-per-enterprise"), help: "Mean relations.csv rows per enterprise.")
    var relationsPerEnterprise: Double = 8

    @Option(help: "The number of experts (default: enterprises / 10).")
    var experts: Int?

    @Option(help: "The number of demands (default: enterprises / 4).")
    var demands: Int?

    @Option(name: .customLong("assumed-percent"), help: "Percent of records citing `assumed`.")
    var assumedPercent: Int = 5

    @Option(name: [.short, .customLong("output")], help: "The folder to create.", completion: .directory)
    var output: String

    @Flag(help: "No progress on standard error (shown only when it is a terminal).") var quiet = false

    func validate() throws {
        guard (1 ... 10_000_000).contains(enterprises) else { throw ValidationError("--enterprises must be between 1 and 10000000") }
        guard (1 ... 1000).contains(chains) else { throw ValidationError("--chains must be between 1 and 1000") }
        guard relationsPerEnterprise.isFinite, (0 ... 1000).contains(relationsPerEnterprise) else {
            throw ValidationError("--relations-per-enterprise must be between 0 and 1000")
        }
        if let experts, experts < 0 { throw ValidationError("--experts must not be negative") }
        if let demands, demands < 0 { throw ValidationError("--demands must not be negative") }
        guard (0 ... 100).contains(assumedPercent) else { throw ValidationError("--assumed-percent must be between 0 and 100") }
    }

    func run() throws {
        let generator = MapGenerator(
            seed: seed, enterprises: enterprises, chains: chains, relationsPerEnterprise: relationsPerEnterprise,
            experts: experts, demands: demands, assumedPercent: assumedPercent)
        let map: InnovationMap
        let progress = Progress(quiet: quiet)
        progress.step("generating and writing \(output)")
        defer { progress.done() }
        do {
            map = try generator.write(to: output)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitCodes.cannotCreate)
        }
        let records = map.chains.count + map.segments.count + map.technologies.count + map.organizations.count
            + map.platforms.count + map.experts.count + map.demands.count + map.indicators.count
        let firms = enterprises == 1 ? "1 enterprise" : "\(enterprises) enterprises"
        Terminal.output("created \(output): \(records) records (\(firms)), \(map.tieCount) ties (\(map.relations.count) relations)\n")
        Terminal.output("next: `chainmap validate \(output)`\n")
    }
}
