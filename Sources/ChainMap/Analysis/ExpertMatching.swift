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
/// assignments maximises the total fit (Ahuja, Magnanti & Orlin 1993, §9; NetworkX `max_flow_min_cost`). It is
/// solved as a capacitated assignment problem (`BipartiteAssignment` in ChainGraph: shortest augmenting paths from each
/// expert's units, Hungarian-style), which finds the same optimum as the general min-cost flow in a fraction of
/// the time on large maps. An expert's capacity is `capacity × headcount`, saturating, and never more than the
/// number of tasks.
public struct ExpertMatching: Hashable, Sendable, Codable {
    /// One expert assigned to one task.
    public struct Assignment: Hashable, Sendable, Codable {
        /// The expert's id.
        public var expert: String
        /// The task's id: an open demand or a local enterprise.
        public var task: String
        /// `demand` or `enterprise`.
        public var taskKind: String
        /// The expert's fit for the task: the ``CandidateRanking`` score, in [0, 1].
        public var score: Double
        /// The evidence path in names (as ``CandidateRanking/Candidate/explanation``); empty if none.
        public var explanation: String

        enum CodingKeys: String, CodingKey {
            case expert, task, taskKind = "task_kind", score, explanation
        }
    }

    /// An expert with capacity left after the assignment.
    public struct Idle: Hashable, Sendable, Codable {
        /// The expert's id.
        public var expert: String
        /// Its capacity × headcount (saturating at `Int.max`).
        public var capacity: Int
        /// The tasks assigned to it.
        public var used: Int
    }

    /// The assignments, sorted by expert, then task.
    public var assignments: [Assignment]
    /// Tasks no expert fits well enough.
    public var unassigned: [String]
    /// Experts with capacity left after the assignment.
    public var idle: [Idle]
    /// Expert records whose skills are unknown (pooled records without technologies or fields), sorted: they
    /// cannot be matched.
    public var unknownSkills: [String]
    /// Σ fit of today's `serves` ties (an expert serving an organization, scored as for that enterprise).
    public var currentFit: Double
    /// Σ fit of the assignments.
    public var assignedFit: Double
    /// assignedFit − currentFit.
    public var gain: Double

    enum CodingKeys: String, CodingKey {
        case assignments, unassigned, idle, unknownSkills = "unknown_skills", currentFit = "current_fit",
             assignedFit = "assigned_fit", gain
    }

