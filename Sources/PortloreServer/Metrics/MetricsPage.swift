import HostInventory
import PortRegistry
import PortReport

/// `/metrics`: the host's listeners and findings for Prometheus, written by the same
/// `PrometheusRenderer` as `portlore ls --prometheus` (names in docs/server.md).
enum MetricsPage {
    static func render(view: HostView, registry: Registry, version: String) -> String {
        var body = CollectedBytes()
        let printer = PrometheusListingPrinter(renderer: PrometheusRenderer(version: version, registryDate: registry.registryDate))
        _ = printer.print(.judged(view.listing), of: view.scan, to: &body)
        return body.text
    }
}
