// swift-tools-version:6.2
import PackageDescription

import class Foundation.ProcessInfo

// SE-0335, SE-0444, SE-0409: explicit `any`, members visible only through direct imports,
// and imports internal unless marked `public import` — so a C or GRDB type cannot leak out
// of the one module allowed to use it (see ../shared/design.md, "Module hygiene").
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "ActorGraph",
    products: [
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        // Libraries so the separate Benchmarks/ package (and later an HTTP API) can link the modules.
        .library(name: "ActorGraphCore", targets: ["ActorGraphCore"]),
        .library(name: "Language", targets: ["Language"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "ActorGraphKit", targets: ["ActorGraphKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: - Level 0
        .target(name: "ActorGraphCore", swiftSettings: strict),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev", "graphviz"])]
        ),
        // zlib, which GraphStore uses to compress the document archive (docs/store.md, "Undo").
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libxml2's HTML parser, for saved web pages (only ActorGraphKit's Ingest/Formats/HTML/ imports it).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // MARK: - Level ½ (the English parser; only Extraction imports it)
        // The dense-product tile compiled for AVX2 + FMA (x86-64-v3); Language calls it only where /proc/cpuinfo
        // reports both, and runs the same source compiled for baseline x86-64 elsewhere (docs/language.md).
        // Both are compiled with optimisation in debug builds too: unoptimised, the parser is some 20× slower, and
        // every test that extracts from text would crawl.
        .target(
            name: "LanguageKernels",
            swiftSettings: strict + [
                .unsafeFlags(["-target-cpu", "haswell"]), .unsafeFlags(["-O"], .when(configuration: .debug)),
            ]
        ),
        .target(
            name: "Language",
            dependencies: ["ActorGraphCore", "LanguageKernels"],
            resources: [.copy("Resources")],
            swiftSettings: strict + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),

        // MARK: - Level 1 (siblings never import each other)
        .target(
            name: "Extraction",
            dependencies: ["ActorGraphCore", "Language"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(name: "Analysis", dependencies: ["ActorGraphCore"], swiftSettings: strict),
        .target(name: "GraphStore", dependencies: ["ActorGraphCore", grdb, "CZlib"], swiftSettings: strict),
        .target(name: "Render", dependencies: ["ActorGraphCore", "CGraphviz"], swiftSettings: strict),
        .target(name: "Interchange", dependencies: ["ActorGraphCore"], swiftSettings: strict),

        // MARK: - Level 2
        .target(
            name: "ActorGraphKit",
            dependencies: [
                "ActorGraphCore", "Extraction", "Analysis", "GraphStore", "Render", "Interchange", "CLibXML2",
            ],
            swiftSettings: strict
        ),

        // MARK: - Executables
        .executableTarget(
            name: "actorgraph",
            dependencies: ["ActorGraphKit", "ActorGraphCore", argumentParser],
            swiftSettings: strict
        ),

        // MARK: - Tests
        .target(
            name: "ActorGraphTestSupport",
            dependencies: ["ActorGraphCore"],
            path: "Tests/ActorGraphTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "ActorGraphCoreTests",
            dependencies: ["ActorGraphCore", "ActorGraphTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LanguageTests",
            dependencies: ["Language", "ActorGraphCore", "ActorGraphTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", "ActorGraphTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "GraphStoreTests",
            dependencies: ["GraphStore", "ActorGraphTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AnalysisTests",
            dependencies: ["Analysis", "ActorGraphTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "RenderTests",
            dependencies: ["Render", "ActorGraphTestSupport"],
            exclude: ["Snapshots", "valgrind.supp", "lsan.supp"],  // read via #filePath or by the leak checkers
            swiftSettings: strict
        ),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["Interchange", "ActorGraphTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ActorGraphKitTests",
            dependencies: ["ActorGraphKit", "Render", "ActorGraphTestSupport"],
            exclude: ["Fixtures"],  // read via #filePath; written by Scripts/fixtures/interchange_conventions.py
            swiftSettings: strict
        ),
        .testTarget(
            name: "ActorGraphCLITests",
            dependencies: ["actorgraph", "ActorGraphTestSupport"],
            swiftSettings: strict
        ),
    ]
)

// MARK: - Benchmarks (Hummingbird's environment gate: `make bench` sets ACTORGRAPH_BENCH=1, so
// `swift build` and `make test` never compile them). Each times one layer and prints a table.
if ProcessInfo.processInfo.environment["ACTORGRAPH_BENCH"] != nil {
    let benchmarks: [(name: String, dependencies: [Target.Dependency])] = [
        ("analysis-bench", ["Analysis", "ActorGraphCore"]),
        ("extraction-bench", ["Extraction", "ActorGraphCore"]),
        ("store-bench", ["ActorGraphKit", "GraphStore", "Extraction", "ActorGraphCore"]),
        ("render-bench", ["Render", "ActorGraphCore"]),
    ]
    package.targets += benchmarks.map { bench in
        .executableTarget(
            name: bench.name,
            dependencies: bench.dependencies,
            path: "Benchmarks/Sources/\(bench.name)",
            swiftSettings: strict
        )
    }
}

// MARK: - Fuzzing (`make fuzz` sets ACTORGRAPH_FUZZ=1 and builds with -sanitize=fuzzer,address into its own
// scratch path, so `swift build` and `make test` never compile these). One libFuzzer harness per reader;
// `-parse-as-library` because each defines its own entry points. Fuzz/README.md: adding one (importers).
if ProcessInfo.processInfo.environment["ACTORGRAPH_FUZZ"] != nil {
    let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
        ("fuzz-edge-list", ["Analysis"])
    ]
    package.targets += harnesses.map { harness in
        .executableTarget(
            name: harness.name,
            dependencies: harness.dependencies,
            path: "Fuzz/Sources/\(harness.name)",
            swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])]
        )
    }
}
