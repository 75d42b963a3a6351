/// Which actors count as inside the county — one definition for the analyses and the pictures.
///
/// - an organization whose `location` is `county`;
/// - a platform hosted by a local organization, or with no host (the county lists its own incubators, service
///   platforms and pooled centres that way);
/// - an expert affiliated with a local organization, serving one, or with no affiliation (the commissioners and
///   talents the county has assigned to itself).
public struct Locality: Sendable {
    private let localOrganizations: Set<String>

    /// - Complexity: O(*o*) in the number of organizations.
    public init(_ map: InnovationMap) {
        localOrganizations = Set(map.organizations.filter(\.isLocal).map(\.id))
    }

    /// Whether the organization with this id is in the county (an unknown id is not).
    public func isLocal(organization id: String) -> Bool { localOrganizations.contains(id) }

    /// Whether the platform is local: hosted by a local organization, or without host.
    public func isLocal(_ platform: Platform) -> Bool {
        platform.host.map(localOrganizations.contains) ?? true
    }

    /// Whether the expert is local: affiliated with or serving a local organization, or without affiliation.
    public func isLocal(_ expert: Expert) -> Bool {
        guard let affiliation = expert.affiliation else { return true }
        return localOrganizations.contains(affiliation) || expert.serves.contains(where: localOrganizations.contains)
    }
}
