import HTTPTypes
import Hummingbird

/// The address a vote is counted under. It is the peer of the TCP connection, unless the
/// operator said (`serve --trust-forwarded-for`) that a proxy stands in front: then it is the
/// last address in `X-Forwarded-For`, the one that proxy appended. Earlier entries are whatever
/// the client claimed and are never used. The address goes only into `VoterKey`'s hash.
enum ClientAddress {
    static func of(_ request: Request, peer: String?, trustsForwardedFor: Bool) -> String {
        if trustsForwardedFor, let forwarded = request.headers[values: HTTPField.Name("X-Forwarded-For")!].last,
           let last = forwarded.split(separator: ",").last {
            let address = last.filter { $0 != " " }
            if !address.isEmpty { return String(address) }
        }
        return peer ?? ""
    }
}
