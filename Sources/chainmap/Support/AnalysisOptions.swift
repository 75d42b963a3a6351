import ArgumentParser
import ChainMap

/// `--exclude-provenance assumed`: analyses on the bureau's own facts only.
struct AnalysisOptions: ParsableArguments {
    enum Excluded: String, ExpressibleByArgument, CaseIterable {
        case assumed
    }

    @Option(name: .customLong("exclude-provenance"), help: "Leave out records whose only source is this (assumed).")
    var excluded: Excluded?

    var filter: ProvenanceFilter { excluded == .assumed ? .excludeAssumed : .all }
}
