// chainmap-render-worker: the helper executable `chainmap render` runs Graphviz in (see RenderWorker). It links
// the Graphviz boundary and the Swift runtime only, so it starts about as fast as `dot` itself.
import ChainMapGraphviz

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

exit(RenderWorker.serve())
