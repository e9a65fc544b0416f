import PortRegistry
import PortloreSystem

/// The secret that guards host data when the server is reachable from other machines. It comes
/// from a file or the environment, never from the command line, where every user can read it
/// in /proc/PID/cmdline.
public struct BearerToken: Sendable, Equatable {
    public static let environmentVariable = "PORTLORE_TOKEN"
    static let minimumLength = 16

    let value: [UInt8]

    public init?(_ text: String) {
        let trimmed = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map { String($0).trimmingWhitespace } ?? ""
        guard trimmed.utf8.count >= Self.minimumLength else { return nil }
        value = Array(trimmed.utf8)
    }

    /// The token in `path` (its first line), else in `$PORTLORE_TOKEN`, else none.
    public static func load(path: String?, environment: [String: String]) throws(ServerError) -> BearerToken? {
        if let path {
            // The first 4 KiB: a token is one short line.
            guard let bytes = try? FileContents.prefix(path, count: 4096) else {
                throw .unreadableToken(path: path, reason: "cannot open it")
            }
            guard let token = BearerToken(String(decoding: bytes, as: UTF8.self)) else {
                throw .unreadableToken(path: path, reason: "shorter than \(minimumLength) characters")
            }
            return token
        }
        if let text = environment[environmentVariable], !text.isEmpty {
            guard let token = BearerToken(text) else {
                throw .unreadableToken(path: "$" + environmentVariable, reason: "shorter than \(minimumLength) characters")
            }
            return token
        }
        return nil
    }

    /// A warning when other users can read the token file at `path` (group or world read bit):
    /// anyone who can read it can read the host data the token guards. nil when the file is
    /// private (or cannot be examined, which `load` reports).
    public static func permissionWarning(path: String) -> String? {
        guard let mode = FileStatus.permissionBits(of: path), mode & 0o044 != 0 else { return nil }
        let who = mode & 0o004 != 0 ? "every user" : "its group"
        return "the token file \(path) can be read by \(who) (mode \(String(mode, radix: 8))); run chmod 600 \(path) so only its owner can."
    }

    /// Whether an `Authorization` header value carries this token, compared in constant time.
    func accepts(authorization: String) -> Bool {
        let prefix = "bearer "
        guard authorization.utf8.count > prefix.utf8.count,
              authorization.prefix(prefix.count).lowercased() == prefix else { return false }
        let given = Array(authorization.utf8.dropFirst(prefix.utf8.count))
        guard given.count == value.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(given, value) { difference |= left ^ right }
        return difference == 0
    }
}
