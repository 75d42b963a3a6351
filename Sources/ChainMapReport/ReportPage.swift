import ChainMap
import Foundation

/// The HTML document of a report: static sections written here through the escaping ``HTMLWriter``, the views
/// as `<template>`s (one drawing in the live page at a time, so record ids stay unique in the document), the
/// data as JSON and the page's script, allowed by its hash in the Content-Security-Policy.
enum ReportPage {
    /// The Content-Security-Policy: nothing may be fetched (no `connect-src`, fonts, frames or images but
    /// `data:`), only the page's own script runs (by hash) and only inline styles apply.
    static func contentSecurityPolicy(scriptHash: String) -> String {
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-\(scriptHash)'; "
            + "base-uri 'none'; form-action 'none'"
    }

    /// Writes the page into `out`, the data through `json` (between its `<script>` tags) and everything before it
    /// handed on first, so the page is never held whole.
    ///
    /// - Throws: ``HTMLWriterError`` (a bug in the markup), or what `json` or `out`'s sink throws.
    static func write(
        map: InnovationMap, payload: ReportPayload, records: PageRecords, views: [Report.DrawnView], omitted: [String],
        omittedFull: Bool, options: ReportOptions, text: ReportText, json: (ByteWriter) throws -> Void, into out: ByteWriter
    ) throws {
        let script = ReportAssets.script
        let hash = SHA256.base64(SHA256.digest(Array(script.utf8)))
        let title = text.name(map.name, map.nameEN)
        var w = HTMLWriter()
        w.trusted("<!DOCTYPE html>\n")
        try w.start("html", ["lang": options.language == .zh ? "zh-CN" : "en"])
        try w.start("head")
        try w.start("meta", ["charset": "utf-8"])
        try w.start("meta", ["http-equiv": "Content-Security-Policy", "content": contentSecurityPolicy(scriptHash: hash)])
        try w.start("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try w.start("meta", ["name": "referrer", "content": "no-referrer"])
        try w.element("title", text: title + " · " + text("title.suffix"))
        try w.start("style")
        w.trusted(ReportAssets.style)
        try w.end("style")
        try w.end("head")
        try w.start("body")

        try w.start("header", ["class": "page-header"])
        try w.element("h1", text: title)
        try w.element("p", ["class": "meta"], text: map.region + " · " + text("asOf") + " " + map.asOf.description)
        if options.excludeAssumed { try w.element("p", ["class": "meta warn"], text: text("excludedAssumed")) }
        try w.element("p", ["class": "meta small"], text: text("generated"))
        try w.end("header")

        try writeMapSection(&w, payload: payload, records: records, views: views, omitted: omitted, omittedFull: omittedFull,
                            map: map, text: text)
        try writeSummary(&w, map: map, payload: payload, records: records, text: text)
        if let since = payload.since { try writeSince(&w, since: since, text: text) }
        try writeIndicators(&w, payload: payload, text: text)
        for (id, key) in [("gaps", "section.gaps"), ("candidates", "section.candidates"), ("matching", "section.matching"),
                          ("data-gaps", "section.dataGaps")] {
            try w.start("section", ["id": "sec-" + id, "class": "report"])
            try w.element("h2", text: text(key))
            let open = map.demands.count { $0.status == .open }
            if id == "candidates", open > payload.candidates.count {
                try w.element("p", ["class": "meta"], text: text("candidates.limited")
                    .replacingOccurrences(of: "{shown}", with: String(payload.candidates.count))
                    .replacingOccurrences(of: "{open}", with: String(open)))
            }
            try w.start("div", ["id": id + "-body"])
            try w.end("div")
            try w.end("section")
        }
        try writeProvenance(&w, map: map, text: text)

        try w.start("script", ["type": "application/json", "id": "chainmap-data"])
        try w.flush(to: out)
        try json(out)
        try w.end("script")
        try w.start("script")
        w.trusted(script)
        try w.end("script")
        try w.end("body")
        try w.end("html")
        w.trusted("\n")
        try out.write(w.finish())
    }

    private static func writeMapSection(
        _ w: inout HTMLWriter, payload: ReportPayload, records: PageRecords, views: [Report.DrawnView], omitted: [String],
        omittedFull: Bool, map: InnovationMap, text: ReportText
    ) throws(HTMLWriterError) {
        try w.start("section", ["id": "sec-map", "class": "map-section"])
        try w.element("h2", text: text("section.map"))
        try w.start("div", ["class": "map-layout"])

        try w.start("aside", ["class": "controls sidebar", "id": "sidebar"])
        try w.element("label", ["for": "search", "class": "label"], text: text("searchLabel"))
        try w.start("input", ["id": "search", "type": "search", "autocomplete": "off", "placeholder": text("search")])
        try w.start("ul", ["id": "search-results", "role": "listbox"])
        try w.end("ul")
        try w.start("fieldset", ["id": "filter-chains"])
        try w.element("legend", text: text("filters.chains"))
        for chain in payload.chains where chain.count == 2 {
            try w.start("label")
            try w.start("input", ["type": "checkbox", "checked": "", "data-chain": chain[0]])
            w.text(" " + chain[1])
            try w.end("label")
        }
        try w.end("fieldset")
        try w.start("fieldset", ["id": "filter-kinds"])
        try w.element("legend", text: text("filters.kinds"))
        for kind in NodeKind.allCases where records.kindCounts[kind.rawValue] != nil {
            try w.start("label")
            try w.start("input", ["type": "checkbox", "checked": "", "data-kind-filter": kind.rawValue])
            w.text(" " + text.kind(kind))
            try w.end("label")
        }
        try w.end("fieldset")
        try w.start("fieldset", ["id": "overlays"])
        try w.element("legend", text: text("overlays"))
        for overlay in ["gaps", "candidates", "assumed"] {
            try w.start("label")
            try w.start("input", ["type": "checkbox", "checked": "", "data-overlay": overlay])
            w.text(" " + text("overlay." + overlay))
            try w.end("label")
        }
        try w.end("fieldset")
        try w.end("aside")

        try w.start("div", ["class": "map-main"])
        try w.start("div", ["class": "controls toolbar", "id": "toolbar"])
        try w.start("span", ["class": "views", "role": "tablist", "aria-label": text("views")])
        for (offset, view) in views.enumerated() {
            try w.element("button", ["type": "button", "class": "view-tab", "data-view": String(offset), "role": "tab"],
                          text: view.view.title)
        }
        try w.end("span")
        try w.start("span", ["class": "zoom"])
        try w.element("button", ["type": "button", "id": "zoom-in", "title": text("zoomIn"), "aria-label": text("zoomIn")], text: "+")
        try w.element("button", ["type": "button", "id": "zoom-out", "title": text("zoomOut"), "aria-label": text("zoomOut")], text: "−")
        try w.element("button", ["type": "button", "id": "zoom-fit", "title": text("fit")], text: text("fit"))
        try w.end("span")
        try w.end("div")
        try w.start("div", ["id": "viewport", "tabindex": "0", "class": "viewport"])
        try w.end("div")
        if !omitted.isEmpty {
            let names = omitted.map { id in map.chains.first { $0.id == id }.map { text.name($0.name, $0.nameEN) } ?? id }
            try w.element("p", ["class": "meta small"], text: text(omittedFull ? "view.omittedAll" : "view.omitted")
                + names.joined(separator: "、"))
        }
        try w.end("div")

        try w.start("aside", ["id": "detail", "class": "detail", "aria-live": "polite"])
        try w.element("p", ["class": "meta"], text: text("detail.empty"))
        try w.end("aside")
        try w.end("div")

        // Filled from the templates when printing.
        try w.start("div", ["id": "print-maps", "class": "print-only"])
        try w.end("div")
        for (offset, view) in views.enumerated() {
            try w.start("template", ["id": "view-" + String(offset), "data-view-id": view.view.id])
            w.trusted(view.svg)
            try w.end("template")
        }
        try w.end("section")
    }

    private static func writeSummary(
        _ w: inout HTMLWriter, map: InnovationMap, payload: ReportPayload, records: PageRecords, text: ReportText
    ) throws(HTMLWriterError) {
        try w.start("section", ["id": "sec-summary", "class": "report"])
        try w.element("h2", text: text("section.summary"))
        try w.start("div", ["class": "cards"])
        for kind in NodeKind.allCases {
            guard let count = records.kindCounts[kind.rawValue], count > 0 else { continue }
            try card(&w, text.kind(kind), count)
        }
        try card(&w, text("summary.ties"), records.tieCount)
        try card(&w, text("summary.people"), map.experts.reduce(0) { $0 &+ $1.headcount })
        try card(&w, text("summary.platformUnits"), map.platforms.reduce(0) { $0 &+ $1.count })
        try card(&w, text("summary.gaps"), payload.gaps.count)
        try card(&w, text("summary.openDemands"), map.demands.filter { $0.status == .open }.count)
        try w.end("div")
        try w.end("section")
    }

    /// What changed since the earlier map: counts here, the tables built by the script from `since` in the data.
    private static func writeSince(_ w: inout HTMLWriter, since: ReportPayload.Since, text: ReportText) throws(HTMLWriterError) {
        let diff = since.diff
        try w.start("section", ["id": "sec-since", "class": "report"])
        try w.element("h2", text: text("section.since").replacingOccurrences(of: "{date}", with: since.asOf))
        try w.element("p", ["class": "meta"], text: text("since.lead") + since.name + " · " + text("asOf") + " " + since.asOf)
        if diff.isEmpty { try w.element("p", text: text("since.none")) }
        func count(_ change: MapDiff.Change) -> Int { diff.records.count { $0.change == change } }
        let cards: [(String, Int)] = [
            (text("since.card.added"), count(.added)),
            (text("since.card.removed"), count(.removed)),
            (text("since.card.changed"), count(.changed) &+ count(.renamed)),
            (text("since.demands"), diff.demands.count),
            (text("since.card.opened"), diff.gaps.count { $0.change == "opened" }),
            (text("since.card.closed"), diff.gaps.count { $0.change == "closed" }),
            (text("since.candidates"), diff.candidates.count),
            (text("since.indicators"), diff.indicators.count),
        ]
        try w.start("div", ["class": "cards"])
        for (label, value) in cards { try card(&w, label, value) }
        try w.end("div")
        try w.start("div", ["id": "since-body"])
        try w.end("div")
        try w.end("section")
    }

    /// A summary card: a number over its label.
    private static func card(_ w: inout HTMLWriter, _ label: String, _ value: Int) throws(HTMLWriterError) {
        try w.start("div", ["class": "card"])
        try w.element("div", ["class": "number"], text: String(value))
        try w.element("div", ["class": "label"], text: label)
        try w.end("div")
    }

    private static func writeIndicators(_ w: inout HTMLWriter, payload: ReportPayload, text: ReportText) throws(HTMLWriterError) {
        try w.start("section", ["id": "sec-indicators", "class": "report"])
        try w.element("h2", text: text("section.indicators"))
        if payload.indicators.isEmpty { try w.element("p", text: text("noIndicators")) }
        try w.start("div", ["class": "indicators"])
        for progress in payload.indicators {
            try w.start("figure", ["class": "indicator", "data-id": progress.id])
            var caption = progress.name + (progress.unit.isEmpty ? "" : "（" + progress.unit + "）")
            if let latest = progress.latest {
                caption += " · " + text("indicator.latest") + " " + NumberFormatting.plain(latest.value) + " (" + String(latest.year) + ")"
            }
            if let target = progress.target {
                caption += " · " + text("indicator.target") + " " + NumberFormatting.plain(target.value) + " (" + String(target.year) + ")"
            }
            if let share = progress.progress, share.isFinite { caption += " · " + NumberFormatting.rounded(share * 100) + "%" }
            if let projected = progress.projected, projected.isFinite {
                caption += " · " + text("indicator.projected") + " " + NumberFormatting.rounded(projected)
            }
            if let onTrack = progress.onTrack { caption += " · " + text(onTrack ? "indicator.onTrack" : "indicator.offTrack") }
            try w.element("figcaption", text: caption)
            try IndicatorChart.write(progress, text: text, into: &w)
            try w.end("figure")
        }
        try w.end("div")
        try w.end("section")
    }

    private static func writeProvenance(_ w: inout HTMLWriter, map: InnovationMap, text: ReportText) throws(HTMLWriterError) {
        try w.start("section", ["id": "sec-provenance", "class": "report"])
        try w.element("h2", text: text("section.provenance"))
        var sourced = 0, partly = 0, assumed = 0
        var bySource: [String: Int] = [:]
        // Walked, not gathered: a million relations' provenances in an array were tens of megabytes.
        func count(_ provenance: Provenance) {
            for key in provenance.keys { bySource[key, default: 0] += 1 }
            if provenance.isAssumedOnly { assumed += 1 } else if provenance.includesAssumed { partly += 1 } else { sourced += 1 }
        }
        map.forEachNode { count($0.provenance) }
        for relation in map.relations { count(relation.provenance) }
        let total = max(sourced + partly + assumed, 1)
        try w.start("div", ["class": "cards"])
        for (key, value) in [("provenance.sourced", sourced), ("provenance.partly", partly), ("provenance.assumed", assumed)] {
            try card(&w, text(key) + " · " + NumberFormatting.rounded(Double(value) * 100 / Double(total)) + "%", value)
        }
        try w.end("div")
        try w.element("h3", text: text("provenance.bySource"))
        try w.start("table", ["class": "data"])
        try w.start("thead")
        try w.start("tr")
        try w.element("th", text: text("col.sources"))
        try w.element("th", text: text("col.count"))
        try w.end("tr")
        try w.end("thead")
        try w.start("tbody")
        let titles = Dictionary(map.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (key, count) in bySource.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            try w.start("tr")
            try w.start("td")
            if key == Provenance.assumedKey {
                w.text(text("assumed"))
            } else if let source = titles[key] {
                if let url = HTML.safeLink(source.url) {
                    try w.element("a", ["href": url, "rel": "noopener noreferrer", "target": "_blank"], text: source.title)
                } else {
                    w.text(source.title)
                }
                w.text(" [" + key + "]")
            } else {
                w.text(key)
            }
            try w.end("td")
            try w.element("td", ["class": "num"], text: String(count))
            try w.end("tr")
        }
        try w.end("tbody")
        try w.end("table")
        try w.end("section")
    }
}
