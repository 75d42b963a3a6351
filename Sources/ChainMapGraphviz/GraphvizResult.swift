// What a render gives back, in plain Swift (the C boundary is GraphvizRenderer.swift).

/// A failure reported by Graphviz, carrying Graphviz's own message.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text could not be parsed (or held no graph).
    case syntax(message: String)
    /// The layout engine ran and failed.
    case layout(engine: String, message: String)
    /// Rendering the laid-out graph failed.
    case render(format: String, message: String)
    /// This Graphviz installation has no plugin for the layout engine.
    case unsupportedEngine(engine: String, message: String)
    /// This Graphviz installation has no plugin for the output format.
    case unsupportedFormat(format: String, message: String)

    /// Graphviz's message, as it would have printed it to stderr.
    public var message: String {
        switch self {
        case .syntax(let message), .layout(_, let message), .render(_, let message),
            .unsupportedEngine(_, let message), .unsupportedFormat(_, let message):
            message
        }
    }

    /// The error as one line for a message.
    public var description: String {
        switch self {
        case .syntax(let message):
            "Graphviz could not parse the DOT input: \(message)"
        case .layout(let engine, let message):
            "Graphviz layout with \(engine) failed: \(message)"
        case .render(let format, let message):
            "Graphviz rendering to \(format) failed: \(message)"
        case .unsupportedEngine(let engine, let message):
            "Graphviz has no layout engine \(engine): \(message)"
        case .unsupportedFormat(let format, let message):
            "Graphviz has no output format \(format): \(message)"
        }
    }
}

/// What one render produced: the bytes and any warnings Graphviz gave.
public struct GraphvizOutput: Sendable, Equatable {
    /// The rendered document.
    public var bytes: [UInt8]
    /// Graphviz's warning messages (e.g. a font it could not find), in order.
    public var warnings: [String]

    /// A render's result.
    ///
    /// - Parameters:
    ///   - bytes: the rendered document.
    ///   - warnings: Graphviz's warnings, in order.
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }
}
