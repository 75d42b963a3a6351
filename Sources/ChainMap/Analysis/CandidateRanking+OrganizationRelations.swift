/// Per organization, the relations it takes part in, for naming ties and excluding cooperation partners.
extension CandidateRanking {
    /// The relations each organization takes part in (indices into the map's relations, ascending), stored flat by
    /// actor position: one offsets array and one array of relation indices, instead of a dictionary of arrays (on
    /// the 1M-tie map that saved ≈ 6 MB of dictionary slots and array headers).
    struct OrganizationRelations: Sendable {
        /// Per actor position, where its relations start in ``relations``; one more entry than there are actors.
        private let offsets: [Int32]
        /// The relation indices, grouped by actor, each group ascending.
        private let relations: [Int32]
        private let actorIndex: [String: Int32]
        /// The map's relations (shared storage, not a copy).
        private let list: RelationList
        /// Per id of the relation list's id table, the actor it names, or −1.
        private let actorOfID: [Int32]

        /// - Parameters:
        ///   - map: the map.
        ///   - actorIndex: actor position by id (every organization is an actor).
        ///   - actorCount: the number of actors.
        /// - Complexity: O(*o* + *r* + *d*) for *o* organizations, *r* relations and *d* distinct ids in them.
        init(map: InnovationMap, actorIndex: [String: Int32], actorCount: Int) {
            self.actorIndex = actorIndex
            // Only organizations get their relations (platforms and experts name their ties in their own columns).
            var isOrganization = [Bool](repeating: false, count: actorCount)
            for organization in map.organizations {
                if let actor = actorIndex[organization.id] { isOrganization[Int(actor)] = true }
            }
            let list = map.relations
            self.list = list
            // The relation list names its ends by position in its table of distinct ids: resolve each id once.
            let actorOfID = list.ids.strings.map { actorIndex[$0] ?? -1 }
            self.actorOfID = actorOfID
            let organizationOfID = actorOfID.map { $0 >= 0 && isOrganization[Int($0)] ? $0 : -1 }
            var counts = [Int32](repeating: 0, count: actorCount + 1)
            for position in list.indices {
                let from = organizationOfID[list.fromIndex(position)], to = organizationOfID[list.toIndex(position)]
                if from >= 0 { counts[Int(from) + 1] &+= 1 }
                if to >= 0 { counts[Int(to) + 1] &+= 1 }
            }
            for actor in 0 ..< actorCount { counts[actor + 1] &+= counts[actor] }
            var next = counts
            var relations = [Int32](repeating: 0, count: Int(counts[actorCount]))
            func place(_ position: Int, for organization: Int32) {
                guard organization >= 0 else { return }
                relations[Int(next[Int(organization)])] = Int32(truncatingIfNeeded: position)
                next[Int(organization)] &+= 1
            }
            for position in list.indices {
                // A relation from an organization to itself is listed twice, as the dictionary of arrays did.
                place(position, for: organizationOfID[list.fromIndex(position)])
                place(position, for: organizationOfID[list.toIndex(position)])
            }
            offsets = counts
            self.relations = relations
        }

        /// The relations `organization` takes part in, ascending; empty for an unknown id or one that is not an
        /// organization.
        ///
        /// - Complexity: O(1) expected.
        subscript(organization: String) -> ArraySlice<Int32> {
            guard let actor = actorIndex[organization] else { return [] }
            return self[actor]
        }

        private subscript(actor: Int32) -> ArraySlice<Int32> {
            relations[Int(offsets[Int(actor)]) ..< Int(offsets[Int(actor) + 1])]
        }

        /// Calls `body` with the actor at the other end of each `cooperates` relation of `organization`, in the
        /// relations' order; an end that is no actor is passed over. Reads the relations' columns, building none.
        ///
        /// - Complexity: O(*r*ₒ) for the *r*ₒ relations of the organization.
        func forEachCooperationPartner(of organization: String, _ body: (Int32) -> Void) {
            guard let own = actorIndex[organization] else { return }
            for index in self[own] where list.type(at: Int(index)) == .cooperates {
                // Ids and actors correspond one to one, so comparing actors compares the ids.
                let from = actorOfID[list.fromIndex(Int(index))], to = actorOfID[list.toIndex(Int(index))]
                let other = from == own ? to : from
                if other >= 0 { body(other) }
            }
        }
    }
}
