/// The page's constant CSS and script. They hold no map text: everything from the map arrives as JSON.
enum ReportAssets {
    /// Screen and print styles. Overlay switches restyle the drawing through CSS (CSS wins over SVG
    /// presentation attributes), so each view is drawn once.
    static let style = #"""
:root { --line: #c9d3de; --ink: #1d2733; --muted: #5b6773; --accent: #1f5fbf; --gap: #d62728; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: var(--ink); background: #f6f8fa; font-size: 14px; line-height: 1.5; }
.page-header { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 22px; }
h2 { margin: 0 0 12px; font-size: 18px; border-left: 4px solid var(--accent); padding-left: 8px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 2px 0; }
.small { font-size: 12px; }
.warn { color: #9a5b00; }
section { background: #fff; margin: 16px 24px; padding: 16px; border: 1px solid var(--line); border-radius: 6px; }
.map-layout { display: grid; grid-template-columns: 230px minmax(0, 1fr) 320px; gap: 12px; }
.sidebar fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 10px 0; padding: 6px 8px; }
.sidebar label { display: block; font-size: 13px; }
.sidebar .label { font-weight: bold; }
#search { width: 100%; padding: 6px; font-size: 14px; border: 1px solid var(--line); border-radius: 4px; }
#search-results { list-style: none; margin: 4px 0; padding: 0; max-height: 260px; overflow-y: auto; }
#search-results li { padding: 3px 6px; cursor: pointer; border-bottom: 1px solid #eef1f4; font-size: 13px; }
#search-results li.active, #search-results li:hover { background: #e7f0fb; }
#search-results .kind { color: var(--muted); font-size: 11px; margin-left: 4px; }
.toolbar { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 6px; margin-bottom: 6px; }
.toolbar button { border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 3px 8px; cursor: pointer; }
.toolbar button.active { background: var(--accent); color: #fff; border-color: var(--accent); }
.viewport { height: 72vh; min-height: 420px; border: 1px solid var(--line); border-radius: 4px; background: #fff;
  overflow: hidden; cursor: grab; touch-action: none; }
.viewport:focus { outline: 2px solid var(--accent); }
.viewport.dragging { cursor: grabbing; }
.viewport svg { width: 100%; height: 100%; display: block; user-select: none; }
.viewport g.node, .viewport g.cluster { cursor: pointer; }
.viewport g.node.selected path, .viewport g.node.selected polygon, .viewport g.node.selected ellipse {
  stroke: var(--accent) !important; stroke-width: 4px !important; }
.viewport g.node:hover path, .viewport g.node:hover polygon { stroke-width: 2.5px; }
.filtered { display: none; }
.tooltip { position: fixed; display: none; z-index: 10; pointer-events: none; background: #1d2733; color: #fff;
  padding: 3px 8px; border-radius: 4px; font-size: 12px; max-width: 360px; }
/* Overlays off: hide what only the overlay drew, give gap-marked records their plain colours back. */
.hide-gaps g.overlay-gaps, .hide-gaps g.edge.gap-uncovered, .hide-gaps g.legend.gap-missing, .hide-gaps g.legend.gap-weak,
.hide-gaps g.legend.gap-uncovered { display: none; }
.hide-gaps g.node.segment.gap-missing path, .hide-gaps g.node.segment.gap-missing polygon,
.hide-gaps g.node.segment.gap-weak path, .hide-gaps g.node.segment.gap-weak polygon {
  fill: #dbe9f6; stroke: #3b6ea5; stroke-dasharray: none; stroke-width: 1px; }
.hide-gaps g.node.technology.gap-uncovered polygon { fill: #fff4cc; stroke: #b58900; stroke-dasharray: none; stroke-width: 1px; }
.hide-candidates g.edge.candidate, .hide-candidates g.overlay-candidates, .hide-candidates g.legend.candidate { display: none; }
.hide-assumed g.node.assumed, .hide-assumed g.edge.assumed, .hide-assumed g.legend.assumed { display: none; }
.detail { border: 1px solid var(--line); border-radius: 4px; padding: 10px; max-height: 80vh; overflow-y: auto; background: #fcfdfe; }
.detail h3 { margin: 0; font-size: 17px; }
.detail h4 { margin: 12px 0 4px; font-size: 13px; color: var(--muted); text-transform: uppercase; }
.detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0; font-size: 13px; }
.detail dt { color: var(--muted); }
.detail dd { margin: 0; word-break: break-word; }
.detail ul { margin: 0; padding-left: 18px; font-size: 13px; }
.linkish { color: var(--accent); cursor: pointer; text-decoration: underline; background: none; border: 0; padding: 0;
  font: inherit; text-align: left; vertical-align: top; }
.tag { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; background: #eef1f4; color: var(--muted); margin-left: 4px; }
.sev-high { color: #b00020; font-weight: bold; }
.sev-medium { color: #9a5b00; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; background: #fafbfc; }
.card .number { font-size: 22px; font-weight: bold; }
.card .label { color: var(--muted); font-size: 12px; }
table.data { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0; }
table.data th, table.data td { border: 1px solid #e1e6eb; padding: 4px 6px; vertical-align: top; text-align: left; }
table.data th { background: #f0f3f6; cursor: pointer; white-space: nowrap; }
table.data th.sorted-asc::after { content: " ▲"; }
table.data th.sorted-desc::after { content: " ▼"; }
table.data td.num { text-align: right; font-variant-numeric: tabular-nums; }
.more { margin: 4px 0 10px; }
.indicators { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 14px; }
figure.indicator { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; break-inside: avoid; }
figure.indicator figcaption { font-size: 13px; margin-bottom: 4px; }
svg.chart .bar { fill: #6f9fd8; }
svg.chart .bar.target { fill: none; stroke: #1f5fbf; stroke-dasharray: 4 3; stroke-width: 1.5; }
svg.chart text { font-size: 11px; text-anchor: middle; fill: #333; }
svg.chart .track { fill: #e6ebf0; }
svg.chart .progress { fill: #2e8b57; }
svg.chart .progress.off { fill: #d9822b; }
.print-only { display: none; }
@media (max-width: 1100px) { .map-layout { grid-template-columns: 1fr; } .detail { max-height: none; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .controls, .toolbar, .sidebar, .tooltip, #search, #search-results, .detail, .viewport, button:not(.linkish), .more, input { display: none !important; }
  .linkish { color: inherit; text-decoration: none; }
  .print-only { display: block; }
  .map-layout { display: block; }
  section { border: 0; margin: 0; padding: 0; break-before: page; page-break-before: always; }
  section#sec-map { break-before: auto; page-break-before: auto; }
  .print-map { break-before: page; page-break-before: always; }
  .print-map:first-child { break-before: auto; page-break-before: auto; }
  .print-map h3, h2, h3 { margin: 0 0 6px; break-after: avoid; page-break-after: avoid; }
  .print-map svg { width: 100%; height: auto; max-height: 222mm; display: block; }
  tr, figure, .card { break-inside: avoid; page-break-inside: avoid; }
  .indicators { grid-template-columns: repeat(2, 1fr); gap: 8px; }
  figure.indicator svg.chart { max-height: 42mm; width: 100%; }
  thead { display: table-header-group; }
  table.data th { cursor: auto; }
  a { color: inherit; text-decoration: none; }
}
"""#
}
