/// The documented bounds on what a map may hold (docs/data-format.md, "Limits"). Inputs past them are errors,
/// so that no sum or product over a map can overflow and no reader can be made to recurse or read without end.
public enum MapLimits {
    /// The largest `count` (platforms), `headcount` and `capacity` (experts): 100,000.
    public static let maximumCount = 100_000
    /// The largest magnitude of an indicator value or target: 10^15.
    public static let maximumMagnitude = 1e15
    /// The deepest nesting of map.yaml (checked before Yams parses).
    public static let maximumYAMLDepth = YAMLDepth.limit
    /// The largest file a map may hold: 256 MiB.
    public static let maximumFileBytes = 256 << 20
}
