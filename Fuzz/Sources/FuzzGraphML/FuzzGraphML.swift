import FuzzSupport
import StanceGraph
@testable import StanceFormats

/// Any bytes given to the GraphML reader must give a graph or a
/// `FormatError`, never a crash; a graph it reads must write, and read
/// back to the same graph (write -> read is the identity on what was read),
/// and libxml2's xmlTextWriter output of it must read back to the same
/// graph (differential).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let graph = try? GraphMLReader.read(bytes: bytes, name: "fuzz.graphml") else { return 0 }
    guard let written = try? GraphMLWriter.data(graph) else { return 0 }   // e.g. an id that is no NMTOKEN
    let back: StanceGraph
    do {
        back = try GraphMLReader.read(bytes: written, name: "rewritten.graphml")
    } catch {
        fatalError("a graph we wrote does not read back: \(error)")
    }
    // libxml2's xmlTextWriter spells some escapes differently; what it
    // writes must still mean the same graph.
    guard let reference = try? GraphMLWriter.referenceData(graph),
          (try? GraphMLReader.read(bytes: reference, name: "reference.graphml")) == back else {
        fatalError("the output buffer writer and libxml2's xmlTextWriter disagree")
    }
    guard try! GraphMLWriter.data(back) == written else {
        fatalError("write -> read -> write changed the bytes")
    }
    _ = DOTWriter.string(graph)
    return 0
}

@_cdecl("FuzzGraphML_main")
public func fuzzGraphMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzGraphML)
}
