// libFuzzer target: the DOT writer. Fuzzed text becomes ids, plain and HTML labels and attribute values; the
// written DOT must be well-formed: every quoted string closed, every HTML label's < > balanced, no raw control
// character but the line feeds the writer puts between statements.
import ChainMapRender
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    func part(_ index: Int) -> String { parts.isEmpty ? "" : parts[index % parts.count] }
    var graph = DOTGraph(body: DOTSubgraph(id: part(0), graphAttributes: ["label": .text(part(1))]))
    var cluster = DOTSubgraph.cluster(part(2), attributes: ["label": .htmlText(part(3))])
    cluster.nodes.append(DOTNode(id: part(4), attributes: ["label": .htmlText(part(5)), "tooltip": .text(part(6))]))
    graph.subgraphs.append(cluster)
    graph.nodes.append(DOTNode(id: part(7), attributes: ["label": .text(part(8)), part(9): .text(part(10))]))
    graph.edges.append(DOTEdge(from: part(4), to: part(7), attributes: ["xlabel": .text(part(11)), "id": .text(part(12))]))
    let dot = graph.render()
    var inQuote = false, escaped = false, angle = 0
    for scalar in dot.unicodeScalars {
        if inQuote {
            if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inQuote = false }
            if scalar.value < 0x20 && scalar != "\t" { fatalError("raw control character U+\(String(scalar.value, radix: 16)) in a quoted string") }
            continue
        }
        if angle > 0 {
            if scalar == "<" { angle += 1 } else if scalar == ">" { angle -= 1 }
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
                fatalError("raw control character U+\(String(scalar.value, radix: 16)) in an HTML label")
            }
            continue
        }
        if scalar == "\"" { inQuote = true } else if scalar == "<" { angle = 1 }
    }
    if inQuote || angle != 0 { fatalError("unbalanced DOT: quote \(inQuote), angle depth \(angle)") }
    return 0
}
