import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// Files written by other tools: keys found by `attr.name`, whatever their
/// ids, and foreign markup skipped.
@Suite struct GraphMLReaderTests {
    /// What networkx's `write_graphml` produces for a MultiDiGraph: keys
    /// `d0, d1, ...`, edge ids as multigraph keys, a node without label.
    static let networkx = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="d4" for="edge" attr.name="weight" attr.type="long" />
          <key id="d3" for="edge" attr.name="evidence" attr.type="string" />
          <key id="d2" for="edge" attr.name="relation" attr.type="string" />
          <key id="d1" for="node" attr.name="kind" attr.type="string" />
          <key id="d0" for="node" attr.name="label" attr.type="string" />
          <key id="d5" for="node" attr.name="population" attr.type="long" />
          <graph edgedefault="directed">
            <node id="USA">
              <data key="d0">United States</data>
              <data key="d1">state</data>
              <data key="d5">330000000</data>
            </node>
            <node id="CHN">
              <data key="d0">China</data>
            </node>
            <node id="TWN" />
            <edge source="USA" target="CHN" id="0">
              <data key="d2">warns</data>
              <data key="d4">1</data>
              <data key="d3">[{"article": "a9", "start": 3, "end": 44, "sentence": "Washington warned Beijing.", "cue": "warned", "rule": "verb", "extra": true}]</data>
            </edge>
            <edge source="USA" target="CHN" id="1">
              <data key="d2">supports</data>
              <data key="d4">7</data>
            </edge>
            <edge source="CHN" target="TWN" id="0">
              <data key="d2"> opposes </data>
            </edge>
          </graph>
        </graphml>
        """

    /// libxml2's SAX parser hands attribute values over with each `&` still
    /// a character reference (`&#38;`); every other reference arrives
    /// decoded. The reader must give back exactly what was written.
    @Test func attributeValuesAreDecodedExactly() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="r" for="edge" attr.name="relation" attr.type="string"/>
              <key id="n" for="node" attr.name="R&amp;D &lt;x&gt; &#38; &quot;q&quot; &#x26;#38; caf&#233;" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="a"><data key="n">1</data></node>
                <node id="b"/>
                <edge source="a" target="b"><data key="r">warns</data></edge>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader.read(bytes: Array(text.utf8), name: "amp.graphml")
        let key = try #require(graph.foreign.sortedKeys.first)
        #expect(key.attribute("attr.name") == "R&D <x> & \"q\" &#38; café")
        #expect(graph.edges.keys.first == EdgeKey(source: "a", relation: .warns, target: "b"))
    }

    /// Another tool's markup keeps the namespaces it uses, wherever they
    /// were declared: on the root, on the node, or on the data itself.
    @Test func foreignMarkupKeepsNamespacesDeclaredOnAncestors() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="urn:y">
              <key id="g" for="node" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed">
                <node id="a" xmlns:z="urn:z"><data key="g"><y:Shape z:kind="box"><![CDATA[<raw>]]></y:Shape></data></node>
                <node id="b"><data key="g" xmlns:w="urn:w"><w:Mark/></data></node>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader.read(bytes: Array(text.utf8), name: "ns.graphml")
        let a = try #require(graph.foreign.nodes["a"]?.values.first)
        #expect(a.contains("xmlns:y=\"urn:y\"") && a.contains("xmlns:z=\"urn:z\"") && a.contains("<![CDATA[<raw>]]>"))
        let b = try #require(graph.foreign.nodes["b"]?.values.first)
        #expect(b == "<w:Mark xmlns:w=\"urn:w\"/>")
        // And what is written reads back to the same bytes.
        let written = try GraphMLWriter.data(graph)
        #expect(try GraphMLWriter.data(GraphMLReader.read(bytes: written, name: "again.graphml")) == written)
    }

    @Test func readsNetworkxStyleKeys() throws {
        let graph = try GraphMLReader.read(bytes: Array(Self.networkx.utf8), name: "networkx.graphml")
        #expect(graph.sortedActors == [
            Actor(id: "CHN", label: "China", kind: ""),
            Actor(id: "TWN", label: "TWN", kind: ""),
            Actor(id: "USA", label: "United States", kind: "state"),
        ])
        #expect(graph.edges.count == 3)
        let warns = try #require(graph.edges[EdgeKey(source: "USA", relation: .warns, target: "CHN")])
        #expect(warns.evidence == [Evidence(article: "a9", start: 3, end: 44, sentence: "Washington warned Beijing.",
                                            cue: "warned", rule: "verb")])
        // Weight without evidence: the count is read, the evidence is empty
        // (as after capping), and an article is assumed.
        let supports = try #require(graph.edges[EdgeKey(source: "USA", relation: .supports, target: "CHN")])
        #expect(supports.evidence.isEmpty)
        #expect(supports.weight == 7 && supports.articles == 1 && !supports.isEvidenceComplete)
        // A user's own node attribute is kept as foreign data.
        let population = try #require(graph.foreign.nodes["USA"]?.first)
        #expect(population.key.attribute("attr.name") == "population" && population.value == "330000000")
        #expect(graph.edges[EdgeKey(source: "CHN", relation: .opposes, target: "TWN")] != nil)
    }

    /// What yEd saves: its own namespaces, graphics keys without attr.name,
    /// `y:` elements inside `<data>`, custom properties as ordinary keys.
    static let yEd = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
          <!--Created by yEd 3.23.2-->
          <key for="port" id="d0" yfiles.type="portgraphics"/>
          <key attr.name="label" attr.type="string" for="node" id="d4">
            <default/>
          </key>
          <key attr.name="kind" attr.type="string" for="node" id="d5">
            <default><![CDATA[state]]></default>
          </key>
          <key for="node" id="d6" yfiles.type="nodegraphics"/>
          <key for="graphml" id="d7" yfiles.type="resources"/>
          <key attr.name="relation" attr.type="string" for="edge" id="d9"/>
          <key for="edge" id="d10" yfiles.type="edgegraphics"/>
          <graph edgedefault="directed" id="G">
            <node id="n0">
              <data key="d4"><![CDATA[European Union]]></data>
              <data key="d5"><![CDATA[igo]]></data>
              <data key="d6">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="30.0" x="10.0" y="20.0"/>
                  <y:Fill color="#FFCC00" transparent="false"/>
                  <y:NodeLabel alignment="center">European Union</y:NodeLabel>
                  <y:Shape type="rectangle"/>
                </y:ShapeNode>
              </data>
            </node>
            <node id="n1">
              <data key="d4">Ukraine</data>
              <data key="d6"><y:ShapeNode><y:NodeLabel>Ukraine</y:NodeLabel></y:ShapeNode></data>
            </node>
            <edge id="e0" source="n0" target="n1">
              <data key="d9">supports</data>
              <data key="d10">
                <y:PolyLineEdge>
                  <y:LineStyle color="#009E73" type="line" width="2.0"/>
                  <y:EdgeLabel>supports</y:EdgeLabel>
                </y:PolyLineEdge>
              </data>
            </edge>
          </graph>
          <data key="d7">
            <y:Resources/>
          </data>
        </graphml>
        """

