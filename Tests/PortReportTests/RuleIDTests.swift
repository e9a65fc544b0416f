import FoundationEssentials
import HostInventory
import PortRegistry
import PortReport
import Testing

/// A rule's names are the names of the findings it emits: what allowlists, JSON, metrics and
/// docs/findings.md spell.
struct RuleIDTests {
    @Test func everyNameBelongsToExactlyOneStandardRule() {
        let emitted = RuleBook.standardRules.flatMap(\.emits)
        #expect(emitted.count == Set(emitted).count, "no name is claimed by two rules")
        #expect(Set(emitted) == Set(RuleID.all))
    }

    /// Listeners that set off every rule: each finding a rule raises carries one of its own names.
    @Test func rulesEmitOnlyTheirOwnNames() {
        let listeners = [
            Fixture.listener(port: 1302, ip: "0.0.0.0", owner: .processes([Fixture.process("nc", uid: 0, user: "root", executable: "/tmp/.x/nc")])),
            Fixture.listener(port: 22, owner: .processes([Fixture.process("python3", uid: 1000, executable: "/memfd:payload")])),
            Fixture.listener(port: 6379, ip: "0.0.0.0", owner: .processes([Fixture.process("kworker/0:1", executable: "/usr/bin/x", deleted: true)])),
            Fixture.listener(port: 1023, owner: .hidden),
            Fixture.listener(port: 8080, owner: .none),
            Fixture.listener(port: 1021, owner: .processes([Fixture.process("sshd")])),
        ]
        var seen = Set<RuleID>()
        for listener in listeners {
            let context = Fixture.context(listener, isRoot: true)
            for rule in RuleBook.standardRules {
                var findings: [Finding] = []
                rule.evaluate(context, into: &findings)
                for finding in findings {
                    #expect(rule.emits.contains(finding.rule), "\(type(of: rule)) raised \(finding.rule)")
                    seen.insert(finding.rule)
                }
            }
        }
        #expect(seen.count >= 8, "the fixtures set off most rules: \(seen.sorted())")
    }

    @Test func docsDescribeEveryName() throws {
        let docs = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "docs/findings.md")
        let text = String(decoding: try Data(contentsOf: docs), as: UTF8.self)
        for name in RuleID.all {
            #expect(text.contains("### `\(name)`"), "docs/findings.md has no section for \(name)")
        }
    }

    @Test func allowlistNamesAreFindingNames() throws {
        let allowlist = try Allowlist(parsing: "rule=port-deassigned port=1302/tcp\n", path: "allow")
        let finding = Finding(rule: .portDeassigned, severity: .warning, reason: "1302/tcp was de-assigned")
        #expect(allowlist.allows(finding, on: Fixture.listener(port: 1302, owner: .none)))
        #expect(!allowlist.allows(Finding(rule: .portReserved, severity: .notice, reason: "x"), on: Fixture.listener(port: 1302, owner: .none)))
    }
}
