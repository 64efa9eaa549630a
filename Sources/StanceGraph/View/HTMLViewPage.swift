/// The markup, style and script of the interactive page (`HTMLView`),
/// with `dataMarker` where the graph's JSON goes. Plain JavaScript, no
/// library, nothing fetched: the page works offline, from a file.
///
/// What the script does: draws the nodes where Graphviz put them and the
/// edges as curves (parallel stances of one pair bent apart), coloured and
/// dashed by relation as in the DOT output, arrow at the target; filters by
/// relation and minimum weight; the search box marks the actors any of
/// whose names contains the text; a click on an edge lists its evidence
/// (sentence, cue, rule, date, source, article), on a node its stances.
/// `#edge=SOURCE/relation/TARGET` or `#node=ID` in the address opens one
/// at load, so a view can be shared (and tested).
enum HTMLViewPage {
    static let dataMarker = "/*STANCEGRAPH_DATA*/null"

    static let template = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stance graph</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #222; display: flex; height: 100vh; }
  #side { width: 360px; padding: 12px; border-right: 1px solid #ddd; overflow-y: auto; box-sizing: border-box; }
  #main { flex: 1; position: relative; }
  svg { width: 100%; height: 100%; display: block; background: #fff; }
  h1 { font-size: 17px; margin: 0 0 6px; }
  .note { color: #666; font-size: 12px; margin: 4px 0 10px; }
  label { display: block; margin: 3px 0; }
  input[type=search] { width: 100%; box-sizing: border-box; padding: 5px; }
  .edge { fill: none; cursor: pointer; }
  .edge.hidden, .node.hidden, .edge.faded { display: none; }
  .node rect { fill: #F5F5F5; stroke: #555; stroke-width: 1; rx: 6; }
  .node text { font-size: 11px; text-anchor: middle; dominant-baseline: middle; pointer-events: none; }
  .node { cursor: pointer; }
  .node.match rect { fill: #FFF3B0; stroke: #B08800; stroke-width: 2; }
  .node.dim { opacity: 0.25; }
  .selected { stroke-width: 5 !important; }
  #panel h2 { font-size: 15px; margin: 14px 0 4px; }
  #panel .ev { border-left: 3px solid #ccc; padding: 2px 8px; margin: 8px 0; }
  #panel .meta { color: #666; font-size: 12px; }
  .supports { color: #009E73; } .warns { color: #E69F00; } .opposes { color: #D55E00; }
</style>
</head>
<body>
<div id="side">
  <h1 id="title"></h1>
  <div class="note" id="summary"></div>
  <input type="search" id="search" placeholder="Find an actor (any name)" aria-label="Find an actor">
  <div class="note" id="found"></div>
  <fieldset>
    <legend>Relations</legend>
    <label class="supports"><input type="checkbox" class="relation" value="supports" checked> supports (solid)</label>
    <label class="warns"><input type="checkbox" class="relation" value="warns" checked> warns (dashed)</label>
    <label class="opposes"><input type="checkbox" class="relation" value="opposes" checked> opposes (bold)</label>
  </fieldset>
  <label>Minimum weight: <input type="range" id="minWeight" min="1" max="1" value="1"> <span id="minWeightValue">1</span></label>
  <div id="panel"><p class="note">Click an edge or an actor to see its evidence.</p></div>
</div>
<div id="main"><svg id="canvas" xmlns="http://www.w3.org/2000/svg"></svg></div>
<script id="graph-data" type="application/json">/*STANCEGRAPH_DATA*/null</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("graph-data").textContent);
const colours = { supports: "#009E73", warns: "#E69F00", opposes: "#D55E00" };
const dashes = { supports: "", warns: "8 5", opposes: "" };
const svgNS = "http://www.w3.org/2000/svg";
const svg = document.getElementById("canvas");
const byId = new Map(data.nodes.map(n => [n.id, n]));
function el(name, attributes, parent) {
  const e = document.createElementNS(svgNS, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}
function text(tag, content, cls) {
  const e = document.createElement(tag);
  e.textContent = content;
  if (cls) e.className = cls;
  return e;
}
document.getElementById("title").textContent = data.title;
document.getElementById("summary").textContent =
  `${data.shownEdges} of ${data.totalEdges} edges shown (the heaviest), ${data.nodes.length} of ${data.totalActors} actors.` +
  (data.shownEdges < data.totalEdges ? " Use --top N for more." : "");
const maxWeight = data.edges.reduce((m, e) => Math.max(m, e.weight), 1);
const slider = document.getElementById("minWeight");
slider.max = String(maxWeight);
// Layout: Graphviz points, y up; fit into the view box with a margin.
const xs = data.nodes.map(n => n.x), ys = data.nodes.map(n => n.y);
const scale = 72, margin = 60;
const minX = Math.min(...xs, 0) * scale, maxX = Math.max(...xs, 0) * scale;
const minY = Math.min(...ys, 0) * scale, maxY = Math.max(...ys, 0) * scale;
svg.setAttribute("viewBox", `${minX - margin} ${-maxY - margin} ${maxX - minX + 2 * margin} ${maxY - minY + 2 * margin}`);
const defs = el("defs", {}, svg);
for (const [relation, colour] of Object.entries(colours)) {
  const marker = el("marker", { id: `arrow-${relation}`, viewBox: "0 0 10 10", refX: "10", refY: "5",
    markerUnits: "userSpaceOnUse", markerWidth: "14", markerHeight: "14", orient: "auto-start-reverse" }, defs);
  el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour }, marker);
}
const edgeLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
function point(n) { return [n.x * scale, -n.y * scale]; }
// Parallel stances of one pair (either way) are bent apart.
const pairCount = new Map(), pairSeen = new Map();
for (const e of data.edges) { const k = [e.source, e.target].sort().join("\u0000"); pairCount.set(k, (pairCount.get(k) || 0) + 1); }
const edgeElements = data.edges.map(e => {
  const k = [e.source, e.target].sort().join("\u0000");
  const index = pairSeen.get(k) || 0; pairSeen.set(k, index + 1);
  const [x1, y1] = point(byId.get(e.source)), [x2, y2] = point(byId.get(e.target));
  // Bent off the line between the pair, measured from its first id to its
  // second whichever way the stance goes, so each curve has its own side.
  const offset = (index - (pairCount.get(k) - 1) / 2) * 40;
  const [ax, ay] = e.source < e.target ? [x1, y1] : [x2, y2], [bx, by] = e.source < e.target ? [x2, y2] : [x1, y1];
  const mx = (x1 + x2) / 2, my = (y1 + y2) / 2, dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy) || 1;
  const cx = mx - dy / length * offset, cy = my + dx / length * offset;
  // Stop short of the target's box so the arrow shows.
  const tx = x2 - (x2 - cx) / (Math.hypot(x2 - cx, y2 - cy) || 1) * 34, ty = y2 - (y2 - cy) / (Math.hypot(x2 - cx, y2 - cy) || 1) * 16;
  const width = e.relation === "opposes" ? 2.5 : 1.5;
  const path = el("path", { d: `M ${x1} ${y1} Q ${cx} ${cy} ${tx} ${ty}`, class: "edge", stroke: colours[e.relation],
    "stroke-width": String(width + Math.min(6, Math.log2(e.weight))), "stroke-dasharray": dashes[e.relation],
    "marker-end": `url(#arrow-${e.relation})`, "data-key": `${e.source}/${e.relation}/${e.target}` }, edgeLayer);
  el("title", {}, path).textContent = `${e.source} ${e.relation} ${e.target} (weight ${e.weight})`;
  path.addEventListener("click", () => showEdge(e, path));
  return path;
});
const nodeElements = data.nodes.map(n => {
  const [x, y] = point(n);
  const g = el("g", { class: "node", "data-id": n.id, transform: `translate(${x} ${y})` }, nodeLayer);
  const label = n.label.length > 22 ? n.label.slice(0, 21) + "…" : n.label;
  el("rect", { x: "-32", y: "-13", width: "64", height: "26" }, g);
  el("text", {}, g).textContent = label;
  el("title", {}, g).textContent = `${n.label} (${n.id})`;
  g.addEventListener("click", () => showNode(n, g));
  return g;
});
function clearSelection() { document.querySelectorAll(".selected").forEach(e => e.classList.remove("selected")); }
function evidenceList(panel, e) {
  for (const item of e.evidence) {
    const box = text("div", "", "ev");
    box.appendChild(text("div", item.sentence, "sentence"));
    const parts = [`cue: ${item.cue}`, `rule: ${item.rule}`];
    if (item.speaker) parts.push(`speaker: ${item.speaker}`);
    if (item.date) parts.push(`date: ${item.date}`);
    if (item.source) parts.push(`source: ${item.source}`);
    parts.push(`article: ${item.article}`);
    box.appendChild(text("div", parts.join(" · "), "meta"));
    if (item.url) { const a = text("a", item.url, "meta"); a.href = item.url; box.appendChild(a); }
    panel.appendChild(box);
  }
  if (e.evidence.length < e.weight) panel.appendChild(text("p", `${e.evidence.length} of ${e.weight} sentences kept.`, "note"));
}
function showEdge(e, path) {
  clearSelection(); path.classList.add("selected");
  const panel = document.getElementById("panel"); panel.replaceChildren();
  const head = text("h2", `${byId.get(e.source).label} ${e.relation} ${byId.get(e.target).label}`, e.relation);
  head.id = "selected-edge"; panel.appendChild(head);
  const seen = e.firstSeen ? ` · seen ${e.firstSeen}..${e.lastSeen}` : "";
  const stories = e.stories === undefined ? "" : ` · stories ${e.stories} · sources ${e.sources}`;
  panel.appendChild(text("div", `weight ${e.weight} · articles ${e.articles}${stories}${seen}`, "meta"));
  evidenceList(panel, e);
  history.replaceState(null, "", `#edge=${encodeURIComponent(e.source)}/${e.relation}/${encodeURIComponent(e.target)}`);
}
function showNode(n, g) {
  clearSelection(); g.classList.add("selected");
  const panel = document.getElementById("panel"); panel.replaceChildren();
  const head = text("h2", `${n.label} (${n.id})`); head.id = "selected-node"; panel.appendChild(head);
  if (n.kind) panel.appendChild(text("div", n.kind, "meta"));
  const mine = data.edges.filter(e => e.source === n.id || e.target === n.id).sort((a, b) => b.weight - a.weight);
  panel.appendChild(text("div", `${mine.length} stances shown`, "meta"));
  for (const e of mine) {
    const line = text("div", `${e.source} ${e.relation} ${e.target} · weight ${e.weight}`, e.relation);
    line.style.cursor = "pointer";
    line.addEventListener("click", () => showEdge(e, edgeElements[data.edges.indexOf(e)]));
    panel.appendChild(line);
  }
  history.replaceState(null, "", `#node=${encodeURIComponent(n.id)}`);
}
function applyFilters() {
  const on = new Set([...document.querySelectorAll(".relation")].filter(c => c.checked).map(c => c.value));
  const min = Number(slider.value);
  document.getElementById("minWeightValue").textContent = String(min);
  const visible = new Set();
  data.edges.forEach((e, i) => {
    const show = on.has(e.relation) && e.weight >= min;
    edgeElements[i].classList.toggle("hidden", !show);
    if (show) { visible.add(e.source); visible.add(e.target); }
  });
  data.nodes.forEach((n, i) => nodeElements[i].classList.toggle("hidden", data.edges.length > 0 && !visible.has(n.id)));
}
function applySearch() {
  const query = document.getElementById("search").value.trim().toLowerCase();
  let count = 0;
  data.nodes.forEach((n, i) => {
    const names = [n.id, n.label, ...n.names];
    const match = query !== "" && names.some(name => name.toLowerCase().includes(query));
    if (match) count++;
    nodeElements[i].classList.toggle("match", match);
    nodeElements[i].classList.toggle("dim", query !== "" && !match);
  });
  document.getElementById("found").textContent = query === "" ? "" : `${count} actor${count === 1 ? "" : "s"} found`;
}
document.querySelectorAll(".relation").forEach(c => c.addEventListener("change", applyFilters));
slider.addEventListener("input", applyFilters);
document.getElementById("search").addEventListener("input", applySearch);
applyFilters();
// "#edge=SOURCE/relation/TARGET" or "#node=ID" opens one at load.
const hash = decodeURIComponent(location.hash.slice(1));
if (hash.startsWith("edge=")) {
  const index = data.edges.findIndex(e => `${e.source}/${e.relation}/${e.target}` === hash.slice(5));
  if (index >= 0) showEdge(data.edges[index], edgeElements[index]);
} else if (hash.startsWith("node=")) {
  const index = data.nodes.findIndex(n => n.id === hash.slice(5));
  if (index >= 0) showNode(data.nodes[index], nodeElements[index]);
} else if (hash.startsWith("search=")) {
  document.getElementById("search").value = hash.slice(7); applySearch();
}
document.body.setAttribute("data-ready", "true");
</script>
</body>
</html>
"""#
}
