// chainmap-bench: release-mode timings of map loading and the ChainGraph engine on generated maps.
//
// Usage (see bench/README.md):
//   chainmap-bench [--sizes 10k,1m] [--seed S] [--dir .bench] [--no-peers] [--keep-maps] [-- peers.py options]
//       generates each map into DIR/maps/, measures it in a child process, runs bench/peers.py on the same
//       edge list when python igraph and networkx are installed, and prints the targets.
//   chainmap-bench --generate DIR [--enterprises N] [--relations-per-enterprise R] [--seed S]
//       writes one map (what the first child process does).
//   chainmap-bench --convert MAP OUT.xlsx
//       writes the map as a workbook (what the workbook-versus-CSV child does).
//   chainmap-bench --run MAP [--label L] [--out DIR] [--exact] [--pivots K] [--pairs P] [--k K] [--seed S] [--load-only]
//       measures one existing map folder (what the child process does).
//   chainmap-bench --scaling [--sizes 10k,100k,1m] [--commands validate,gaps,…] [--repeats 3] [--dir .bench] [--keep-maps]
//       the scaling table: each command as a whole release `chainmap` process on maps of 10k, 100k and 1M ties.
import ChainMap
import Foundation

/// The command line, consumed flag by flag.
struct Arguments {
    var words: [String]
    var isEmpty: Bool { words.isEmpty }
    mutating func next() -> String { words.removeFirst() }
    mutating func value(_ flag: String) -> String {
        guard !words.isEmpty else { fail("\(flag) needs a value") }
        return words.removeFirst()
    }
}

/// The sizes of `all` a comma-separated `--sizes` list names; fails when it names none.
func chosenSizes<Size>(_ list: String, from all: [Size], label: KeyPath<Size, String>) -> [Size] {
    let labels = list.split(separator: ",").map(String.init)
    let sizes = all.filter { labels.contains($0[keyPath: label]) }
    if sizes.isEmpty { fail("--sizes takes a list of: \(all.map { $0[keyPath: label] }.joined(separator: ","))") }
    return sizes
}

var arguments = Arguments(words: Array(CommandLine.arguments.dropFirst()))
if arguments.words.first == "--generate" {
    _ = arguments.next()
    let folder = arguments.value("--generate")
    var enterprises = 1000, relations = 8.0, seed: UInt64 = 1
    while !arguments.isEmpty {
        let flag = arguments.next()
        switch flag {
        case "--enterprises": enterprises = Int(arguments.value(flag)) ?? enterprises
        case "--relations-per-enterprise": relations = Double(arguments.value(flag)) ?? relations
        case "--seed": seed = UInt64(arguments.value(flag)) ?? seed
        default: fail("unknown option \(flag)")
        }
    }
    generateMap(folder: folder, enterprises: enterprises, relationsPerEnterprise: relations, seed: seed)
} else if arguments.words.first == "--scaling" {
    _ = arguments.next()
    var options = ScalingOptions()
    while !arguments.isEmpty {
        let flag = arguments.next()
        switch flag {
        case "--sizes": options.sizes = chosenSizes(arguments.value(flag), from: ScalingSize.all, label: \.label)
        case "--commands":
            let names = arguments.value(flag).split(separator: ",").map(String.init)
            options.commands = ScalingCommand.all.filter { names.contains($0.name) || names.contains(String($0.name.split(separator: " ")[0])) }
        case "--repeats": options.repeats = Int(arguments.value(flag)) ?? options.repeats
        case "--dir": options.directory = arguments.value(flag)
        case "--seed": options.seed = UInt64(arguments.value(flag)) ?? options.seed
        case "--keep-maps": options.keepMaps = true
        default: fail("unknown option \(flag)")
        }
    }
    runScaling(options)
} else if arguments.words.first == "--convert" {
    // --convert FOLDER OUT.xlsx: the workbook twin of a generated map, for the workbook-versus-CSV load figures.
    _ = arguments.next()
    let folder = arguments.value("--convert"), workbook = arguments.value("--convert")
    do {
        try MapWorkbook.write(try MapLoader.load(folder: folder).map, to: workbook)
    } catch {
        fail("\(error)")
    }
} else if arguments.words.first == "--run" {
    _ = arguments.next()
    var options = MapRunOptions()
    options.folder = arguments.value("--run")
    while !arguments.isEmpty {
        let flag = arguments.next()
        switch flag {
        case "--label": options.label = arguments.value(flag)
        case "--out": options.outDirectory = arguments.value(flag)
        case "--exact": options.exact = true
        case "--load-only": options.loadOnly = true
        case "--pivots": options.pivots = Int(arguments.value(flag)) ?? options.pivots
        case "--pairs": options.pairs = Int(arguments.value(flag)) ?? options.pairs
        case "--k": options.k = Int(arguments.value(flag)) ?? options.k
        case "--seed": options.seed = UInt64(arguments.value(flag)) ?? options.seed
        default: fail("unknown option \(flag)")
        }
    }
    runMap(options)
} else {
    var options = BenchOptions()
    while !arguments.isEmpty {
        let flag = arguments.next()
        switch flag {
        case "--sizes": options.sizes = chosenSizes(arguments.value(flag), from: BenchSize.all, label: \.label)
        case "--seed": options.seed = UInt64(arguments.value(flag)) ?? options.seed
        case "--dir": options.directory = arguments.value(flag)
        case "--no-peers": options.peers = false
        case "--keep-maps": options.keepMaps = true
        case "--":
            options.peerArguments = arguments.words
            arguments.words = []
        default: fail("unknown option \(flag)")
        }
    }
    orchestrate(options)
}
