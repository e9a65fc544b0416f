/// A registry reference made readable: `rfc9110` becomes "RFC 9110" with its rfc-editor link.
public struct ReferenceLink: Hashable, Sendable, Codable {
    /// The reference as IANA wrote it (`rfc9110`, `RFC-ietf-...-30`, a URI, free text, `note:1`).
    public var id: String
    /// What a reader sees: "RFC 9110", "draft-ietf-rift-rift-24", the URI, the text.
    public var title: String
    public var url: String?

    public init(_ reference: String) {
        id = reference
        let lowered = reference.lowercased()
        if lowered.hasPrefix("rfc"), reference.count > 3,
           reference.dropFirst(3).allSatisfy({ $0.isASCII && $0.isNumber }) {
            let number = reference.dropFirst(3)
            title = "RFC \(number)"
            url = "https://www.rfc-editor.org/rfc/rfc\(number)"
        } else if lowered.hasPrefix("rfc-") {
            // An RFC-to-be, named after its Internet-Draft: RFC-ietf-tram-stunbis-21.
            let draft = "draft-" + reference.dropFirst(4)
            title = "\(draft) (in the RFC Editor's queue)"
            url = "https://datatracker.ietf.org/doc/\(Self.withoutRevision(draft))/"
        } else if lowered.hasPrefix("draft-") {
            title = reference
            url = "https://datatracker.ietf.org/doc/\(Self.withoutRevision(reference))/"
        } else if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            title = reference
            url = reference
        } else {
            title = reference
            url = nil
        }
    }

    /// `draft-ietf-rift-rift-24` → `draft-ietf-rift-rift`: the datatracker page of every revision.
    static func withoutRevision(_ draft: String) -> String {
        guard let dash = draft.lastIndex(of: "-") else { return draft }
        let suffix = draft[draft.index(after: dash)...]
        guard !suffix.isEmpty, suffix.count <= 2, suffix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return draft }
        return String(draft[..<dash])
    }
}
