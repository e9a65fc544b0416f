import PortReport

/// `/metrics`: the host's listeners and findings for Prometheus, written by the same printer as
/// `portlore ls --prometheus`, from the same session (names in docs/server.md).
enum MetricsPage {
    static func render(view: HostView, session: PortSession, version: String) -> String {
        var body = CollectedBytes()
        _ = session.printer(for: .prometheus(version: version)).print(.judged(view.listing), of: view.scan, to: &body)
        return body.text
    }
}
