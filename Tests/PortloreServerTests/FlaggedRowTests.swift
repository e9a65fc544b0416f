import HostInventory
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PortloreServer

/// Info findings are shown as info: no red bar, not counted as flagged.
struct FlaggedRowTests {
    /// A legacy exporter on de-assigned 1302 (warnings) and an in-house service on unassigned
    /// 13020 whose only finding is info.
    static let snapshot = HostSnapshot(
        listeners: [
            Fixtures.listener(port: 1302, owner: .processes([Fixtures.process(pid: 4242, name: "legacy-export", commandLine: ["/opt/legacy/exporter"], executable: "/opt/legacy/exporter")])),
            Fixtures.listener(port: 13020, owner: .processes([Fixtures.process(pid: 5151, name: "inhouse", commandLine: ["/usr/bin/inhouse"], executable: "/usr/bin/inhouse")])),
        ],
        isRoot: true, scannedNamespaces: []
    )

    @Test(arguments: ["/", "/listening"])
    func infoOnlyRowsAreNotFlagged(_ uri: String) async throws {
        try await Fixtures.application(Fixtures.configuration(snapshot: Self.snapshot)).test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: [.accept: "text/html"]) { response in
                let page = response.text
                #expect(response.status == .ok)
                let rows = page.split(separator: "<tr").dropFirst()
                let legacy = try #require(rows.first { $0.contains("/ports/1302/tcp") })
                let inhouse = try #require(rows.first { $0.contains("/ports/13020/tcp") })
                #expect(legacy.hasPrefix(" class=\"flagged\""), "the de-assigned port is flagged")
                #expect(!inhouse.hasPrefix(" class=\"flagged\""), "an info finding is not: \(inhouse.prefix(200))")
                #expect(inhouse.contains("port-unassigned"), "the info finding is still listed")
                #expect(page.contains("2 listening sockets, 1 flagged"))
            }
        }
    }
}
