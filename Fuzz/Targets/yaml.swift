// libFuzzer target: map.yaml as the loader reads it (depth pre-check, YAML composer, every manifest reader).
import Foundation
@testable import ChainMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var context = LoadContext(folder: "/fuzz")
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = context.decode(bytes, path: "/fuzz/map.yaml", encoding: .auto) else { return 0 }
    context.readManifest(text, path: "/fuzz/map.yaml")
    context.finishManifest()
    MapValidator.check(&context)
    _ = context.finish()
    return 0
}
