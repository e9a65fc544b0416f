/// Which bind addresses keep the server on this machine.
public enum BindAddressPolicy {
    /// `127.0.0.0/8`, `::1` and `localhost`. Anything else, `0.0.0.0` and `::` above all, is
    /// reachable from other machines.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "::1" || lowered == "[::1]" { return true }
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.utf8.count <= 3 && part.utf8.allSatisfy { (0x30...0x39).contains($0) } && Int(part)! <= 255
        }
    }
}
