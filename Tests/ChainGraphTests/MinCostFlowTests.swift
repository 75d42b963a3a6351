import ChainGraph
import Testing

@Suite("Min-cost max-flow")
struct MinCostFlowTests {
    static func caseNames() throws -> [String] { try Fixtures.flows().cases.map(\.name) }

    /// Capacity, conservation and cost of a returned flow.
    func expectValid(_ result: FlowResult, _ network: FlowNetwork, source: NodeIndex, sink: NodeIndex,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        var balance = [Int](repeating: 0, count: network.nodeCount)
        var cost = 0
        for (a, flow) in result.arcFlows.enumerated() {
            let arc = network.arc(a)
            #expect(flow >= 0 && flow <= (arc.capacity ?? .max), sourceLocation: sourceLocation)
            balance[arc.from.int] -= flow
            balance[arc.to.int] += flow
            cost += flow * arc.cost
        }
        #expect(cost == result.cost, sourceLocation: sourceLocation)
        for v in 0 ..< network.nodeCount {
            let expected = v == source.int ? -result.flow : (v == sink.int ? result.flow : 0)
            #expect(balance[v] == expected, "conservation at \(v)", sourceLocation: sourceLocation)
        }
    }

    @Test func fixturesMatchNetworkX() throws {
        let fixture = try Fixtures.flows()
        #expect(fixture.cases.count >= 8)
        for flowCase in fixture.cases {
            let network = flowCase.network()
            let source = NodeIndex(flowCase.source), sink = NodeIndex(flowCase.sink)
            let outcome: Result<FlowResult, FlowError>
            do {
                if let amount = flowCase.amount {
                    outcome = .success(try network.minCostFlow(source: source, sink: sink, amount: amount))
                } else {
                    outcome = .success(try network.minCostMaxFlow(source: source, sink: sink))
                }
            } catch {
                outcome = .failure(error)
            }
            switch (outcome, flowCase.expected.error) {
            case (.success(let result), nil):
                #expect(result.flow == flowCase.expected.flow, "\(flowCase.name) flow")
                #expect(result.cost == flowCase.expected.cost, "\(flowCase.name) cost")
                expectValid(result, network, source: source, sink: sink)
            case (.failure(let error), "NetworkXUnbounded"):
                #expect(error == .unboundedFlow || error == .negativeCostCycle, "\(flowCase.name): \(error)")
            case (.failure(let error), "NetworkXUnfeasible"):
                guard case .infeasible = error else {
                    Issue.record("\(flowCase.name): expected infeasible, got \(error)")
                    continue
                }
            default:
                Issue.record("\(flowCase.name): got \(outcome), NetworkX \(flowCase.expected)")
            }
        }
    }

    @Test func documentationExamples() throws {
        let fixture = try Fixtures.flows()
        let doc = try #require(fixture.cases.first { $0.name == "networkx_max_flow_min_cost_doc" })
        let result = try doc.network().minCostMaxFlow(source: NodeIndex(1), sink: NodeIndex(7))
        #expect(result.cost == 373)
        let small = try #require(fixture.cases.first { $0.name == "networkx_min_cost_flow_doc" })
        #expect(try small.network().minCostFlow(source: NodeIndex(0), sink: NodeIndex(3), amount: 5).cost == 24)
    }

    @Test func typedErrors() {
        var cycle = FlowNetwork(nodeCount: 3)
        cycle.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: 1, cost: 1)
        cycle.addArc(from: NodeIndex(1), to: NodeIndex(2), capacity: 1, cost: -5)
        cycle.addArc(from: NodeIndex(2), to: NodeIndex(1), capacity: 1, cost: 1)
        #expect(throws: FlowError.negativeCostCycle) { try cycle.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(2)) }

        var unbounded = FlowNetwork(nodeCount: 2)
        unbounded.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: nil, cost: 1)
        #expect(throws: FlowError.unboundedFlow) { try unbounded.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(1)) }
        #expect(throws: FlowError.sourceIsSink) { try unbounded.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(0)) }

        var negative = FlowNetwork(nodeCount: 2)
        negative.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: -1, cost: 1)
        #expect(throws: FlowError.negativeCapacity(arc: 0)) { try negative.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(1)) }

        var small = FlowNetwork(nodeCount: 2)
        small.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: 3, cost: 1)
        #expect(throws: FlowError.infeasible(maximumFlow: 3)) { try small.minCostFlow(source: NodeIndex(0), sink: NodeIndex(1), amount: 4) }
    }

    @Test func parallelArcsAndCheaperRouteFirst() throws {
        // Two parallel arcs 0→1 (cost 5 and 1) then 1→2 with capacity 3.
        var network = FlowNetwork(nodeCount: 3)
        network.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: 2, cost: 5)
        network.addArc(from: NodeIndex(0), to: NodeIndex(1), capacity: 2, cost: 1)
        network.addArc(from: NodeIndex(1), to: NodeIndex(2), capacity: 3, cost: 0)
        let result = try network.minCostMaxFlow(source: NodeIndex(0), sink: NodeIndex(2))
        #expect(result.flow == 3)
        #expect(result.cost == 2 * 1 + 1 * 5)
        #expect(result.arcFlows == [1, 2, 3])
        let limited = try network.minCostFlow(source: NodeIndex(0), sink: NodeIndex(2), amount: 2)
        #expect(limited.cost == 2)
        #expect(try network.minCostFlow(source: NodeIndex(0), sink: NodeIndex(2), amount: 0).flow == 0)
    }

    @Test func flowNetworkFromGraph() throws {
        var builder = GraphBuilder()
        let a = builder.addNode(id: "a", kind: Kinds.plain)
        let b = builder.addNode(id: "b", kind: Kinds.plain)
        let c = builder.addNode(id: "c", kind: Kinds.plain)
        builder.addEdge(from: a, to: b, type: Kinds.link, weight: 4)
        builder.addEdge(from: b, to: c, type: Kinds.link, weight: 2)
        builder.addEdge(from: a, to: c, type: Kinds.link, weight: 9)
        let graph = builder.build()
        let network = graph.flowNetwork(capacity: { _ in 1 }, cost: { Int($0.weight) })
        #expect(network.arcCount == graph.edgeCount)
        let result = try network.minCostMaxFlow(source: a, sink: c)
        #expect(result.flow == 2)
        #expect(result.cost == 4 + 2 + 9)
        for (arc, flow) in result.arcFlows.enumerated() {
            #expect(flow == 1, "edge \(graph.edge(EdgeIndex(arc)))")
        }
    }
}
