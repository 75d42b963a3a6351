import ChainGraph

/// Draws items with probability proportional to integer weights: a cumulative table and a binary search.
///
/// Integer weights keep draws identical on every platform (no floating-point rounding in the table).
struct WeightedPicker: Sendable {
    private(set) var items: [Int32] = []
    private var cumulative: [Int] = []

    var isEmpty: Bool { items.isEmpty }
    var total: Int { cumulative.last ?? 0 }

    /// Adds an item; a weight ≤ 0 leaves it out.
    mutating func add(_ item: Int32, weight: Int) {
        guard weight > 0 else { return }
        items.append(item)
        cumulative.append(total + weight)
    }

    /// An item, or nil when there is none.
    /// - Complexity: O(log *n*).
    func pick(_ rng: inout SplitMix64) -> Int32? {
        guard let total = cumulative.last else { return nil }
        let target = rng.next(below: total)
        // The first slot whose cumulative weight exceeds the target.
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }

    /// A uniform item, ignoring weights.
    func pickUniform(_ rng: inout SplitMix64) -> Int32? {
        items.isEmpty ? nil : items[rng.next(below: items.count)]
    }
}

extension SplitMix64 {
    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { next(below: 100) < percent }

    /// An element of a non-empty array.
    mutating func element<T>(of array: [T]) -> T { array[next(below: array.count)] }

    /// An index drawn by integer weights (at least one positive).
    mutating func index(weights: [Int]) -> Int {
        var target = next(below: weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }
}
