import ChainGraph

/// Assigns experts (with capacity) to open demands and local enterprises by min-cost flow: `chainmap match`.
///
/// Network: source → expert (capacity = its total capacity) → task (capacity 1, cost 1000 − round(1000 · fit))
/// → sink (capacity 1), where a task is an open demand or a local enterprise and fit is the
/// ``CandidateRanking`` score of the expert for it; each task's `expertsPerTask` best-fitting experts with
/// fit ≥ `threshold` get an arc. The cap keeps memory and time bounded on large maps (a million-tie map has
/// 80,000 tasks and 7,000 experts); the assignment is optimal among those arcs, and equal to the uncapped one
/// whenever no task has more fitting experts than the cap.
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
    ///   - expertsPerTask: the most experts offered to one task, best fit first.
    ///   - language: the language of the explanations.
    /// - Throws: ``FlowError`` only if the network is malformed, which would be a bug.
    /// - Complexity: O(F · (V + A) log V) for F assignments on V nodes and A arcs.
    public static func assign(in map: InnovationMap, threshold: Double = 0.2, expertsPerTask: Int = 64,
                              language: Language = .zh) throws(FlowError) -> ExpertMatching {
        let ranking = CandidateRanking(map: map, language: language)
        let experts = map.experts.filter { !$0.hasUnknownSkills && $0.totalCapacity > 0 }.sorted { $0.id < $1.id }
        let expertOffset = Dictionary(experts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let enterprises = map.organizations.filter { $0.kind == .enterprise && $0.isLocal }.sorted { $0.id < $1.id }
        let demands = map.demands.filter { $0.status == .open }.sorted { $0.id < $1.id }

        // Fit of the best experts for every task, from the same ranking `candidates` prints. Only (expert, fit)
        // pairs are kept, in slices, so that large maps do not hold every explanation at once.
        var tasks: [(id: String, kind: String, fits: [(expert: Int, score: Double)])] = []
        func fits(_ subject: CandidateRanking.Subject) -> [(expert: Int, score: Double)] {
            subject.candidates.compactMap { candidate in
                guard candidate.score >= threshold, let offset = expertOffset[candidate.id] else { return nil }
                return (offset, candidate.score)
            }
        }
        let slice = 4096
        for start in stride(from: 0, to: demands.count, by: slice) {
            let part = Array(demands[start ..< min(demands.count, start + slice)])
            for subject in ranking.rank(demands: part, top: expertsPerTask, kinds: [.expert]) {
                tasks.append((subject.id, "demand", fits(subject)))
            }
        }
        for start in stride(from: 0, to: enterprises.count, by: slice) {
            let part = Array(enterprises[start ..< min(enterprises.count, start + slice)])
            for subject in ranking.rank(enterprises: part, top: expertsPerTask, kinds: [.expert]) {
                tasks.append((subject.id, "enterprise", fits(subject)))
            }
        }

        // Nodes: 0 source, 1 sink, experts, then tasks.
        let expertBase = 2, taskBase = 2 + experts.count
        var network = FlowNetwork(nodeCount: taskBase + tasks.count)
        let source = NodeIndex(0), sink = NodeIndex(1)
        for (offset, expert) in experts.enumerated() {
            _ = network.addArc(from: source, to: NodeIndex(expertBase + offset), capacity: expert.totalCapacity, cost: 0)
        }
        var pairArcs: [(arc: Int, expert: Int, task: Int, score: Double)] = []
        for (taskOffset, task) in tasks.enumerated() {
            _ = network.addArc(from: NodeIndex(taskBase + taskOffset), to: sink, capacity: 1, cost: 0)
            // Arcs in expert order, as the network was always built.
            for fit in task.fits.sorted(by: { $0.expert < $1.expert }) {
                let cost = 1000 - Int((fit.score * 1000).rounded())
                let arc = network.addArc(from: NodeIndex(expertBase + fit.expert), to: NodeIndex(taskBase + taskOffset), capacity: 1, cost: cost)
                pairArcs.append((arc, fit.expert, taskOffset, fit.score))
            }
        }
        let flow = try network.minCostMaxFlow(source: source, sink: sink)

        var assignments: [Assignment] = []
        var used = [Int](repeating: 0, count: experts.count)
        var served = Set<Int>()
        let demandByID = Dictionary(demands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let enterpriseByID = Dictionary(map.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scratch = CandidateRanking.Scratch(ranking)
        for pair in pairArcs where flow.arcFlows[pair.arc] > 0 {
            used[pair.expert] += 1
            served.insert(pair.task)
            let expert = experts[pair.expert].id, task = tasks[pair.task]
            // The explanation, for the assigned pairs only.
            let fit = task.kind == "demand"
                ? demandByID[task.id].flatMap { ranking.fit(of: expert, for: $0, scratch: scratch) }
                : enterpriseByID[task.id].flatMap { ranking.fit(of: expert, forEnterprise: $0, scratch: scratch) }
            assignments.append(Assignment(expert: expert, task: task.id, taskKind: task.kind,
                                          score: pair.score, explanation: fit?.explanation ?? ""))
        }
        assignments.sort { ($0.expert, $0.task) < ($1.expert, $1.task) }
        let unassigned = tasks.indices.filter { !served.contains($0) }.map { tasks[$0].id }
        let idle = experts.indices.filter { used[$0] < experts[$0].totalCapacity }
            .map { Idle(expert: experts[$0].id, capacity: experts[$0].totalCapacity, used: used[$0]) }
        var currentFit = 0.0
        for expert in experts {
            for served in expert.serves {
                guard let organization = enterpriseByID[served], organization.kind == .enterprise else { continue }
                currentFit += ranking.fit(of: expert.id, forEnterprise: organization, scratch: scratch)?.score ?? 0
            }
        }
        let assignedFit = assignments.reduce(0) { $0 + $1.score }
        return ExpertMatching(
            assignments: assignments, unassigned: unassigned, idle: idle,
            unknownSkills: map.experts.filter(\.hasUnknownSkills).map(\.id).sorted(),
            currentFit: currentFit, assignedFit: assignedFit, gain: assignedFit - currentFit)
    }
}
