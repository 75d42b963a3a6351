/// A small, fast, seedable pseudo-random generator with a fixed algorithm.
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, and the standard library's
/// `random(in:using:)` mapping is not promised to stay the same across releases; sampled
/// analyses use this generator and ``next(below:)`` so a seed gives the same result
/// everywhere. Reference: Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators" (OOPSLA 2014); constants from Vigna's `splitmix64.c`.
///
/// Example:
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let die = rng.next(below: 6) + 1
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The internal state; advances by the golden-ratio increment per draw.
    public private(set) var state: UInt64

    /// Creates a generator.
    /// - Parameter seed: any value; equal seeds give equal sequences.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, without modulo bias.
    ///
    /// Lemire's multiply-and-reject method ("Fast random integer generation in an interval",
    /// 2019), written out here so it never changes with the standard library.
    /// - Parameter bound: the exclusive upper bound, > 0.
    /// - Returns: a value in `0..<bound`.
    /// - Complexity: O(1) expected.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniform sample of `count` distinct values of `0..<population`, in increasing order.
    ///
    /// Partial Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm P).
    /// - Parameters:
    ///   - count: how many values, clamped to `population`.
    ///   - population: the size of the range to sample from.
    /// - Returns: the sorted sample.
    /// - Complexity: O(population + count log count).
    public mutating func sample(_ count: Int, from population: Int) -> [Int] {
        let k = Swift.min(Swift.max(count, 0), population)
        var pool = Array(0 ..< population)
        for i in 0 ..< k {
            pool.swapAt(i, i + next(below: population - i))
        }
        return pool[0 ..< k].sorted()
    }
}
