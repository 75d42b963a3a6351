import ArgumentParser
import ChainMapRender

/// `--timeout` and `--memory-limit`: the limits on the Graphviz child process of `render` and `report`.
struct GraphvizLimits: ParsableArguments {
    @Option(name: .long, help: "Seconds Graphviz may take on one view before it is stopped (1 to 86400).")
    var timeout: Double = IsolatedRenderer.defaultTimeout

    @Option(name: .long, help: "Graphviz's memory limit in MiB of address space (256 to 1048576).")
    var memoryLimit: Int = Int(IsolatedRenderer.defaultMemoryLimit >> 20)

    func validate() throws {
        // Written `!(…)` so that NaN is refused too.
        if !(timeout >= 0.001 && timeout <= 86400) { throw ValidationError("--timeout must be between 0.001 and 86400 seconds") }
        if !(256...1_048_576).contains(memoryLimit) { throw ValidationError("--memory-limit must be between 256 and 1048576 MiB") }
    }

    /// The Graphviz worker under these limits (see ``IsolatedRenderer/forCommand(output:timeout:memoryLimitMiB:)``).
    /// - Parameter output: the file the command writes, named in the error.
    /// - Throws: the software-error exit code (70) when the executable cannot be found.
    func renderer(output: String) throws -> IsolatedRenderer {
        try IsolatedRenderer.forCommand(output: output, timeout: timeout, memoryLimitMiB: memoryLimit)
    }
}
