// swift-tools-version: 6.0
import PackageDescription

// Data flows one way through the targets:
//   StanceOntology (actors, cues) -> StanceExtraction (text -> edges)
//   -> StanceModel (graph, merge) -> StanceFormats (GraphML, DOT)
//   -> StanceGraph (pipeline, query) -> stancegraph (CLI).
let package = Package(
    name: "stancegraph",
    products: [
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
        .executable(name: "stancegraph", targets: ["stancegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "StanceModel",
            dependencies: [.product(name: "DequeModule", package: "swift-collections")]
        ),
        .target(
            name: "StanceOntology",
            dependencies: ["StanceModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "StanceExtraction",
            dependencies: ["StanceModel", "StanceOntology"]
        ),
        .target(
            name: "StanceFormats",
            dependencies: ["StanceModel", "CLibXML2", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "StanceGraph",
            dependencies: ["StanceModel", "StanceOntology", "StanceExtraction", "StanceFormats", "CLibXML2"]
        ),
        .executableTarget(
            name: "stancegraph",
            dependencies: [
                "StanceGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "stancegraph-bench",
            dependencies: [
                "StanceGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "StanceGraphTests",
            dependencies: [
                "StanceGraph",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
