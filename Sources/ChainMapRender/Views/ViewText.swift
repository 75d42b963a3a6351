import ChainMap

/// The words of the pictures in Chinese and English, and line wrapping of names.
struct ViewText: Sendable {
    let language: ViewLanguage

    private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// A record's display name: `name_en` in English when the record has one.
    func name(_ zh: String, _ en: String) -> String {
        language == .en && !en.isEmpty ? en : zh
    }

    func viewTitle(_ view: MapView, subject: String?) -> String {
        switch view {
        case .overview: return pick("产业链总览", "Industry chains overview")
        case .chain: return pick("产业链图谱：", "Chain: ") + (subject ?? "")
        case .ego(_, let hops):
            let name = subject ?? ""
            return pick("关系网络：\(name)（\(hops) 跳）", "Neighbourhood of \(name) (\(hops) hop\(hops == 1 ? "" : "s"))")
        case .full: return pick("全景图", "Full map")
        }
    }

    func asOf(_ date: PartialDate) -> String { pick("截至 \(date)", "as of \(date)") }

    var legend: String { pick("图例", "Legend") }
    var outside: String { pick("外部机构（县外）", "Outside institutions (beyond the county)") }

    /// "企业 2 · 高企 1 · 平台 1"
    func segmentCounts(enterprises: Int, highTech: Int, platforms: Int) -> String {
        pick("企业 \(enterprises) · 高企 \(highTech) · 平台 \(platforms)",
             "firms \(enterprises) · high-tech \(highTech) · platforms \(platforms)")
    }

    func enterprises(_ count: Int) -> String { pick("\(count) 家企业", "\(count) enterprise\(count == 1 ? "" : "s")") }
    var unassigned: String { pick("未标环节", "no segment") }
    var unlinked: String { pick("无关联的记录与指标", "Records without ties, and indicators") }

    func kind(_ kind: NodeKind) -> String {
        switch kind {
        case .chain: pick("产业链", "chain")
        case .segment: pick("环节", "segment")
        case .technology: pick("核心技术", "core technology")
        case .enterprise: pick("企业", "enterprise")
        case .university: pick("高校", "university")
        case .institute: pick("科研院所", "institute")
        case .government: pick("政府部门", "government")
        case .finance: pick("金融机构", "finance")
        case .association: pick("协会", "association")
        case .platform: pick("创新平台", "platform")
        case .expert: pick("专家/特派员", "expert")
        case .demand: pick("技术需求", "technology demand")
        case .indicator: pick("指标", "indicator")
        }
    }

    func location(_ location: Location) -> String {
        switch location {
        case .county: pick("本县", "county")
        case .city: pick("市内", "city")
        case .province: pick("省内", "province")
        case .national: pick("国内", "national")
        case .abroad: pick("境外", "abroad")
        }
    }

    func tag(_ tag: OrganizationTag) -> String {
        switch tag {
        case .highTech: pick("高企", "high-tech")
        case .techSME: pick("科小", "tech SME")
        case .aboveScale: pick("规上", "above-scale")
        case .chainLeader: pick("链主", "chain leader")
        case .specialized: pick("专精特新", "specialized")
        case .listed: pick("上市", "listed")
        }
    }

    func platformStatus(_ status: PlatformStatus) -> String? {
        switch status {
        case .operating: nil
        case .planned: pick("规划", "planned")
        case .building: pick("在建", "building")
        }
    }

    func demandStatus(_ status: DemandStatus) -> String {
        switch status {
        case .open: pick("待解决", "open")
        case .matched: pick("已对接", "matched")
        case .contracted: pick("已签约", "contracted")
        case .solved: pick("已解决", "solved")
        }
    }

    func pooled(_ count: Int) -> String { pick("共 \(count) 个", "×\(count)") }
    func headcount(_ count: Int) -> String { pick("\(count) 人", "\(count) people") }
    var chokepoint: String { pick("卡脖子", "chokepoint") }
    var assumed: String { pick("推定（无来源）", "assumed (no source)") }
    var missingSegment: String { pick("缺失环节（无本地企业）", "missing segment (no local firm)") }
    var weakSegment: String { pick("薄弱环节", "weak segment") }
    var unsurveyedSegment: String { pick("待调查环节（企业未摸清）", "unsurveyed segment (firms not yet recorded)") }
    var uncoveredTechnology: String { pick("未覆盖技术（本地无人掌握）", "uncovered technology (no local holder)") }
    var uncoveredShort: String { pick("未覆盖", "uncovered") }
    func candidate(_ score: Double) -> String {
        let shown = NumberFormatting.rounded(score)
        return pick("候选 \(shown)", "candidate \(shown)")
    }
    var candidateLegend: String { pick("候选合作（得分）", "proposed partnership (score)") }

