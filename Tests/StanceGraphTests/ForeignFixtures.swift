/// Files other tools write, made for the tests (yEd with its yFiles
/// graphics, a Gephi export), kept as Swift strings so the test target
/// needs no resources.
enum ForeignFixtures {
    static let files: [String: String] = [
        "gephi-export.graphml": ##"""
        <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key attr.name="label" attr.type="string" for="node" id="label"/>
        <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
        <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
        <key attr.name="relation" attr.type="string" for="edge" id="relation"/>
        <key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"/>
        <key attr.name="r" attr.type="int" for="node" id="r"/>
        <key attr.name="g" attr.type="int" for="node" id="g"/>
        <key attr.name="b" attr.type="int" for="node" id="b"/>
        <key attr.name="x" attr.type="float" for="node" id="x"/>
        <key attr.name="y" attr.type="float" for="node" id="y"/>
        <key attr.name="size" attr.type="float" for="node" id="size"/>
        <graph defaultedgetype="directed">
        <node id="USA">
        <data key="label">United States</data>
        <data key="modularity_class">0</data>
        <data key="size">12.5</data>
        <data key="r">0</data>
        <data key="g">158</data>
        <data key="b">115</data>
        <data key="x">-34.80957</data>
        <data key="y">112.34</data>
        </node>
        <node id="CHN">
        <data key="label">China</data>
        <data key="modularity_class">1</data>
        <data key="size">10.0</data>
        <data key="r">213</data>
        <data key="g">94</data>
        <data key="b">0</data>
        <data key="x">55.0</data>
        <data key="y">-7.5E-1</data>
        </node>
        <edge id="0" source="USA" target="CHN">
        <data key="relation">warns</data>
        <data key="edgelabel">warns</data>
        <data key="weight">2.0</data>
        </edge>
        </graph>
        </graphml>
        """##,
        "yed-layout.graphml": ##"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
          <!--Created by yEd 3.23.2-->
          <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
          <key for="port" id="d1" yfiles.type="portgraphics"/>
          <key attr.name="url" attr.type="string" for="node" id="d3"/>
          <key for="node" id="d6" yfiles.type="nodegraphics"/>
          <key for="graphml" id="d7" yfiles.type="resources"/>
          <key attr.name="relation" attr.type="string" for="edge" id="d9"/>
          <key for="edge" id="d10" yfiles.type="edgegraphics"/>
          <key attr.name="label" attr.type="string" for="node" id="d11"/>
          <graph edgedefault="directed" id="G">
            <data key="d0" xml:space="preserve">Layout by hand</data>
            <node id="RUS">
              <data key="d11">Russia</data>
              <data key="d6">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="30.0" x="120.5" y="-40.25"/>
                  <y:Fill color="#FFCC00" transparent="false"/>
                  <y:NodeLabel alignment="center" autoSizePolicy="content">Russia &amp; co</y:NodeLabel>
                  <y:Shape type="rectangle"/>
                </y:ShapeNode>
              </data>
            </node>
            <node id="CHN">
              <data key="d3">https://example.org/chn?a=1&amp;b=2</data>
              <data key="d6">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="30.0" x="300.0" y="80.0"/>
                  <y:Fill color="#00CCFF" transparent="false"/>
                </y:ShapeNode>
              </data>
            </node>
            <edge id="e0" source="RUS" target="CHN">
              <data key="d9">supports</data>
              <data key="d10">
                <y:PolyLineEdge>
                  <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"><y:Point x="200.0" y="10.0"/></y:Path>
                  <y:LineStyle color="#009E73" type="line" width="2.0"/>
                  <y:Arrows source="none" target="standard"/>
                </y:PolyLineEdge>
              </data>
            </edge>
          </graph>
          <data key="d7">
            <y:Resources/>
          </data>
        </graphml>
        """##,
    ]
}
