/// The language of the text an analysis writes (evidence, actions, explanations, headings): `--lang zh|en`.
///
/// Ids, JSON keys and the data's own names stay as they are; Chinese is the default, as in the bureau's reports.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// 中文 (the default).
    case zh
    /// English; records are named by their `name_en` where they have one.
    case en
}
