import ChainGraph
import ChainMap

/// The commissioner-matching flow network: source → expert (capacity = capacity × headcount) → open demand
/// (capacity 1, integer cost of the fit) → sink (capacity 1).
///
/// A demand's technologies are its own, or inferred from its title's keywords when it names none. An expert fits at
/// cost 1 when it masters one of them, 3 when one of its fields is theirs; +1 when the technologies were inferred,
/// +1 when the expert is not already serving the enterprise. Each demand keeps its `arcsPerDemand` cheapest experts,
/// ties broken by a per-demand rotation, so popular experts are not everyone's first choice.
struct AssignmentNetwork {
    var network: FlowNetwork
    var source: NodeIndex
    var sink: NodeIndex
    var experts: Int
    var demands: Int

    init(map: InnovationMap, arcsPerDemand: Int = 8) {
        let experts = map.experts
        let open = map.demands.filter { $0.status == .open }
        let technologyIndex = Dictionary(uniqueKeysWithValues: map.technologies.enumerated().map { ($1.id, $0) })
        var byTechnology = [[Int]](repeating: [], count: map.technologies.count)
        var byField: [String: [Int]] = [:]
        for (e, expert) in experts.enumerated() {
            for id in expert.technologies { if let t = technologyIndex[id] { byTechnology[t].append(e) } }
            for field in expert.fields { byField[field, default: []].append(e) }
        }
        let source = 0, sink = 1 + experts.count + open.count
        var network = FlowNetwork(nodeCount: sink + 1)
        for (e, expert) in experts.enumerated() {
            network.addArc(from: NodeIndex(source), to: NodeIndex(1 + e), capacity: expert.totalCapacity, cost: 0)
        }
        var cost = [Int](repeating: Int.max, count: experts.count)
        var touched: [Int] = []
        for (d, demand) in open.enumerated() {
            var techs = demand.technologies.compactMap { technologyIndex[$0] }
            let inferred = techs.isEmpty
            if inferred {
                techs = map.technologies.indices.filter { t in map.technologies[t].keywords.contains { demand.title.contains($0) } }
            }
            func offer(_ e: Int, _ base: Int) {
                let fit = base + (inferred ? 1 : 0) + (experts[e].serves.contains(demand.enterprise) ? 0 : 1)
                if cost[e] == Int.max { touched.append(e) }
                cost[e] = min(cost[e], fit)
            }
            for t in techs {
                for e in byTechnology[t] { offer(e, 1) }
                for e in byField[map.technologies[t].field] ?? [] { offer(e, 3) }
            }
            let rotation = (d &* 7919) % max(1, experts.count)
            let chosen = touched.sorted { a, b in
                cost[a] != cost[b] ? cost[a] < cost[b] : (a + rotation) % experts.count < (b + rotation) % experts.count
            }.prefix(arcsPerDemand)
            for e in chosen {
                network.addArc(from: NodeIndex(1 + e), to: NodeIndex(1 + experts.count + d), capacity: 1, cost: cost[e])
            }
            network.addArc(from: NodeIndex(1 + experts.count + d), to: NodeIndex(sink), capacity: 1, cost: 0)
            for e in touched { cost[e] = Int.max }
            touched.removeAll(keepingCapacity: true)
        }
        self.network = network
        self.source = NodeIndex(source)
        self.sink = NodeIndex(sink)
        self.experts = experts.count
        self.demands = open.count
    }
}
