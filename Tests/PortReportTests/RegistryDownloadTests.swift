import PortRegistry
@testable import PortReport
import Testing

/// The redirect rule of `registry update --url`: same host, never from https to http.
struct RegistryDownloadTests {
    @Test(arguments: [
        ("https://www.iana.org/a.xml", "https://www.iana.org/b.xml"),
        ("https://www.iana.org/a.xml", "https://WWW.IANA.ORG:443/b.xml"),
        ("http://127.0.0.1:8080/a", "https://127.0.0.1/a"),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:9090/b?x=1"),
        ("http://[::1]:8080/a", "http://[::1]:8081/a"),
    ])
    func followsRedirectsWithinTheHost(_ from: String, _ to: String) throws {
        try RegistryDownload.checkRedirect(from: from, to: to, origin: from)
    }

    @Test(arguments: [
        ("https://www.iana.org/a.xml", "http://www.iana.org/a.xml", "https to"),
        ("https://www.iana.org/a.xml", "https://evil.example/a.xml", "another host (evil.example)"),
        ("http://127.0.0.1:8080/a", "http://localhost:8080/a", "another host (localhost)"),
        ("http://127.0.0.1/a", "http://127.0.0.1@evil.example/a", "another host (evil.example)"),
        ("http://127.0.0.1/a", "file:///etc/passwd", "not an http or https URL"),
        ("http://127.0.0.1/a", "ftp://127.0.0.1/a", "not an http or https URL"),
    ])
    func refusesOtherRedirects(_ from: String, _ to: String, _ reason: String) {
        #expect {
            try RegistryDownload.checkRedirect(from: from, to: to, origin: from)
        } throws: { error in
            guard case .download(let url, let said) = error as? RegistryError else { return false }
            return url == from && said.contains(reason)
        }
    }

    @Test func locationsReadSchemeAndHost() {
        #expect(RegistryDownload.Location("HTTPS://User:pw@Example.ORG:8443/x") == .init(scheme: "https", host: "example.org"))
        #expect(RegistryDownload.Location("http://[::1]:80/") == .init(scheme: "http", host: "[::1]"))
        #expect(RegistryDownload.Location("http:///x") == nil)
        #expect(RegistryDownload.Location("/relative") == nil)
    }
}
