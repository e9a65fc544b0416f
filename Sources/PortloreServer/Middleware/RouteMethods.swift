import HTTPTypes
import Hummingbird
import Synchronization

/// Which methods each route answers, so that a request with another method gets 405 and an
/// `Allow` header instead of 404. Filled from `Router.routes` once every route is added (the
/// middleware that reads it is added before the routes); read only when a route was not found.
final class RouteMethods: Sendable {
    private let routes = Mutex<[(path: [RouterPath.Element], methods: Set<HTTPRequest.Method>)]>([])

    func record(_ descriptions: [Router<PortloreRequestContext>.RouteDescription]) {
        var byPath: [String: (path: [RouterPath.Element], methods: Set<HTTPRequest.Method>)] = [:]
        for route in descriptions {
            byPath[route.path.description, default: (route.path.components, [])].methods.insert(route.method)
        }
        routes.withLock { $0 = Array(byPath.values) }
    }

    /// The methods some route answers at `path`, `GET` implying `HEAD`; empty when none does.
    func allowed(at path: String) -> Set<HTTPRequest.Method> {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.withLock { routes in
            var allowed = Set<HTTPRequest.Method>()
            for route in routes where Self.matches(route.path, segments) {
                allowed.formUnion(route.methods)
            }
            if allowed.contains(.get) { allowed.insert(.head) }
            return allowed
        }
    }

    /// `Allow`'s value: the methods in a fixed order.
    static func headerValue(_ methods: Set<HTTPRequest.Method>) -> String {
        let order: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options]
        return (order.filter(methods.contains) + methods.filter { !order.contains($0) }.sorted { $0.rawValue < $1.rawValue })
            .map(\.rawValue).joined(separator: ", ")
    }

    private static func matches(_ pattern: [RouterPath.Element], _ segments: [Substring]) -> Bool {
        var index = 0
        for element in pattern {
            if element.description == "**" { return true }
            guard index < segments.count, element ~= segments[index] else { return false }
            index += 1
        }
        return index == segments.count
    }
}

/// A request whose method the route does not answer: 405 with `Allow`.
struct MethodNotAllowed: Error, Sendable {
    var method: HTTPRequest.Method
    var allowed: Set<HTTPRequest.Method>

    var description: String {
        "\(method.rawValue) is not answered here; use \(RouteMethods.headerValue(allowed))."
    }
}
