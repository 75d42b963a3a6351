/// A document the map's facts come from.
public struct Source: Hashable, Sendable, Codable {
    /// The key records cite it by (`report-2024`).
    public var id: String
    /// The document's title.
    public var title: String
    /// Who published it; empty when not given.
    public var publisher: String
    /// When it was published; nil when not given.
    public var date: PartialDate?
    /// Where it can be read online; empty when not given.
    public var url: String
    /// A copy in the map folder, relative to it; empty when not given.
    public var file: String

    /// Creates a source; the optional parts default to empty.
    public init(id: String, title: String, publisher: String = "", date: PartialDate? = nil, url: String = "", file: String = "") {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.file = file
    }
}
