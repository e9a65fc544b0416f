import HTTPTypes
import Hummingbird

/// Whether a form post comes from this site's own page. Browsers send `Origin` with every POST
/// (our pages set `Referrer-Policy: same-origin`, so it is the real origin, not `null`); without
/// it, `Referer`. When either names another site, or is `null`, the post is cross-site and
/// refused. A client that sends neither is not a browser acting for someone else, and is let through.
enum FeedbackOrigin {
    static func isSameSite(_ request: Request, trustsProxy: Bool) -> Bool {
        var hosts: [String] = []
        if let authority = request.head.authority { hosts.append(authority.lowercased()) }
        if trustsProxy, let forwarded = request.headers[HTTPField.Name("X-Forwarded-Host")!] {
            hosts.append(contentsOf: forwarded.split(separator: ",").map { $0.filter { $0 != " " }.lowercased() })
        }
        if let origin = request.headers[HTTPField.Name("Origin")!] {
            guard let authority = authority(of: origin) else { return false }
            return hosts.contains(authority)
        }
        if let referer = request.headers[HTTPField.Name("Referer")!] {
            guard let authority = authority(of: referer) else { return false }
            return hosts.contains(authority)
        }
        return true
    }

    /// `example.org:8080` from `https://example.org:8080/ports/1302`; `nil` for `null` or no scheme.
    static func authority(of url: String) -> String? {
        let parts = url.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<end].lowercased()
        return authority.isEmpty ? nil : authority
    }
}
