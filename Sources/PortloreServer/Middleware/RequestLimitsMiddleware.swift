import Hummingbird
import Logging
import NIOCore

/// Size limits. Every route is a GET without a body: a body, a long URL or a long header list
/// is refused with 413 before any work. (NIO's parser caps header sizes on the wire as well;
/// the time limit sits where a request can wait, on the host scan: `ServerState`.)
struct RequestLimitsMiddleware: RouterMiddleware {
    typealias Context = PortloreRequestContext
    let maximumBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maximumBytes {
            throw ServerError.requestTooLarge(limit: maximumBytes)
        }
        if request.uri.description.utf8.count > maximumBytes / 4 {
            throw ServerError.requestTooLarge(limit: maximumBytes / 4)
        }
        var headerBytes = 0
        for field in request.headers { headerBytes += field.name.rawName.utf8.count + field.value.utf8.count + 4 }
        if headerBytes > maximumBytes {
            throw ServerError.requestTooLarge(limit: maximumBytes)
        }
        var request = request
        if request.headers[.contentLength] == nil, request.headers[.transferEncoding] != nil {
            // A chunked body: read at most the limit, then refuse. The body read is kept for the
            // route (the feedback form is the one route that takes a body).
            do {
                _ = try await request.collectBody(upTo: maximumBytes)
            } catch let error as NIOTooManyBytesError {
                throw error
            } catch {
                // The body could not be read as HTTP/1.1 frames it: a bad chunk size or line,
                // a transfer coding other than chunked. The client's fault (400), not ours (500).
                context.logger.notice("refused a malformed request body", metadata: [
                    "path": .string(request.uri.path), "transfer-encoding": .string(request.headers[.transferEncoding] ?? ""),
                    "error": .string("\(error)"),
                ])
                throw HTTPError(.badRequest, message: "The request body is malformed (its transfer coding or chunk framing is not valid HTTP/1.1); send it again without a body.")
            }
        }
        return try await next(request, context)
    }
}
