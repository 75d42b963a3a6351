/// The connected components of an ``UndirectedGraph``.
public struct ConnectedComponents: Sendable {
    /// For each node, the position of its component in ``components``.
    public let labels: [Int]
    /// The components, largest first (ties: the one with the smaller least member first);
    /// each lists its nodes in increasing index order.
    public let components: [[NodeIndex]]

    /// The number of components (an isolated node is a component of its own).
    public var count: Int { components.count }

    /// The component containing `node`.
    /// - Complexity: O(1).
    public func component(of node: NodeIndex) -> [NodeIndex] { components[labels[node.int]] }
}

extension UndirectedGraph {
    /// Finds the connected components.
    ///
    /// Reference: Hopcroft & Tarjan (1973); NetworkX `connected_components(G)` (same sets,
    /// here in a deterministic order). For a directed ``Graph``, weakly connected components
    /// are `graph.undirectedSimple().connectedComponents()`.
    ///
    /// - Returns: labels per node and the sorted components.
    /// - Complexity: O(nodes + edges) for the BFS, plus O(c log c) to order c components.
    ///
    /// Example:
    /// ```swift
    /// let parts = graph.undirectedSimple().connectedComponents()
    /// print(parts.count, parts.components.first?.count ?? 0)
    /// ```
    public func connectedComponents() -> ConnectedComponents {
        let n = nodeCount
        var raw = [Int](repeating: -1, count: n)
        var members: [[NodeIndex]] = []
        var queue = [Int32](repeating: 0, count: n)
        // Seeds are taken in index order, so each raw component starts at its least member.
        for seed in 0 ..< n where raw[seed] < 0 {
            let label = members.count
            raw[seed] = label
            queue[0] = Int32(seed)
            var head = 0
            var tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for slot in adjacency.range(of: v) {
                    let w = Int(adjacency.targets[slot])
                    if raw[w] < 0 {
                        raw[w] = label
                        queue[tail] = Int32(w)
                        tail += 1
                    }
                }
            }
            members.append(queue[0 ..< tail].sorted().map { NodeIndex(rawValue: $0) })
        }
        // Raw labels follow least members, so a stable sort by size gives the documented order.
        let order = members.indices.sorted { a, b in
            members[a].count != members[b].count ? members[a].count > members[b].count : a < b
        }
        var relabel = [Int](repeating: 0, count: order.count)
        for (position, old) in order.enumerated() { relabel[old] = position }
        return ConnectedComponents(labels: raw.map { relabel[$0] }, components: order.map { members[$0] })
    }
}
