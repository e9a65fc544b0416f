public import PortRegistry

extension JSONDocument {
    /// When one service name was in IANA's registry for a port, as the copies we hold show it.
    /// Every date here is a copy's date (ours), never one IANA stated: `first_seen` is the first
    /// copy listing the name, `absent_in` the copy before it (which does not; absent when
    /// `first_seen` is our earliest copy, so the name may be older), `last_seen` the last copy
    /// listing it and `gone_by` the first copy after that without it (both absent while current).
    public struct NameTenure: Encodable, Sendable {
        public var serviceName: String
        public var firstSeen: String
        /// The format of the copy `first_seen` names: `rfc1340`, `port-numbers`, `xml`, `text`.
        public var firstSeenIn: String
        public var absentIn: String?
        public var lastSeen: String?
        public var goneBy: String?
        /// Whether every copy from `first_seen` to `last_seen` (or now) lists it.
        public var inEveryCopy: Bool
        /// `appeared-between-copies` when `absent_in` bounds it, else `seen-since-earliest-copy`.
        public var firstSeenKind: String

        public init(_ tenure: PortRegistry.NameTenure) {
            serviceName = tenure.serviceName
            firstSeen = tenure.firstSeen.date
            firstSeenIn = tenure.firstSeen.format.rawValue
            absentIn = tenure.absentBefore?.date
            lastSeen = tenure.lastSeen?.date
            goneBy = tenure.goneBy?.date
            inEveryCopy = tenure.inEveryCopy
            firstSeenKind = tenure.absentBefore == nil ? "seen-since-earliest-copy" : "appeared-between-copies"
        }
    }
}
