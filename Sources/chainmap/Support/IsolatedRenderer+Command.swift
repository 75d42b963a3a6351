import ArgumentParser
import ChainMapRender

extension IsolatedRenderer {
    /// The Graphviz worker of a command: the helper `chainmap-render-worker` beside this executable, which starts
    /// in milliseconds; without it, this executable re-run with the hidden `_render-worker` subcommand.
    ///
    /// - Parameters:
    ///   - output: the file the command writes, named in the error.
    ///   - timeout: `--timeout`, seconds.
    ///   - memoryLimitMiB: `--memory-limit`, MiB of address space.
    /// - Throws: the software-error exit code (70) after printing an error when the executable cannot be found.
    static func forCommand(output: String, timeout: Double, memoryLimitMiB: Int) throws -> IsolatedRenderer {
        guard let executable = IsolatedRenderer.currentExecutable else {
            Terminal.error("\(output): error: cannot find the chainmap executable to run Graphviz in")
            throw ExitCode(ExitCodes.software)
        }
        let helper = IsolatedRenderer.helper(beside: executable)
        return IsolatedRenderer(
            executable: helper ?? executable,
            arguments: helper == nil ? [RenderWorkerCommand.configuration.commandName ?? "_render-worker"] : [],
            timeout: timeout, memoryLimit: UInt64(memoryLimitMiB) << 20)
    }
}
