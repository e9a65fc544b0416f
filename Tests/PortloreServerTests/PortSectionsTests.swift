import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortRegistry
import Testing
@testable import PortloreServer

/// What the seed page has and the port page now shows too: the tiers, the quiet ports, the
/// timeline, and the FAQ as structured data.
// Serialized: each case renders whole pages in a debug build, and the host-mode suites
// beside it answer from the same two-thread concurrency pool within a 10 s limit.
@Suite(.serialized)
struct PortSectionsTests {
    @Test(arguments: [(80, "0-1023"), (1302, "1024-49151"), (50000, "49152-65535"), (1023, "0-1023"), (1024, "1024-49151"), (49151, "1024-49151"), (49152, "49152-65535")])
    func theTiersMarkThisPort(_ port: Int, _ range: String) async throws {
        let page = try await SitePage.get("/ports/\(port)").body
        let current = SitePage.between("<li class=\"tier current\"", "</li>", in: page)
        #expect(current.count == 1, "port \(port): one tier is marked")
        #expect(current.first?.contains(range) == true, "port \(port) is in \(range)")
        #expect(current.first?.contains("Port \(port) is here") == true)
        #expect(SitePage.between("<li class=\"tier", "</li>", in: page).count == 3)
        for words in ["CAP_NET_BIND_SERVICE", "IETF Review", "expert reviews", "IANA never assigns these ports"] {
            #expect(page.contains(words))
        }
        let thai = try await SitePage.get("/th/ports/\(port)").body
        #expect(SitePage.between("<li class=\"tier current\"", "</li>", in: thai).first?.contains("พอร์ต \(port) อยู่ในช่วงนี้") == true)
    }

    /// 1302's kin is 1301: ci3-software-1, the same contact, de-assigned the same day.
    @Test func quietPortsOf1302() async throws {
        let page = try await SitePage.get("/ports/1302").body
        let quiet = try #require(SitePage.between("<h2 id=\"quiet\">", "<h2", in: page).first)
        let kin = try #require(SitePage.between("<ul class=\"kin\">", "</ul>", in: quiet).first)
        let first = try #require(SitePage.between("<li>", "</li>", in: kin).first)
        #expect(first.contains("href=\"/ports/1301\""))
        #expect(first.contains("ci3-software-1"))
        #expect(first.contains("same contact (Kelli Watson)") || first.contains("same assignee or contact (Kelli Watson)"))
        #expect(first.contains("de-assigned the same day (2019-10-30)"))
        let thai = try await SitePage.get("/th/ports/1302").body
        #expect(thai.contains("ถูกยกเลิกการกำหนดในวันเดียวกัน (30 ต.ค. 2019)"))
    }

    /// The nearest assigned ports, checked against the registry port by port.
    @Test(arguments: [1302, 443, 13020, 50000, 1])
    func nearestAssignedPorts(_ port: Int) async throws {
        let registry = Fixtures.registry
        func assigned(_ candidate: Int) -> Bool {
            registry.currentRecords(covering: Port(rawValue: UInt16(candidate)), transport: nil).contains { !$0.serviceName.isEmpty }
        }
        let below = stride(from: port - 1, through: 0, by: -1).first(where: assigned)
        let above = (port < 65535 ? Array((port + 1)...65535) : []).first(where: assigned)
        let page = try await SitePage.get("/ports/\(port)").body
        let neighbours = try #require(SitePage.between("<ul class=\"neighbours\">", "</ul>", in: page).first)
        let items = SitePage.between("<li>", "</li>", in: neighbours)
        #expect(items.count == 2)
        if let below {
            #expect(items[0].contains("Below: <a href=\"/ports/\(below)\">"), "port \(port): below is \(below): \(items[0])")
        } else {
            #expect(items[0].contains("Below: none"))
        }
        if let above {
            #expect(items[1].contains("Above: <a href=\"/ports/\(above)\">"), "port \(port): above is \(above): \(items[1])")
        } else {
            #expect(items[1].contains("Above: none"))
        }
    }

    @Test func timelineOf1302() async throws {
        let page = try await SitePage.get("/ports/1302").body
        let svg = try #require(SitePage.between("<svg class=\"timeline-svg\"", "</svg>", in: page).first)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"timeline-title timeline-desc\""))
        #expect(svg.contains("<title id=\"timeline-title\">Timeline of port 1302</title>"))
        let description = try #require(SitePage.between("<desc id=\"timeline-desc\">", "</desc>", in: svg).first)
        // A window between two copies, never a made-up date; the date IANA stated is a date.
        #expect(description.contains("ci3-software-2 (tcp, udp)"))
        #expect(description.contains("went away between 2019-10-17 and 2019-10-30"))
        #expect(description.contains("Today: de-assigned on 2019-10-30 (IANA&#39;s note)"))
        #expect(svg.contains("class=\"window gone\""))
        #expect(svg.contains("class=\"listed former\""))
        #expect(svg.contains("class=\"stated\""))
        #expect(!svg.contains("<script"))
        let thai = try await SitePage.get("/th/ports/1302").body
        #expect(thai.contains("<title id=\"timeline-title\">เส้นเวลาของพอร์ต 1302</title>"))
        #expect(thai.contains("หายไประหว่าง 17 ต.ค. 2019 ถึง 30 ต.ค. 2019"))
    }

    @Test func aPortNoCopyNamesHasAnEmptyTimeline() async throws {
        let page = try await SitePage.get("/ports/13020").body
        let svg = try #require(SitePage.between("<svg class=\"timeline-svg\"", "</svg>", in: page).first)
        #expect(svg.contains("No copy we hold names a service here."))
        #expect(!svg.contains("<rect"))
    }

    struct FAQDocument: Decodable {
        var context: String
        var type: String
        var inLanguage: String
        var mainEntity: [Question]
        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", inLanguage, mainEntity
        }
        struct Question: Decodable {
            var type: String
            var name: String
            var acceptedAnswer: Answer
            enum CodingKeys: String, CodingKey { case type = "@type", name, acceptedAnswer }
        }
        struct Answer: Decodable { var text: String }
    }

    /// The FAQPage JSON-LD holds the questions the page shows, in the page's language.
    @Test(arguments: ["/ports/1302", "/th/ports/1302", "/ports/443", "/th/ports/22"])
    func faqStructuredData(_ path: String) async throws {
        let page = try await SitePage.get(path).body
        let json = try #require(SitePage.between("<script type=\"application/ld+json\">", "</script>", in: page).first)
        let document = try JSONDecoder().decode(FAQDocument.self, from: Data(json.utf8))
        #expect(document.context == "https://schema.org")
        #expect(document.type == "FAQPage")
        #expect(document.inLanguage == (path.hasPrefix("/th/") ? "th" : "en"))
        let faq = try #require(SitePage.between("<div class=\"faq\">", "</div>", in: page).first)
        let shown = SitePage.between("<h3>", "</h3>", in: faq).map { SitePage.visibleText($0) }
        #expect(document.mainEntity.map(\.name) == shown)
        #expect(shown.count >= 6)
        for question in document.mainEntity {
            #expect(question.type == "Question")
            #expect(!question.acceptedAnswer.text.isEmpty)
            #expect(!question.acceptedAnswer.text.contains("<"), "answers are plain text")
            if path.hasPrefix("/th/") { #expect(SitePage.containsThai(question.name)) }
        }
    }
}
