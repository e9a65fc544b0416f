import Foundation
import HostInventory
import PortRegistry
import PortReport
import Testing

/// Each listing format, chosen once, writes into a byte sink; judged or to-be-judged rows print the same.
struct ListingPrinterTests {
    static let listeners = [
        Fixture.listener(port: 8080, owner: .processes([Fixture.process("web", pid: 200)])),
        Fixture.listener(port: 1302, owner: .processes([Fixture.process("legacy-exporter", pid: 4242)])),
    ]

    static func listing() throws -> HostListing {
        let session = PortSession(registry: .embedded, rules: RuleBook(), inventory: ScriptedHost(listeners))
        return try session.listing(ListenerFilter(), options: InventoryOptions())
    }

    static let formats: [ListingFormat] = [
        .text(style: .plain, showsRemote: false, minimumSeverity: .notice), .json, .ndjson, .prometheus(version: "9.9.9"),
    ]

    @Test(arguments: 0..<4)
    func judgedAndToJudgeRowsPrintTheSame(format: Int) throws {
        let listing = try Self.listing()
        let session = PortSession(registry: .embedded, rules: RuleBook(), inventory: ScriptedHost([]))
        let printer = session.printer(for: Self.formats[format])
        var streamed = CollectedBytes()
        let first = printer.print(.toJudge(listing.judge), of: listing.scan, to: &streamed)
        var whole = CollectedBytes()
        let second = printer.print(.judged(listing.judge.entries()), of: listing.scan, to: &whole)
        #expect(streamed.bytes == whole.bytes)
        #expect(first == second)
        #expect(first.worst == .warning, "1302 is de-assigned: a warning")
        #expect(streamed.text.contains("1302"))
    }

    @Test func jsonDocumentAndLinesCarryEverySocketInDisplayOrder() throws {
        let listing = try Self.listing()
        let session = PortSession(registry: .embedded, rules: RuleBook(), inventory: ScriptedHost([]))
        var document = CollectedBytes()
        _ = session.printer(for: .json).print(.toJudge(listing.judge), of: listing.scan, to: &document)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.bytes)) as? [String: Any])
        #expect(object["schema"] as? String == "portlore/1")
        let ports = (object["listeners"] as? [[String: Any]])?.map { $0["port"] as? Int }
        #expect(ports == [1302, 8080])

        var lines = CollectedBytes()
        _ = session.printer(for: .ndjson).print(.toJudge(listing.judge), of: listing.scan, to: &lines)
        let split = lines.text.split(separator: "\n")
        #expect(split.count == 2)
        let firstLine = try #require(try JSONSerialization.jsonObject(with: Data(split[0].utf8)) as? [String: Any])
        #expect(firstLine["port"] as? Int == 1302)
    }

    @Test func prometheusNamesTheScan() throws {
        let listing = try Self.listing()
        let session = PortSession(registry: .embedded, rules: RuleBook(), inventory: ScriptedHost([]))
        var metrics = CollectedBytes()
        _ = session.printer(for: .prometheus(version: "9.9.9")).print(.toJudge(listing.judge), of: listing.scan, to: &metrics)
        #expect(metrics.text.contains(#"portlore_build_info{version="9.9.9"} 1"#))
        #expect(metrics.text.contains(#"portlore_finding{rule="port-deassigned",severity="warning",port="1302""#))
    }

    @Test func textNotesWhatTheScanCouldNotSee() throws {
        let hidden = Fixture.listener(port: 9000, owner: .hidden)
        let session = PortSession(registry: .embedded, rules: RuleBook(), inventory: ScriptedHost([hidden], isRoot: false))
        let listing = try session.listing(ListenerFilter(), options: InventoryOptions())
        var page = CollectedBytes()
        let printed = session.printer(for: .text(style: .plain, showsRemote: false, minimumSeverity: .notice))
            .print(.toJudge(listing.judge), of: listing.scan, to: &page)
        #expect(page.text.contains("9000"))
        #expect(!printed.notes.isEmpty, "a hidden owner without root is worth a note")
    }
}
