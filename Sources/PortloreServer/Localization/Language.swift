/// A language the public pages are written in. Data (service names, IANA's descriptions) stays as IANA wrote it.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case thai = "th"

    /// The path prefix of this language's pages: "" for English, "/th" for Thai.
    public var pathPrefix: String { self == .english ? "" : "/\(rawValue)" }
}
