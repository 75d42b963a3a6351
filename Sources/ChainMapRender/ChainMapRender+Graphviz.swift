// The Graphviz boundary lives in its own module (ChainMapGraphviz) so that the render worker can link it without
// Foundation; re-exported, `import ChainMapRender` still gives GraphvizRenderer, LayoutEngine, OutputFormat,
// GraphvizError and GraphvizOutput, as before the split.
@_exported import ChainMapGraphviz
