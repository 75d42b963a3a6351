import ChainMap

/// Text from a map made safe for a terminal: control characters (ESC starting an ANSI sequence, BEL, backspace,
/// carriage return, C1 controls, …) are shown as `\u{1b}` instead of acting on the terminal.
enum TerminalText {
    /// `text` with every control character but tab and line feed written as `\u{…}`.
    ///
    /// - Complexity: O(n); text without control characters is returned as is.
    static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.escapingScalars { isControl($0) ? .replace("\\u{" + String($0.value, radix: 16) + "}") : .keep }
    }

    /// C0 controls but tab and line feed, DEL, and the C1 controls (U+0080…U+009F; U+009B is a one-byte CSI).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }
}
