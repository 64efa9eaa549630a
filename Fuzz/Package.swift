// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for stancegraph, kept out of the main package so that a
// plain `swift build` never needs the fuzzer runtime. Build and run them
// with `Fuzz/run` (it passes -sanitize=fuzzer,address -parse-as-library).
// Each target's `<Target>_main` hands over to libFuzzer (FuzzSupport).
let stanceGraph = Target.Dependency.product(name: "StanceGraph", package: "stancegraph")

let package = Package(
    name: "stancegraph-fuzz",
    dependencies: [.package(name: "stancegraph", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzGraphML", dependencies: ["FuzzSupport", stanceGraph]),
        .executableTarget(name: "FuzzOntology", dependencies: ["FuzzSupport", stanceGraph]),
        .executableTarget(name: "FuzzExtractor", dependencies: ["FuzzSupport", stanceGraph]),
    ]
)