    /// Ranks every task's experts and solves the assignment.
    ///
    /// The experts are ranked apart (``CandidateRanking`` with a pool of experts only: their master lists alone
    /// and a link-score walk restricted to them), keeping who fits how well; explanations are written for the
    /// assigned pairs alone. The fits, and so the assignment, are those of the full ranking.
    /// - Parameters:
    ///   - map: the map.
    ///   - threshold: the lowest fit worth an assignment.
    ///   - expertsPerTask: the most experts offered to one task, best fit first.
    ///   - language: the language of the explanations.
    ///   - ranking: a ranking of the same map in the same language, when the caller has one (its indexes are then
    ///     not built twice); nil builds one.
    /// - Returns: the assignments, the tasks left unassigned, idle experts and the fit before and after.
    /// - Throws: `FlowError` (ChainGraph) only if the network is malformed, which would be a bug.
    /// - Complexity: ranking every task's experts, plus the assignment: O(U · (A + V) log V) in the worst case for U
    ///   units of capacity, A offered (expert, task) pairs and V experts and tasks, far less in practice.
    public static func assign(in map: InnovationMap, threshold: Double = 0.2, expertsPerTask: Int = 64,
                              language: Language = .zh, ranking: CandidateRanking? = nil) throws(FlowError) -> ExpertMatching {
        let ranking = ranking ?? CandidateRanking(map: map, language: language)
        let experts = map.experts.filter { !$0.hasUnknownSkills && servableUnits($0) > 0 }.sorted { $0.id < $1.id }
        let enterprises = map.organizations.filter { $0.kind == .enterprise && $0.isLocal }.sorted { $0.id < $1.id }
        let demands = map.demands.filter { $0.status == .open }.sorted { $0.id < $1.id }

        // Fit of the best experts for every task, from the same ranking `candidates` prints. Only (expert, fit)
        // pairs are kept, flat, ranked in slices, so that large maps never hold every explanation at once.
        var tasks = TaskFits()
        // Ranking actor → position among `experts` (−1: not matchable).
        var expertOfActor = [Int32](repeating: -1, count: ranking.actors.count)
        for (offset, expert) in experts.enumerated() {
            if let actor = ranking.actorIndex[expert.id], expertOfActor[Int(actor)] < 0 { expertOfActor[Int(actor)] = Int32(offset) }
        }
        func collect(_ ranked: [[CandidateRanking.Fit]], ids: [String], kind: String) {
            for (id, candidates) in zip(ids, ranked) {
                var fits: [(expert: Int32, score: Double)] = []
                for candidate in candidates where candidate.score >= threshold {
                    let offset = expertOfActor[Int(candidate.actor)]
                    if offset >= 0 { fits.append((offset, candidate.score)) }
                }
                // Arcs in expert order, as the network was always built.
                fits.sort { $0.expert < $1.expert }
                tasks.append(id: id, kind: kind, fits: fits)
            }
        }
        // The experts indexed apart once: every walk and pool scan then reads experts only, and only who fits how
        // well is kept (explanations are written for the assigned pairs alone).
        let pool = ranking.pool(of: [.expert])
        // Slices bound the unexplained fits held at once (16 bytes a kept expert) and each starts its workers' scratch
        // memory afresh (node-sized): large enough that the allocations are few.
        let slice = 16384
        for start in stride(from: 0, to: demands.count, by: slice) {
            let part = Array(demands[start ..< min(demands.count, start + slice)])
            collect(ranking.fits(demands: part, top: expertsPerTask, pool: pool, floor: threshold), ids: part.map(\.id), kind: "demand")
        }
        for start in stride(from: 0, to: enterprises.count, by: slice) {
            let part = Array(enterprises[start ..< min(enterprises.count, start + slice)])
            collect(ranking.fits(enterprises: part, top: expertsPerTask, pool: pool, floor: threshold), ids: part.map(\.id), kind: "enterprise")
        }

        // Experts (capacity) → tasks (one expert each), cost 1000 − round(1000 · fit).
        let capacities = experts.map { min(servableUnits($0), tasks.count) }
        var problem = BipartiteAssignment(leftCapacities: capacities, rightCount: tasks.count)
        problem.reserveArcs(tasks.experts.count)
        for task in 0 ..< tasks.count {
            for slot in tasks.range(task) {
                let cost = 1000 - Int((tasks.scores[slot] * 1000).rounded())
                problem.addArc(left: Int(tasks.experts[slot]), right: task, cost: cost)
            }
        }
        // Consumed: the solver releases the problem's arcs as it builds its own layout (the peak holds them once).
        let solution = try (consume problem).solve()

        var assignments: [Assignment] = []
        var used = [Int](repeating: 0, count: experts.count)
        var served = [Bool](repeating: false, count: tasks.count)
        let demandByID = Dictionary(demands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let enterpriseByID = Dictionary(map.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scratch = CandidateRanking.Scratch(ranking)
        for task in 0 ..< tasks.count {
            for slot in tasks.range(task) where solution.used[slot] {
                let expertIndex = Int(tasks.experts[slot])
                used[expertIndex] += 1
                served[task] = true
                let expert = experts[expertIndex].id, taskID = tasks.ids[task], kind = tasks.kinds[task]
                // The explanation, for the assigned pairs only.
                let fit = kind == "demand"
                    ? demandByID[taskID].flatMap { ranking.fit(of: expert, for: $0, scratch: scratch) }
                    : enterpriseByID[taskID].flatMap { ranking.fit(of: expert, forEnterprise: $0, scratch: scratch) }
                assignments.append(Assignment(expert: expert, task: taskID, taskKind: kind,
                                              score: tasks.scores[slot], explanation: fit?.explanation ?? ""))
            }
        }
        assignments.sort { ($0.expert, $0.task) < ($1.expert, $1.task) }
        let unassigned = (0 ..< tasks.count).filter { !served[$0] }.map { tasks.ids[$0] }
        let idle = experts.indices.filter { used[$0] < servableUnits(experts[$0]) }
            .map { Idle(expert: experts[$0].id, capacity: servableUnits(experts[$0]), used: used[$0]) }
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

    /// `capacity × headcount`, 0 when either is not positive, `Int.max` when the product does not fit.
    static func servableUnits(_ expert: Expert) -> Int {
        guard expert.capacity > 0, expert.headcount > 0 else { return 0 }
        let (product, overflow) = expert.capacity.multipliedReportingOverflow(by: expert.headcount)
        return overflow ? Int.max : product
    }
}

/// Every task's offered experts and fits, flat: one array each instead of an array per task.
private struct TaskFits {
    var ids: [String] = []
    var kinds: [String] = []
    var offsets: [Int] = [0]
    var experts: [Int32] = []
    var scores: [Double] = []

    var count: Int { ids.count }

    func range(_ task: Int) -> Range<Int> { offsets[task] ..< offsets[task + 1] }

    mutating func append(id: String, kind: String, fits: [(expert: Int32, score: Double)]) {
        ids.append(id)
        kinds.append(kind)
        for fit in fits {
            experts.append(fit.expert)
            scores.append(fit.score)
        }
        offsets.append(experts.count)
    }
}
