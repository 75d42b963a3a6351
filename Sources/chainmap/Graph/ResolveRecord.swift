import ArgumentParser
import struct ChainGraph.NodeIndex
import struct ChainGraph.UndirectedGraph
import ChainMap

/// Resolves a user-typed id, exiting 64 with a did-you-mean when unknown.
func resolve(_ id: String, in graph: UndirectedGraph, map: InnovationMap, folder: String) throws -> NodeIndex {
    if let index = graph.index(of: id) { return index }
    let hint = map.suggestion(forUnknownID: id).map { "; hint: \($0)" } ?? ""
    Terminal.error("\(folder): error: no record has the id \"\(id)\"\(hint)")
    throw ExitCode(ExitCodes.usage)
}
