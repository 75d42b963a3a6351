/// The catalogue's entries for `chainmap gaps`.
extension Messages {
    /// A segment named for a reader: 黄姜种植 (herbal-yam-planting, 上游).
    func segmentLabel(_ name: String, id: String, stage: Stage) -> String {
        "\(name) (\(id), \(self.stage(stage)))"
    }

    func missingSegment(_ label: String, chain: String) -> String {
        pick("\(chain)的\(label)环节没有县内企业", "no local enterprise works in \(label) of \(chain)")
    }

    func missingSegmentAction(_ segment: String, downstream: Bool) -> String {
        downstream
            ? pick("延链:引进或孵化企业,把产业链延伸到\(segment)", "Extend the chain: attract or incubate an enterprise to reach into \(segment)")
            : pick("补链:为\(segment)引进或孵化企业", "Fill the chain: attract or incubate an enterprise for \(segment)")
    }

    func weakSegmentOnlyOne(_ label: String, who: String) -> String {
        pick("\(label):只有一家县内企业(\(who))", "\(label): only one local enterprise (\(who))")
    }

    func weakSegmentNoneStrong(_ label: String, who: String) -> String {
        pick("\(label):\(who)都不是高新技术企业或规上企业", "\(label): none of \(who) is high-tech or above-scale")
    }

    func weakSegmentAction(_ who: String) -> String {
        pick("强链:支持\(who)申报高新技术企业,或引进第二家企业", "Strengthen the chain: help \(who) toward high-tech status, or bring in a second enterprise")
    }

    func uncoveredTechnology(_ technology: String, chokepoint: Bool, chokepointAssumed: Bool = false, label: String,
                             outside: [String]) -> String {
        let where_ = outside.isEmpty
            ? pick("图谱中无人掌握", "nobody in the map masters it")
            : pick("县外掌握者:\(list(outside))", "outside the county: \(list(outside))")
        let flag = chokepoint ? pick(chokepointAssumed ? "(卡脖子技术,为推断)" : "(卡脖子技术)",
                                     chokepointAssumed ? " (a chokepoint technology, assumed)" : " (a chokepoint technology)") : ""
        return pick(
            "\(label)需要的\(technology)\(flag)在县内无组织、平台或专家掌握;\(where_)",
            "\(technology)\(flag) is needed by \(label); no local organization, platform or expert masters it; \(where_)")
    }

    func uncoveredTechnologyAction(_ technology: String, outside: [String]) -> String {
        outside.isEmpty
            ? pick("揭榜挂帅:就\(technology)发布攻关榜单", "Post an open call for \(technology)")
            : pick("强链:与\(list(outside))合作", "Strengthen the chain: partner with \(list(outside))")
    }

    func unmetDemand(_ title: String, enterprise: String, technologies: [String], inferred: Bool, onlySelf: Bool) -> String {
        let what = list(technologies) + (inferred ? pick("(由标题推断)", " (inferred from the title)") : "")
        return onlySelf
            ? pick("\(enterprise)的待解决需求“\(title)”:除\(enterprise)自身外,图谱中无人掌握\(what)",
                   "open demand “\(title)” of \(enterprise): nobody but \(enterprise) itself masters \(what)")
            : pick("\(enterprise)的待解决需求“\(title)”:图谱中无人掌握\(what)",
                   "open demand “\(title)” of \(enterprise): nobody in the map masters \(what)")
    }

    var unmetDemandAction: String { pick("揭榜挂帅:把该需求作为攻关榜单发布", "Post the demand as an open call") }

    func undescribedDemand(_ title: String, enterprise: String) -> String {
        pick("\(enterprise)的需求“\(title)”没有列出所需技术,也无法从标题推断",
             "demand “\(title)” of \(enterprise): its technologies are not listed and none could be inferred from the title")
    }

    var undescribedDemandAction: String { pick("补录该需求所需的核心技术,再寻找合作方", "List the demand's technologies, then look for partners") }

    func noPlatform(_ label: String) -> String { pick("\(label)没有创新平台服务", "no innovation platform serves \(label)") }

    func noPlatformAction(_ segment: String) -> String {
        pick("强链:为\(segment)建设或对接工程技术研究中心、工作站或孵化器",
             "Strengthen the chain: set up or link an engineering centre, workstation or incubator for \(segment)")
    }

    func unsurveyedSegment(_ label: String, state: SurveyState, recorded: Int) -> String {
        pick("\(label):县内企业\(survey(state)),已记录\(recorded)家,是否断链、技术是否覆盖尚无法判断",
             "\(label): local firms \(survey(state)), \(recorded) recorded, so whether the segment is missing or its technologies covered cannot be judged yet")
    }

    var unsurveyedSegmentAction: String { pick("摸排该环节的县内企业并录入图谱", "Survey the segment's local firms and record them") }

    func unknownTechnologies(_ label: String, who: [String], technologies: [String]) -> String {
        pick("\(label)的县内企业\(list(who))未记录所掌握的技术,\(list(technologies))是否已覆盖无法判断",
             "local enterprises of \(label) (\(list(who))) have no technologies recorded, so whether \(list(technologies)) \(technologies.count == 1 ? "is" : "are") covered cannot be judged")
    }

    var unknownTechnologiesAction: String { pick("记录这些企业掌握的核心技术", "Record what the segment's firms master") }

    func expertMismatch(_ expert: String, serves organization: String) -> String {
        pick("\(expert)服务\(organization),但双方没有共同的环节技术或专业领域",
             "\(expert) serves \(organization) but shares no technology or field with its segments")
    }

    var expertMismatchAction: String { pick("调整服务对象:见 `chainmap match`", "Reassign: see `chainmap match`") }

    func unknownSkills(_ expert: String, people: Int) -> String {
        pick("\(expert):\(people)人的专业领域和掌握技术均未记录,无法匹配",
             "\(expert): \(people) \(people > 1 ? "people" : "person") whose fields and technologies are not recorded, so they cannot be matched")
    }

    var unknownSkillsAction: String {
        pick("在“科技专家服务平台”记录每人的专业领域和技术", "Record each person's fields and technologies (the county's expert service platform)")
    }

    func isolated(_ organization: String) -> String {
        pick("\(organization)与任何环节、技术、平台、专家或关系都没有关联",
             "\(organization) has no segment, technology, platform, expert or relation")
    }

    func isolatedAction(local: Bool) -> String {
        local
            ? pick("记录其所在环节、掌握技术或合作伙伴", "Record its segment and technologies, or its partners")
            : pick("删除该记录,或记录其与本县的联系", "Remove it or record what ties it to the county")
    }

    func staleRecord(_ record: String, asOf: PartialDate, mapAsOf: PartialDate) -> String {
        pick("\(record)的信息截至\(asOf),比图谱日期\(mapAsOf)早两年以上",
             "\(record) was last confirmed \(asOf), two or more years before the map's date \(mapAsOf)")
    }

    var staleRecordAction: String { pick("核实并更新该记录", "Confirm and update the record") }

    func noLocalResearch(_ outside: [String]) -> String {
        pick("图谱未记录县内的高校或科研院所;图谱中的\(outside.count)家高校院所都在县外:\(list(outside))",
             "the map records no university or research institute in the county; the \(outside.count) it records are all outside: \(list(outside))")
    }

    var noLocalResearchAction: String {
        pick("产学研:与县外高校院所共建研发平台或新型研发机构,引进科研团队",
             "Industry–university–research: build joint R&D platforms or new-type R&D institutes with outside universities; bring in research teams")
    }

    var reportedProblemAction: String { pick("在年度工作打算中明确整改措施", "Address it in the year's work plan") }
}