    func edge(_ kind: EdgeKind) -> String {
        switch kind {
        case .contains: pick("包含", "contains")
        case .next: pick("下游", "feeds")
        case .needs: pick("需要", "needs")
        case .operatesIn: pick("从事", "operates in")
        case .covers: pick("服务", "covers")
        case .masters: pick("掌握", "masters")
        case .affiliatedWith: pick("隶属", "affiliated with")
        case .posts: pick("提出", "posts")
        case .requires: pick("需要", "requires")
        case .concerns: pick("涉及", "concerns")
        case .cooperates: pick("合作", "cooperates")
        case .supplies: pick("供应", "supplies")
        case .hosts: pick("依托", "hosts")
        case .serves: pick("服务", "serves")
        case .member: pick("成员", "member")
        case .invests: pick("投资", "invests")
        case .licenses: pick("许可", "licenses")
        case .funds: pick("资助", "funds")
        case .incubates: pick("孵化", "incubates")
        case .hires: pick("聘用", "hires")
        }
    }

    /// Splits a name into lines of about `width` columns so long Chinese names do not make huge boxes. A
    /// CJK character counts 2 columns, other characters 1 (`width` 20 ≈ 10 Chinese characters). Lines are
    /// balanced (an 11-character name gives 6 + 5, not 10 + 1) and break after punctuation or before an
    /// opening bracket when one is near the end, between CJK characters otherwise, and at spaces in Latin
    /// text; a Latin word or number is never split.
    ///
    /// - Complexity: O(n·w) for n characters and width w (the balancing tries at most w widths).
    static func wrap(_ text: String, width: Int = 20) -> [String] {
        // Tokens: a run of non-space Latin characters stays whole; each CJK character and each space is
        // its own token.
        var tokens: [String] = []
        var word = ""
        for character in text {
            if isWide(character) || character == " " {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        // No line starts with closing punctuation or ends with an opening bracket (the usual Chinese rule):
        // glue those to their neighbour.
        var glued: [String] = []
        var pendingOpen = ""
        for token in tokens {
            if let first = token.first, noLineStart.contains(first), !glued.isEmpty, pendingOpen.isEmpty {
                glued[glued.count - 1] += token
            } else if let last = token.last, noLineEnd.contains(last), token != " " {
                pendingOpen += token
            } else {
                glued.append(pendingOpen + token)
                pendingOpen = ""
            }
        }
        if !pendingOpen.isEmpty { glued.append(pendingOpen) }
        tokens = glued
        let greedyLines = greedy(tokens, width: width)
        guard greedyLines.count > 1 else { return greedyLines.isEmpty ? [text] : greedyLines }
        // The narrowest width that still needs no more lines.
        let total = tokens.reduce(0) { $0 + columns($1) }
        var target = (total + greedyLines.count - 1) / greedyLines.count
        while target < width {
            let lines = greedy(tokens, width: target)
            if lines.count <= greedyLines.count { return lines }
            target += 1
        }
        return greedyLines
    }

    /// Fills lines up to `width` columns, one token at a time.
    private static func greedy(_ tokens: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line: [String] = []
        var lineWidth = 0
        func flush(upTo count: Int) {
            let head = line.prefix(count).joined().trimmingCharacters(in: " ")
            if !head.isEmpty { lines.append(head) }
            line = Array(line.dropFirst(count))
            while line.first == " " { line.removeFirst() }
            lineWidth = line.reduce(0) { $0 + columns($1) }
        }
        for token in tokens {
            let tokenWidth = columns(token)
            if lineWidth + tokenWidth > width, !line.isEmpty {
                // Prefer a natural break in the last third of the line.
                var cut = line.count
                for index in stride(from: line.count, to: 0, by: -1) {
                    let after = index < line.count ? line[index] : token
                    if breaksAfter(line[index - 1]) || breaksBefore(after) {
                        let prefixWidth = line.prefix(index).reduce(0) { $0 + columns($1) }
                        if prefixWidth * 3 >= width * 2 { cut = index }
                        break
                    }
                }
                flush(upTo: cut)
            }
            if line.isEmpty && token == " " { continue }
            line.append(token)
            lineWidth += tokenWidth
        }
        flush(upTo: line.count)
        return lines
    }

    private static func columns(_ token: String) -> Int {
        token.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static let breakAfter: Set<String> = [
        "、", "，", "。", "；", "：", "/", "）", ")", "」", "”", " ", ",", ";", "-", "·",
    ]
    private static let breakBefore: Set<String> = ["（", "(", "「", "“", " "]

    private static let noLineStart: Set<Character> = [
        "、", "，", "。", "；", "：", "）", ")", "」", "”", ",", ";", "！", "？", "·",
    ]
    private static let noLineEnd: Set<Character> = ["（", "(", "「", "“"]

    private static func breaksAfter(_ token: String) -> Bool { token.last.map { breakAfter.contains(String($0)) } ?? false }
    private static func breaksBefore(_ token: String) -> Bool {
        token.first.map { breakBefore.contains(String($0)) } ?? false
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
