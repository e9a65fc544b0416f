import HostInventory
import PortRegistry
import PortReport

/// `/metrics`: the host's listeners and findings for Prometheus, written by the same
/// `PrometheusRenderer` as `portlore ls --prometheus` (names in docs/server.md).
enum MetricsPage {
    static func render(view: HostView, registry: Registry, version: String) -> String {
        PrometheusRenderer(version: version, registryDate: registry.registryDate).render(
            listing: view.listing,
            scan: PrometheusRenderer.Scan(isRoot: view.snapshot.isRoot, seconds: view.scanSeconds, finishedAt: view.scannedAt)
        )
    }
}
