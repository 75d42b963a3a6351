import ChainGraph

/// Assigns experts (with capacity) to open demands and local enterprises by min-cost flow: `chainmap match`.
///
/// Network: source → expert (capacity = its total capacity) → task (capacity 1, cost 1000 − round(1000 · fit))
/// → sink (capacity 1), where a task is an open demand or a local enterprise and fit is the
/// ``CandidateRanking`` score of the expert for it; only pairs with fit ≥ `threshold` get an arc.
/// Min-cost *max*-flow therefore serves as many tasks as possible with a fitting expert, and among those
/// assignments maximises the total fit (Ahuja, Magnanti & Orlin 1993, §9; NetworkX `max_flow_min_cost`).
public struct ExpertMatching: Hashable, Sendable, Codable {
    public struct Assignment: Hashable, Sendable, Codable {
        public var expert: String
        public var task: String
        /// `demand` or `enterprise`.
        public var taskKind: String
        public var score: Double
        public var explanation: String

        enum CodingKeys: String, CodingKey {
            case expert, task, taskKind = "task_kind", score, explanation
        }
    }

    public struct Idle: Hashable, Sendable, Codable {
        public var expert: String
        public var capacity: Int
        public var used: Int
    }

    public var assignments: [Assignment]
    /// Tasks no expert fits well enough.
    public var unassigned: [String]
    /// Experts with capacity left, and pooled records whose skills are unknown (they cannot be matched).
    public var idle: [Idle]
    public var unknownSkills: [String]
    /// Σ fit of today's `serves` ties (an expert serving an organization, scored as for that enterprise).
    public var currentFit: Double
    public var assignedFit: Double
    /// assignedFit − currentFit.
    public var gain: Double

    enum CodingKeys: String, CodingKey {
        case assignments, unassigned, idle, unknownSkills = "unknown_skills", currentFit = "current_fit",
             assignedFit = "assigned_fit", gain
    }

    /// - Parameters:
    ///   - map: the map.
    ///   - threshold: the lowest fit worth an assignment.
    /// - Throws: ``FlowError`` only if the network is malformed, which would be a bug.
    /// - Complexity: O(F · (V + A) log V) for F assignments on V nodes and A arcs.
    public static func assign(in map: InnovationMap, threshold: Double = 0.2) throws(FlowError) -> ExpertMatching {
        let ranking = CandidateRanking(map: map)
        let experts = map.experts.filter { !$0.hasUnknownSkills && $0.totalCapacity > 0 }.sorted { $0.id < $1.id }
        let expertIDs = Set(experts.map(\.id))
        let enterprises = map.organizations.filter { $0.kind == .enterprise && $0.isLocal }.sorted { $0.id < $1.id }
        let demands = map.demands.filter { $0.status == .open }.sorted { $0.id < $1.id }

        // Fit of every expert for every task, from the same ranking `candidates` prints.
        var tasks: [(id: String, kind: String, fits: [String: CandidateRanking.Candidate])] = []
        func fits(_ subject: CandidateRanking.Subject) -> [String: CandidateRanking.Candidate] {
            Dictionary(subject.candidates.filter { expertIDs.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let everyone = Int.max / 2
        for subject in ranking.rank(demands: demands, top: everyone, kinds: [.expert]) {
            tasks.append((subject.id, "demand", fits(subject)))
        }
        var enterpriseFits: [String: [String: CandidateRanking.Candidate]] = [:]
        let allEnterprises = map.organizations.filter { $0.kind == .enterprise }
        for subject in ranking.rank(enterprises: allEnterprises, top: everyone, kinds: [.expert]) {
            enterpriseFits[subject.id] = fits(subject)
        }
        for enterprise in enterprises { tasks.append((enterprise.id, "enterprise", enterpriseFits[enterprise.id] ?? [:])) }

        // Nodes: 0 source, 1 sink, experts, then tasks.
        let expertBase = 2, taskBase = 2 + experts.count
        var network = FlowNetwork(nodeCount: taskBase + tasks.count)
        let source = NodeIndex(0), sink = NodeIndex(1)
        for (offset, expert) in experts.enumerated() {
            _ = network.addArc(from: source, to: NodeIndex(expertBase + offset), capacity: expert.totalCapacity, cost: 0)
        }
        var pairArcs: [(arc: Int, expert: Int, task: Int, fit: CandidateRanking.Candidate)] = []
        for (taskOffset, task) in tasks.enumerated() {
            _ = network.addArc(from: NodeIndex(taskBase + taskOffset), to: sink, capacity: 1, cost: 0)
            for (expertOffset, expert) in experts.enumerated() {
                guard let fit = task.fits[expert.id], fit.score >= threshold else { continue }
                let cost = 1000 - Int((fit.score * 1000).rounded())
                let arc = network.addArc(from: NodeIndex(expertBase + expertOffset), to: NodeIndex(taskBase + taskOffset), capacity: 1, cost: cost)
                pairArcs.append((arc, expertOffset, taskOffset, fit))
            }
        }
        let flow = try network.minCostMaxFlow(source: source, sink: sink)

        var assignments: [Assignment] = []
        var used = [Int](repeating: 0, count: experts.count)
        var served = Set<Int>()
        for pair in pairArcs where flow.arcFlows[pair.arc] > 0 {
            used[pair.expert] += 1
            served.insert(pair.task)
            assignments.append(Assignment(expert: experts[pair.expert].id, task: tasks[pair.task].id, taskKind: tasks[pair.task].kind,
                                          score: pair.fit.score, explanation: pair.fit.explanation))
        }
        assignments.sort { ($0.expert, $0.task) < ($1.expert, $1.task) }
        let unassigned = tasks.indices.filter { !served.contains($0) }.map { tasks[$0].id }
        let idle = experts.indices.filter { used[$0] < experts[$0].totalCapacity }
            .map { Idle(expert: experts[$0].id, capacity: experts[$0].totalCapacity, used: used[$0]) }
        var currentFit = 0.0
        for expert in experts {
            for served in expert.serves { currentFit += enterpriseFits[served]?[expert.id]?.score ?? 0 }
        }
        let assignedFit = assignments.reduce(0) { $0 + $1.score }
        return ExpertMatching(
            assignments: assignments, unassigned: unassigned, idle: idle,
            unknownSkills: map.experts.filter(\.hasUnknownSkills).map(\.id).sorted(),
            currentFit: currentFit, assignedFit: assignedFit, gain: assignedFit - currentFit)
    }
}
