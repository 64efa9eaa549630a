import Foundation
import FuzzSupport
import StanceGraph

/// Any text (bytes decoded as UTF-8 with replacement) must extract without
/// a crash, every evidence item must point inside the text, and the graph
/// must be writable as GraphML.
let extractor: Extractor = {
    let root = ProcessInfo.processInfo.environment["STANCEGRAPH_ONTOLOGY"] ?? "Ontology"
    do { return Extractor(ontology: try Ontology.load(directory: root)) } catch {
        fatalError("set STANCEGRAPH_ONTOLOGY to the Ontology folder: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let graph = extractor.extract(text, article: "fuzz")
    let scalars = text.unicodeScalars.count
    for edge in graph.edges.values {
        for item in edge.evidence {
            guard item.start >= 0, item.start <= item.end, item.end <= scalars else {
                fatalError("evidence \(item.start)..<\(item.end) outside a text of \(scalars) scalars")
            }
        }
    }
    _ = try? GraphMLWriter.data(graph)
    return 0
}

@_cdecl("FuzzExtractor_main")
public func fuzzExtractorMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzExtractor)
}
