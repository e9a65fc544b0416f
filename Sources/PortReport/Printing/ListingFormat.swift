import PortRegistry

/// The form a listing is printed in, chosen once per command (or route).
public enum ListingFormat: Sendable {
    /// The table; `showsRemote` adds the remote ends of connections (`ls -a`).
    case text(style: TextStyle, showsRemote: Bool, minimumSeverity: Severity)
    case json
    case ndjson
    /// `version` is the portlore build `portlore_build_info` names.
    case prometheus(version: String)
}

extension PortSession {
    /// The printer for `format`, with this session's renderers.
    public func printer(for format: ListingFormat) -> any ListingPrinter {
        switch format {
        case .text(let style, let showsRemote, let minimumSeverity):
            TextListingPrinter(renderer: textRenderer(style: style), showsRemote: showsRemote, minimumSeverity: minimumSeverity)
        case .json:
            JSONListingPrinter(renderer: jsonRenderer())
        case .ndjson:
            JSONListingPrinter(renderer: jsonRenderer(), lines: true)
        case .prometheus(let version):
            PrometheusListingPrinter(renderer: PrometheusRenderer(version: version, registryDate: registry.registryDate))
        }
    }
}
