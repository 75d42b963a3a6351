import ChainGraph
import Foundation

extension CandidateRanking {
    /// Candidates for many demands: as ``rank(demand:top:)`` for each, in the same order, sharing working
    /// memory and spreading the demands over the cores.
    ///
    /// Demands of the same enterprise are ranked one after the other, so its link-score walk is done once.
    /// - Parameters:
    ///   - demands: the demands to rank.
    ///   - top: candidates kept per demand.
    ///   - kinds: only candidates of these kinds (nil: all).
    ///   - workers: threads to use; default all cores for 64 demands or more, else 1.
    /// - Returns: one subject per demand, in the order given; the same whatever `workers` is.
    /// - Complexity: the sum of the demands' ``rank(demand:top:)`` costs, less one walk per repeated enterprise,
    ///   divided over the workers; O(*n*) memory per worker for *n* nodes.
    ///
    /// Example:
    /// ```swift
    /// let ranking = CandidateRanking(map: map)
    /// let subjects = ranking.rank(demands: map.demands.filter { $0.status == .open }, top: 5)
    /// ```
    public func rank(demands: [Demand], top: Int, kinds: Set<NodeKind>? = nil, workers: Int? = nil) -> [Subject] {
        rank(demands: demands, top: top, pool: kinds.map { pool(of: $0) }, workers: workers)
    }

    /// As ``rank(demands:top:kinds:workers:)``, handing each subject to `body` in the order given instead of
    /// returning them all: the demands are ranked a window at a time, so that memory holds one window's subjects
    /// (their listed partners and candidates) however many demands there are.
    ///
    /// - Parameters:
    ///   - demands: the demands to rank.
    ///   - top: candidates kept per demand.
    ///   - kinds: only candidates of these kinds (nil: all).
    ///   - workers: threads to use, as in ``rank(demands:top:kinds:workers:)``.
    ///   - window: demands ranked before their subjects are handed on; at least 1.
    ///   - body: receives each subject, in the order of `demands`, on the calling thread.
    /// - Throws: what `body` throws; ranking stops there.
    /// - Complexity: as ``rank(demands:top:kinds:workers:)``, with one link-score walk per enterprise per window;
    ///   memory O(*n*) per worker plus one window's subjects.
    ///
    /// Example:
    /// ```swift
    /// try ranking.rank(demands: open, top: 5) { subject in try write(subject) }
    /// ```
    public func rank(demands: [Demand], top: Int, kinds: Set<NodeKind>? = nil, workers: Int? = nil, window: Int = 32,
                     each body: (Subject) throws -> Void) rethrows {
        let kindPool = kinds.map { self.pool(of: $0) }
        let window = max(1, window)
        // Workers for the whole run's size, not the window's: a short last window is no reason to go single.
        let workerCount = max(1, workers ?? (demands.count >= 64 ? defaultWorkerCount() : 1))
        // One working memory per worker for the whole run: made afresh for each window, the node-sized tables were
        // freed and taken again from whichever thread's malloc arena ran the window, and the arenas kept them.
        let scratches = Scratches((0 ..< workerCount).map { _ in Scratch(self) })
        var start = 0
        while start < demands.count {
            let end = min(demands.count, start + window)
            let subjects = rankAll(Array(demands[start ..< end]), enterprise: \.enterprise, workers: workerCount,
                                   scratches: scratches) { demand, scratch in
                rank(demand: demand, top: top, kinds: kindPool?.kinds, pool: kindPool, scratch: scratch)
            }
            for subject in subjects { try body(subject) }
            start = end
        }
    }

    /// As ``rank(demands:top:kinds:workers:)`` for the kinds of `pool` (all kinds when nil), the pool built once
    /// for many batches.
    func rank(demands: [Demand], top: Int, pool: KindPool?, workers: Int? = nil) -> [Subject] {
        rankAll(demands, enterprise: \.enterprise, workers: workers) { demand, scratch in
            rank(demand: demand, top: top, kinds: pool?.kinds, pool: pool, scratch: scratch)
        }
    }

    /// Candidates for many enterprises: as ``rank(enterprise:top:)`` for each, in the same order.
    ///
    /// - Parameters: as ``rank(demands:top:kinds:workers:)``.
    /// - Complexity: as ``rank(demands:top:kinds:workers:)``.
    public func rank(enterprises: [Organization], top: Int, kinds: Set<NodeKind>? = nil, workers: Int? = nil) -> [Subject] {
        rank(enterprises: enterprises, top: top, pool: kinds.map { pool(of: $0) }, workers: workers)
    }

    /// As ``rank(enterprises:top:kinds:workers:)`` for the kinds of `pool` (all kinds when nil).
    func rank(enterprises: [Organization], top: Int, pool: KindPool?, workers: Int? = nil) -> [Subject] {
        rankAll(enterprises, enterprise: \.id, workers: workers) { organization, scratch in
            rank(enterprise: organization, top: top, kinds: pool?.kinds, pool: pool, scratch: scratch)
        }
    }

    /// Runs `body` for every item, grouped by enterprise, in chunks handed to the workers as they free up.
    ///
    /// - Parameter scratches: the workers' working memory, one per worker (at least `workers`), when the caller
    ///   keeps it across calls; nil makes one per worker for this call.
    func rankAll<Item: Sendable, Result: Sendable>(
        _ items: [Item], enterprise: KeyPath<Item, String> & Sendable, workers: Int?, scratches: Scratches? = nil,
        _ body: @escaping @Sendable (Item, Scratch) -> Result
    ) -> [Result] {
        let order = items.indices.sorted { (items[$0][keyPath: enterprise], $0) < (items[$1][keyPath: enterprise], $1) }
        return rankAll(items, order: order, workers: workers, scratches: scratches, body)
    }

    /// Runs `body` for every item, in `order` (a permutation of the items' indices: items that share work side by
    /// side), in chunks handed to the workers as they free up; the results in the items' order.
    func rankAll<Item: Sendable, Result: Sendable>(
        _ items: [Item], order: [Int], workers: Int?, scratches: Scratches? = nil,
        _ body: @escaping @Sendable (Item, Scratch) -> Result
    ) -> [Result] {
        guard !items.isEmpty else { return [] }
        let workerCount = max(1, min(workers ?? (items.count >= 64 ? defaultWorkerCount() : 1), items.count,
                                     scratches?.list.count ?? Int.max))
        let chunk = max(1, min(256, items.count / (workerCount * 8)))
        let results = RankingResults<Result>(count: items.count)
        forEachWorker(workerCount) { worker in
            let scratch = scratches?.list[worker] ?? Scratch(self)
            var done: [(Int, Result)] = []
            while let range = results.claim(chunk, of: order.count) {
                for position in range {
                    let index = order[position]
                    done.append((index, body(items[index], scratch)))
                }
            }
            results.store(done)
        }
        return results.subjects()
    }
}

extension CandidateRanking {
    /// The workers' working memory, kept across batches: worker *i* alone uses `list[i]`.
    struct Scratches: @unchecked Sendable {
        let list: [Scratch]

        init(_ list: [Scratch]) { self.list = list }
    }
}

/// The shared state of one batch: the next chunk to claim, and the finished subjects by index.
private final class RankingResults<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim(_ size: Int, of count: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        let range = next ..< min(count, next + size)
        next = range.upperBound
        return range
    }

    func store(_ done: [(Int, Result)]) {
        lock.lock()
        defer { lock.unlock() }
        for (index, subject) in done { slots[index] = subject }
    }

    func subjects() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
