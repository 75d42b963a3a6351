import ChainGraph

/// Innovation platforms: engineering centres, alliances, incubators and maker spaces.
extension GeneratedMapBuilder {
    mutating func buildPlatforms() {
        let chainCount = chainIDs.count
        let count = max(chainCount + 4, parameters.enterprises / 250)
        let width = max(4, String(count).count)
        var number = 0
        func nextID() -> String {
            number += 1
            return "p" + pad(number, width: width)
        }
        for c in 0 ..< chainCount {
            let id = nextID()
            allianceOfChain.append(addNode(id))
            platforms.append(Platform(
                id: id, name: "\(Self.county)\(chainNames[c])产业技术创新战略联盟", type: .alliance, level: .county,
                host: chainLeader[c].map { nodeIDs[Int($0)] }, segments: segmentsOfChain[c].map { segmentIDs[$0] }.sorted(),
                provenance: sourced("report-2024 §一(二)"), asOf: Self.asOf))
        }
        // A pooled record, as reports give "34 municipal engineering centres" without names.
        let pooled = nextID()
        _ = addNode(pooled)
        platforms.append(Platform(
            id: pooled, name: "市级工程技术研究中心（汇总）", type: .engineeringCenter, level: .municipal,
            count: 10 + rng.next(below: 30), provenance: provenance("report-2024 §一(二)"), asOf: Self.asOf))
        while number < count {
            let id = nextID()
            let node = addNode(id)
            let status: PlatformStatus = switch rng.next(below: 100) {
            case 0 ..< 90: .operating
            case 90 ..< 96: .building
            default: .planned
            }
            // The first is an incubator, so every map has something to incubate firms.
            let type = incubatorNodes.isEmpty ? PlatformType.incubator
                : [PlatformType.engineeringCenter, .lab, .incubator, .makerSpace, .workstation, .servicePlatform, .market][
                    rng.index(weights: [35, 10, 12, 15, 10, 12, 6])]
            var platform = Platform(id: id, name: "", type: type, level: .county, status: status,
                                    provenance: sourced(rng.chance(70) ? "report-2024 §一(二)" : "chains-ref"), asOf: Self.asOf)
            switch type {
            case .engineeringCenter, .makerSpace, .workstation:
                let host = Int(allEnterprises.pick(&rng) ?? 0)
                let segment = enterpriseSegments[host][0]
                platform.host = nodeIDs[host]
                platform.segments = [segmentIDs[segment]]
                let noun = segmentTemplate[segment].noun
                if type == .makerSpace {
                    platform.name = "\(enterpriseBrand[host])众创空间"
                    platform.level = rng.chance(60) ? .county : .provincial
                } else {
                    let techs = distinct(1 + rng.next(below: 3), of: segmentTechnologies[segment])
                    platform.technologies = techs.map { technologies[$0].id }.sorted()
                    platform.name = type == .workstation ? "\(enterpriseBrand[host])院士专家工作站" : "\(enterpriseBrand[host])\(noun)工程技术研究中心"
                    platform.level = type == .workstation ? .provincial : [Level.provincial, .municipal, .county][rng.index(weights: [30, 50, 20])]
                }
                if type == .makerSpace { incubatorNodes.append(node) }
            case .lab:
                let hub = rng.next(below: hubNodes.count)
                let techs = distinct(min(hubTechnologies[hub].count, 2 + rng.next(below: 4)), of: hubTechnologies[hub]).sorted()
                platform.host = nodeIDs[Int(hubNodes[hub])]
                platform.technologies = techs.map { technologies[$0].id }
                let noun = techs.first.map { segmentTemplate[technologySegment[$0]].noun } ?? "产业"
                platform.name = "\(hubNames[hub])\(noun)重点实验室"
                platform.level = [Level.provincial, .national, .municipal][rng.index(weights: [60, 20, 20])]
            case .incubator:
                if rng.chance(50), !governmentNodes.isEmpty { platform.host = nodeIDs[Int(rng.element(of: governmentNodes))] }
                let segments = distinct(2 + rng.next(below: 3), of: Array(segmentIDs.indices))
                platform.segments = segments.map { segmentIDs[$0] }.sorted()
                platform.name = "\(Self.county)\(rng.element(of: Vocabulary.places))科技企业孵化器"
                platform.level = rng.chance(60) ? .county : .provincial
                incubatorNodes.append(node)
            case .servicePlatform:
                let c = rng.next(below: chainCount)
                let members = segmentsOfChain[c]
                platform.segments = distinct(min(members.count, 2 + rng.next(below: 3)), of: members).map { segmentIDs[$0] }.sorted()
                platform.name = "\(chainNames[c])公共技术服务平台"
                platform.level = rng.chance(70) ? .county : .municipal
            default:
                platform.name = "科技要素大市场\(rng.element(of: Vocabulary.places))工作站"
            }
            platforms.append(platform)
        }
    }
}
