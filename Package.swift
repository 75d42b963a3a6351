// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "chainmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chainmap", targets: ["chainmap"]),
        // The process `chainmap render` runs Graphviz in; found beside the chainmap executable.
        .executable(name: "chainmap-render-worker", targets: ["chainmap-render-worker"]),
        .library(name: "ChainGraph", targets: ["ChainGraph"]),
        .library(name: "ChainMap", targets: ["ChainMap"]),
        .library(name: "ChainMapRender", targets: ["ChainMapRender"]),
        .library(name: "ChainMapReport", targets: ["ChainMapReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `make docs`: the DocC catalogs of the three libraries (a build-time plugin; nothing links it).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Graphviz's C libraries (libgvc, libcgraph) through pkg-config; the shim hides mutable C globals.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The graph engine: typed indices, CSR storage, algorithms. Knows nothing of counties.
        .target(name: "ChainGraph"),
        // The innovation-map domain: model, loading, validation, queries.
        .target(
            name: "ChainMap",
            dependencies: [
                "ChainGraph", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The Graphviz boundary: libgvc in the process and the render worker's side. No Foundation, so that the
        // worker, which links only this, starts about as fast as `dot`.
        .target(name: "ChainMapGraphviz", dependencies: ["CGraphviz"]),
        // Views, DOT writing, rendering in the process or in the worker.
        .target(name: "ChainMapRender", dependencies: ["ChainMap", "ChainMapGraphviz"]),
        .executableTarget(name: "chainmap-render-worker", dependencies: ["ChainMapGraphviz"]),
        // The offline HTML report: the views' SVG, the analyses as JSON, an escaping HTML writer.
        .target(name: "ChainMapReport", dependencies: ["ChainMap", "ChainMapRender"]),
        .executableTarget(
            name: "chainmap",
            dependencies: [
                "ChainMap", "ChainGraph", "ChainMapRender", "ChainMapReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Not linked: built with chainmap so that `swift build --product chainmap` puts it beside it.
                "chainmap-render-worker",
            ]
        ),
        .executableTarget(name: "chainmap-bench", dependencies: ["ChainGraph", "ChainMap"]),
        .testTarget(name: "ChainGraphTests", dependencies: ["ChainGraph"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ChainMapTests",
            dependencies: ["ChainMap", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ChainMapRenderTests", dependencies: ["ChainMapRender", "ChainMapGraphviz", "CGraphviz", "chainmap-render-worker"]),
        .testTarget(name: "ChainMapReportTests", dependencies: ["ChainMapReport", "ChainMap", "ChainMapRender"], exclude: ["Fixtures"]),
        // Expected outputs are read from the source tree by path, not bundled.
        // Depends on the executable so `swift test` rebuilds the binary it runs (and can read its command tree).
        .testTarget(name: "ChainmapCLITests", dependencies: ["ChainMap", "chainmap"], exclude: ["Expected", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
