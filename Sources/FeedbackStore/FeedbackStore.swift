/// Where reader feedback lives. One protocol, two stores: `SQLiteFeedbackStore` (embedded, under
/// `--data-dir`) and `PostgresFeedbackStore` (`--database postgres://...`, shared by replicas).
/// The same tests run against both (Tests/FeedbackStoreTests).
///
/// A store returns from `record` only after the vote is durable: a crash or `kill -9` right
/// after an acknowledged vote loses nothing.
public protocol FeedbackStore: Sendable {
    /// The random salt of voter keys, generated once per store and kept in it.
    var salt: [UInt8] { get }

    /// Records a vote unless this voter already voted on this port today; true when it counted.
    func record(_ vote: Vote) async throws(FeedbackStoreError) -> Bool

    /// Yes and no votes on a port.
    func tally(port: Int) async throws(FeedbackStoreError) -> Tally

    /// Every vote, oldest first, without voter keys: for export and the token-only API.
    func allFeedback() async throws(FeedbackStoreError) -> [FeedbackEntry]

    /// Closes connections; the store answers nothing afterwards.
    func close() async
}

/// One reader's answer to "Was this page helpful?".
public struct Vote: Sendable, Equatable {
    /// Comments longer than this are refused.
    public static let maximumCommentCharacters = 500

    public let port: Int
    public let helpful: Bool
    /// `nil` when the reader wrote nothing (spaces only counts as nothing).
    public let comment: String?
    /// The UTC day of the vote, `2026-12-01`.
    public let day: String
    /// Hex SHA-256 of salt, client address, port and day (`VoterKey`); never the address itself.
    public let voter: String

    public init(port: Int, helpful: Bool, comment: String?, day: String, voter: String) throws(FeedbackStoreError) {
        guard (0...65535).contains(port) else { throw .invalidVote("port \(port) is not between 0 and 65535") }
        let trimmed = comment.map(Self.trim)
        if let trimmed, trimmed.count > Self.maximumCommentCharacters {
            throw .invalidVote("the comment has \(trimmed.count) characters; at most \(Self.maximumCommentCharacters) are kept")
        }
        self.port = port
        self.helpful = helpful
        self.comment = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.day = day
        self.voter = voter
    }

    static func trim(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// The votes on one port: `{"yes": n, "no": m}`.
public struct Tally: Sendable, Equatable, Codable {
    public var yes: Int
    public var no: Int

    public init(yes: Int, no: Int) {
        self.yes = yes
        self.no = no
    }
}

/// One stored vote as export and `/api/v1/feedback` show it.
public struct FeedbackEntry: Sendable, Equatable, Codable {
    public var port: Int
    public var helpful: Bool
    public var comment: String?
    public var day: String

    public init(port: Int, helpful: Bool, comment: String?, day: String) {
        self.port = port
        self.helpful = helpful
        self.comment = comment
        self.day = day
    }

    private enum CodingKeys: String, CodingKey { case port, helpful, comment, day }

    /// `comment` is always present, `null` when the reader wrote none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(port, forKey: .port)
        try container.encode(helpful, forKey: .helpful)
        if let comment { try container.encode(comment, forKey: .comment) } else { try container.encodeNil(forKey: .comment) }
        try container.encode(day, forKey: .day)
    }
}
