import Foundation
import FuzzSupport
import StanceGraph

/// The input is up to three YAML files separated by NUL bytes: an actor
/// file, relations.yaml and language.yaml; a missing part is the default
/// ontology's file. Loading must give an ontology or an error, never a
/// crash, and an extractor built from a loaded ontology must run.
let folder: String = {
    let path = "/dev/shm/stancegraph-fuzz-ontology-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path + "/actors", withIntermediateDirectories: true)
    return path
}()

let defaults: [String] = {
    let root = ProcessInfo.processInfo.environment["STANCEGRAPH_ONTOLOGY"] ?? "Ontology"
    return ["actors/curated-states.yaml", "relations.yaml", "language.yaml"].map { name in
        (try? String(contentsOfFile: root + "/" + name, encoding: .utf8)) ?? ""
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOntology(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, maxSplits: 2,
                                                                    omittingEmptySubsequences: false)
    for (index, name) in ["actors/fuzz.yaml", "relations.yaml", "language.yaml"].enumerated() {
        let bytes = index < parts.count ? Data(parts[index]) : Data(defaults[index].utf8)
        FileManager.default.createFile(atPath: folder + "/" + name, contents: bytes)
    }
    guard let ontology = try? Ontology.load(directory: folder) else { return 0 }
    let extractor = Extractor(ontology: ontology)
    _ = extractor.extract("Russia strongly supports China, Japan warned. The EU opposes the plan.", article: "f")
    return 0
}

@_cdecl("FuzzOntology_main")
public func fuzzOntologyMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOntology)
}
