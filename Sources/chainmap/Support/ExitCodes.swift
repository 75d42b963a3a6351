/// The exit codes chainmap uses: sysexits(3) where one fits.
///
/// The one definition of them: the root command's `--help` prints ``helpText``, and a test checks that README.md and
/// docs/architecture.md list the same codes with the same words.
enum ExitCodes {
    /// Success.
    static let success: Int32 = 0
    /// No result: `path` found no chain of ties between the two records.
    static let noResult: Int32 = 1
    /// EX_USAGE: a wrong command line, or an id the map does not hold.
    static let usage: Int32 = 64
    /// EX_DATAERR: the map has errors (`chainmap validate` names them).
    static let badData: Int32 = 65
    /// EX_NOINPUT: the map folder or its `map.yaml` is missing.
    static let missingInput: Int32 = 66
    /// EX_SOFTWARE: Graphviz or an algorithm failed.
    static let software: Int32 = 70
    /// EX_CANTCREAT: an output cannot be created (a non-empty folder for init or generate, an unwritable file).
    static let cannotCreate: Int32 = 73

    /// One exit code and what it means.
    struct Meaning: Sendable {
        /// The process's exit status.
        var code: Int32
        /// A few words: what `--help` and README print after the number.
        var name: String
        /// When it happens.
        var detail: String
    }

    /// Every code chainmap exits with, in increasing order.
    static let all: [Meaning] = [
        Meaning(code: success, name: "success", detail: "the command did what it was asked"),
        Meaning(code: noResult, name: "no result", detail: "`path` found no chain of ties between the two records"),
        Meaning(code: usage, name: "usage error", detail: "a wrong command line, or an id the map does not hold"),
        Meaning(code: badData, name: "bad data", detail: "the map has errors; `chainmap validate` names them"),
        Meaning(code: missingInput, name: "missing input", detail: "no such map folder, or no map.yaml in it"),
        Meaning(code: software, name: "software error", detail: "Graphviz or an algorithm failed"),
        Meaning(code: cannotCreate, name: "cannot create", detail: "a non-empty folder (init, generate) or an unwritable file"),
    ]

    /// The exit-code section of the root command's `--help`, one code a line.
    static var helpText: String {
        "Exit codes:\n" + all.map { ($0.code < 10 ? "   " : "  ") + "\($0.code)  \($0.name): \($0.detail)" }.joined(separator: "\n")
    }
}
