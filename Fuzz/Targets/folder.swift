// libFuzzer target: a whole map folder, in memory. The input is map.yaml and the five tables separated by the
// byte 0x1E (record separator); each piece goes through encoding detection and its reader, then the whole-map
// validation, and a valid map is drawn as every view (DOT text, no Graphviz layout).
import Foundation
@testable import ChainMap
import ChainMapRender

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let pieces = bytes.split(separator: 0x1E, omittingEmptySubsequences: false).map(Array.init)
    var context = LoadContext(folder: "/fuzz")
    guard let manifest = context.decode(pieces[0], path: "/fuzz/map.yaml", encoding: .auto) else { return 0 }
    context.readManifest(manifest, path: "/fuzz/map.yaml")
    context.finishManifest()
    for (index, table) in MapLoader.tableNames.enumerated() where index + 1 < pieces.count {
        let path = "/fuzz/\(table).csv"
        guard let text = context.decode(pieces[index + 1], path: path, encoding: context.encoding) else { continue }
        context.readTable(table, text: text, path: path)
    }
    MapValidator.check(&context)
    let loaded = context.finish()
    guard !loaded.hasErrors else { return 0 }
    let map = loaded.map
    var views: [MapView] = [.overview, .full]
    views += map.chains.prefix(4).map { MapView.chain(id: $0.id) }
    if let first = map.organizations.first { views.append(.ego(focus: first.id, hops: 2)) }
    for view in views {
        for overlays in [Set<Overlay>(), [.gaps, .candidates]] {
            if let graph = try? MapViews.graph(view, of: map, options: ViewOptions(language: .zh, overlays: overlays)) {
                _ = graph.render()
            }
        }
    }
    return 0
}
