import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortRegistry
import Testing
@testable import PortloreServer

/// robots.txt, the sitemap index and its files, and `/map`.
@Suite(.serialized)
struct SitemapAndMapTests {
    static let origin = "https://ports.example.org"

    /// The text of every `<element>...</element>`, by a byte scan (the files are megabytes).
    static func values(of element: String, in text: String) -> [String] {
        let bytes = Array(text.utf8), open = Array("<\(element)>".utf8), close = UInt8(ascii: "<")
        var values: [String] = []
        var index = 0
        while let start = find(open, in: bytes, from: index) {
            var end = start + open.count
            while end < bytes.count, bytes[end] != close { end += 1 }
            values.append(String(decoding: bytes[(start + open.count)..<end], as: UTF8.self))
            index = end
        }
        return values
    }

    static func count(_ needle: String, in text: String) -> Int {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        var count = 0, index = 0
        while let found = find(pattern, in: bytes, from: index) {
            count += 1
            index = found + pattern.count
        }
        return count
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    @Test func robotsAllowThePagesAndNameTheSitemap() async throws {
        try await Fixtures.application(PageCacheTests.publicConfiguration()).test(.router) { client in
            let response = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            let lines = String(buffer: response.body).split(separator: "\n").map(String.init)
            #expect(lines.contains("User-agent: *"))
            #expect(lines.contains("Allow: /"))
            #expect(lines.contains("Disallow: /api/"))
            #expect(!lines.contains("Disallow: /ports/") && !lines.contains("Disallow: /th/"))
            #expect(lines.contains("Sitemap: \(Self.origin)/sitemap.xml"))
        }
    }

    /// The union of every file's URLs is every port in both languages, home, the map and every
    /// current service, each once; no file holds more than 50,000.
    @Test func sitemapReachesEveryPortInBothLanguages() async throws {
        let registry = Fixtures.registry
        var expected = Set<String>()
        var services = Set<String>()
        for record in registry.allVersions() where record.isCurrent && !record.serviceName.isEmpty {
            services.insert(record.serviceName.lowercased())
        }
        #expect(services.count > 5000)
        for language in Language.allCases {
            let prefix = Self.origin + language.pathPrefix
            for port in 0...65535 { expected.insert("\(prefix)/ports/\(port)") }
            expected.insert("\(prefix)/")
            expected.insert("\(prefix)/map")
        }
        let expectedURLs = expected, serviceCount = services.count
        try await Fixtures.application(PageCacheTests.publicConfiguration()).test(.router) { client in
            let index = try await client.execute(uri: "/sitemap.xml", method: .get)
            #expect(index.status == .ok)
            #expect(index.headers[.contentType] == "application/xml; charset=utf-8")
            let indexText = String(buffer: index.body)
            #expect(indexText.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            #expect(Self.values(of: "lastmod", in: indexText).allSatisfy { $0 == registry.registryDate })
            let files = Self.values(of: "loc", in: indexText)
            #expect(files.count == 17)
            var seen = Set<String>()
            var repeated: [String] = []
            var serviceURLs = 0
            for file in files {
                #expect(file.hasPrefix(Self.origin + "/sitemap"))
                let response = try await client.execute(uri: String(file.dropFirst(Self.origin.count)), method: .get)
                #expect(response.status == .ok, "\(file)")
                let text = String(buffer: response.body)
                let urls = Self.values(of: "loc", in: text)
                #expect(urls.count <= Sitemap.maximumURLsPerFile, "\(file)")
                #expect(text.utf8.count < 50_000_000, "sitemaps.org's 50 MB")
                #expect(Self.count("<url>", in: text) == urls.count)
                #expect(Self.count("hreflang=", in: text) == 2 * urls.count, "every URL names both languages")
                for url in urls {
                    if !seen.insert(url).inserted { repeated.append(url) }
                    if url.contains("/services/") { serviceURLs += 1 }
                }
            }
            #expect(repeated.isEmpty, "each URL once")
            let ports = seen.filter { !$0.contains("/services/") }
            #expect(ports == expectedURLs, "extra: \(ports.subtracting(expectedURLs).prefix(5)), missing: \(expectedURLs.subtracting(ports).prefix(5))")
            #expect(serviceURLs == 2 * serviceCount)
            #expect(seen.contains(Self.origin + "/services/mysql") && seen.contains(Self.origin + "/th/services/mysql"))
            #expect(seen.contains(Self.origin + "/th/ports/1302") && seen.contains(Self.origin + "/ports/65535"))
            // The Thai page of 1302 names its English twin.
            let thai = try await client.execute(uri: "/sitemap-ports-th-1.xml", method: .get)
            #expect(String(buffer: thai.body).contains(
                "<url><loc>\(Self.origin)/th/ports/1302</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"\(Self.origin)/ports/1302\"/><xhtml:link rel=\"alternate\" hreflang=\"th\" href=\"\(Self.origin)/th/ports/1302\"/></url>"
            ))
            let missing = try await client.execute(uri: "/sitemap-ports-en-9.xml", method: .get)
            #expect(missing.status == .notFound)
        }
    }

    @Test func sitemapWithoutSiteURLUsesAPlainHost() async throws {
        try await Fixtures.application().test(.live) { client in
            let port = try #require(client.port)
            func robots(host: String) async throws -> String {
                try await RawHTTP.exchange("GET /robots.txt HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n", port: port)
            }
            #expect(try await robots(host: "ports.example.net:8080").contains("\nSitemap: http://ports.example.net:8080/sitemap.xml\n"))
            #expect(try await robots(host: "evil'<x>").contains("\nSitemap: http://localhost/sitemap.xml\n"))
            #expect(try await robots(host: "ports.example.net:8080").contains("Sitemap: http://ports.example.net:8080/sitemap.xml"), "cached per host")
        }
    }

    @Test func mapHasEveryPortColouredByStatus() async throws {
        let map = PortMap(registry: Fixtures.registry)
        #expect(map.counts.reduce(0, +) == 65_536)
        #expect(map.cells[1302] == .deassigned)
        #expect(map.cells[80] == .assigned)
        #expect(map.cells[0] == .reserved)
        #expect(map.cells[60000] == .dynamic)
        #expect(map.count(.mixed) > 0 && map.count(.deassigned) > 0 && map.count(.unassigned) > 0)
        var grid = "aria-label"
        for (port, cell) in map.cells.enumerated() {
            grid += cell.className.isEmpty ? "<a href=ports/\(port)>\(port)</a>" : "<a href=ports/\(port) class=\(cell.className)>\(port)</a>"
        }
        grid = String(grid.dropFirst("aria-label".count)) + "</nav>"
        let expectedGrid = grid
        try await Fixtures.application(PageCacheTests.publicConfiguration()).test(.router) { client in
            let grid = expectedGrid
            for language in Language.allCases {
                let response = try await client.execute(uri: language.pathPrefix + "/map", method: .get)
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<html lang=\"\(language.rawValue)\">"))
                #expect(page.contains("<title>\(MapText.title[language]) · portlore</title>"))
                #expect(!page.contains("<script"))
                #expect(Self.count("<a href=ports/", in: page) == 65_536)
                #expect(Self.find(Array(grid.utf8), in: Array(page.utf8), from: 0) != nil, "every port in order, with its status's class")
                for kind in PortMap.Cell.allCases {
                    #expect(page.contains("<td class=\"num\">\(PortMapPage.grouped(map.count(kind)))</td>"), "\(kind)")
                }
                #expect(grid.utf8.count / 65_536 <= 40, "cells average \(grid.utf8.count / 65_536) bytes")
                #expect(page.utf8.count - grid.utf8.count < 8_000, "the rest of the page is small")
            }
            let css = try await client.execute(uri: "/static/map.css", method: .get)
            #expect(String(buffer: css.body).contains(".portmap"))
        }
    }
}