    @Test func readsYEdFileSkippingGraphics() throws {
        let graph = try GraphMLReader.read(bytes: Array(Self.yEd.utf8), name: "yed.graphml")
        #expect(graph.sortedActors == [
            Actor(id: "n0", label: "European Union", kind: "igo"),
            Actor(id: "n1", label: "Ukraine", kind: "state"),   // from the key's <default>
        ])
        #expect(Array(graph.edges.keys) == [EdgeKey(source: "n0", relation: .supports, target: "n1")])
    }

    @Test func edgesMayComeBeforeTheirNodesAndKeysAreResolvedByNameNotId() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="kind" for="edge" attr.name="relation" attr.type="string"/>
              <key id="relation" for="node" attr.name="kind" attr.type="string"/>
              <graph edgedefault="directed">
                <edge source="a" target="b"><data key="kind">warns</data></edge>
                <node id="a"><data key="relation">state</data></node>
                <node id="b"/>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader.read(bytes: Array(text.utf8), name: "swapped")
        #expect(graph.actors["a"]?.kind == "state")
        #expect(graph.edges.keys.map(\.description) == ["a warns b"])
    }

    @Test func fileWithoutNamespaceIsAccepted() throws {
        let text = #"<graphml><graph><node id="x"/></graph></graphml>"#
        let graph = try GraphMLReader.read(bytes: Array(text.utf8), name: "old")
        #expect(graph.actors["x"] == Actor(id: "x", label: "x", kind: ""))
    }
}
