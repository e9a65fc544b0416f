import FeedbackStore
import Hummingbird
import Logging
import NIOCore
import PortRegistry

/// "Was this page helpful?": the form posts (`/ports/N/feedback`, `/th/ports/N/feedback`), the
/// public tally (`/api/v1/ports/N/feedback`) and the comments, which need the token
/// (`/api/v1/feedback`). Registered in host and public mode alike; none of them reads the host.
struct FeedbackRoutes {
    let state: ServerState

    /// Largest form body: a 500-character comment in Thai, percent-encoded, is about 4.5 kB.
    static let maximumBodyBytes = 8 * 1024

    func register(on router: Router<PortloreRequestContext>) {
        for language in Language.allCases {
            router.post("\(language.pathPrefix)/ports/:port/feedback") { request, context in
                try await vote(request, context, language: language)
            }
        }
        router.get("/api/v1/ports/:port/feedback") { _, context in
            let port = try singlePort(context)
            let tally = try await stored(context) { store throws(FeedbackStoreError) in try await store.tally(port: port) }
            return Response.json(tally)
        }
        router.get("/api/v1/feedback") { _, context in
            // Comments are what readers wrote: only for the operator, with the token. A server
            // without one (loopback) answers 401 too; `portlore feedback export` reads the store.
            guard state.configuration.token != nil, context.mayReadHost else {
                throw HTTPError(.unauthorized, message: "Comments need the token; start serve with --token-file and send 'Authorization: Bearer TOKEN', or run 'portlore feedback export'.")
            }
            let entries = try await stored(context) { store throws(FeedbackStoreError) in try await store.allFeedback() }
            return Response.json(FeedbackDocument(feedback: entries))
        }
    }

    private func vote(_ request: Request, _ context: PortloreRequestContext, language: Language) async throws -> Response {
        let port = try singlePort(context)
        guard FeedbackOrigin.isSameSite(request, trustsProxy: state.configuration.trustsForwardedFor) else {
            throw HTTPError(.forbidden, message: "This form may only be sent from this site's own page; open the port page and send it from there.")
        }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else {
            throw HTTPError(.badRequest, message: "Send the feedback as application/x-www-form-urlencoded with helpful=yes or helpful=no.")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: "The feedback form is larger than \(Self.maximumBodyBytes) bytes; keep the comment to 500 characters.")
        }
        let form: FeedbackForm
        do {
            form = try FeedbackForm(body: Array(buffer: body))
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
        let day = VoterKey.today()
        let address = ClientAddress.of(request, peer: context.peerAddress, trustsForwardedFor: state.configuration.trustsForwardedFor)
        _ = try await stored(context) { store throws(FeedbackStoreError) in
            let vote = try Vote(
                port: port, helpful: form.helpful, comment: form.comment, day: day,
                voter: VoterKey.make(salt: store.salt, clientAddress: address, port: port, day: day)
            )
            return try await store.record(vote)
        }
        return Response(status: .seeOther, headers: [
            .location: "\(language.pathPrefix)/ports/\(port)?thanks=1#feedback",
            .cacheControl: "no-store",
        ])
    }

    /// The one port of `/ports/N/feedback`: a range, protocol or name is a bad parameter.
    private func singlePort(_ context: PortloreRequestContext) throws -> Int {
        let path = try PortPath(port: context.parameters.get("port") ?? "", protocol: nil, maximumRangePorts: 1)
        guard case .port(let port, _) = path.query else {
            throw ServerError.badParameter(name: "port", reason: "feedback is about one port; give a number from 0 to 65535")
        }
        return Int(port.rawValue)
    }

    private func stored<T>(_ context: PortloreRequestContext, _ work: (any FeedbackStore) async throws(FeedbackStoreError) -> T) async throws -> T {
        guard let store = state.configuration.feedbackStore else {
            throw HTTPError(.serviceUnavailable, message: "This server keeps no feedback store; start it with --data-dir or --database.")
        }
        do {
            return try await work(store)
        } catch .invalidVote(let reason) {
            throw HTTPError(.badRequest, message: FeedbackStoreError.invalidVote(reason).description)
        } catch {
            context.logger.error("feedback store failed", metadata: ["error": .string(error.description)])
            throw HTTPError(.serviceUnavailable, message: error.description)
        }
    }
}

/// `/api/v1/feedback`: every vote, oldest first.
struct FeedbackDocument: Encodable {
    var feedback: [FeedbackEntry]
}
