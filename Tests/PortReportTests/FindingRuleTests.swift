import HostInventory
import PortRegistry
import PortReport
import Testing

struct RegistryStatusRuleTests {
    @Test func deassignedPortNamesWhatItWas() throws {
        let listener = Fixture.listener(port: 1302, owner: .processes([Fixture.process("nc")]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule == "port-deassigned" })
        #expect(finding.severity == .warning)
        #expect(finding.reason.contains("ci3-software-2"))
        #expect(finding.reason.contains("on 2019-10-30 (IANA's note)"))
        #expect(!finding.reason.contains("should"), "a de-assignment says nothing about what may listen")
    }

    @Test func deassignmentWithoutAStatedDateIsAWindow() throws {
        // 114/tcp lost its name between the copies of 2004-03-17 and 2004-09-09; IANA states no date.
        let listener = Fixture.listener(port: 114, owner: .processes([Fixture.process("nc")]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule == "port-deassigned" })
        #expect(finding.reason.contains("until IANA de-assigned it between 2004-03-17 and 2004-09-09"))
        #expect(finding.reason.contains("between "))
        #expect(finding.reason.contains("(IANA gives no date)"))
    }

    @Test func reservedAndUnassignedAreQuieter() {
        // 1023 is Reserved and never named; 1 .. hmm, 272 sits in 272-279 Unassigned.
        let reserved = Fixture.findings(Fixture.listener(port: 1023, owner: .processes([Fixture.process("x", uid: 0, user: "root")])))
        #expect(reserved.contains { $0.rule == "port-reserved" && $0.severity == .notice })
        let unassigned = Fixture.findings(Fixture.listener(port: 272, owner: .processes([Fixture.process("x", uid: 0, user: "root")])))
        #expect(unassigned.contains { $0.rule == "port-unassigned" && $0.severity == .info && $0.reason.contains("272-279") })
    }

    @Test(arguments: [UInt16(443), 5432, 50000, 60999])
    func assignedAndDynamicPortsRaiseNothing(port: UInt16) {
        let listener = Fixture.listener(port: port, owner: .processes([Fixture.process("postgres")]))
        #expect(!Fixture.findings(listener).contains { $0.rule.rawValue.hasPrefix("port-") })
    }
}

struct ServiceMismatchRuleTests {
    @Test func somethingElseOnSSHIsAWarning() throws {
        let listener = Fixture.listener(port: 22, ip: "0.0.0.0", owner: .processes([Fixture.process("nc", uid: 0, user: "root", executable: "/usr/bin/nc.openbsd")]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule == "unexpected-service" })
        #expect(finding.severity == .warning)
        #expect(finding.reason.contains("sshd"))
        #expect(finding.reason.contains("nc.openbsd"))
    }

    @Test(arguments: [
        (UInt16(22), "sshd", "/usr/sbin/sshd"),
        (22, "sshd", "/usr/sbin/sshd-session"),
        (53, "systemd-resolve", "/usr/lib/systemd/systemd-resolved"),
        (53, "dnsmasq", "/usr/sbin/dnsmasq"),
        (5432, "postgres", "/usr/lib/postgresql/15/bin/postgres"),
        (3306, "mariadbd", "/usr/sbin/mariadbd"),
        (6379, "redis-server", "/usr/bin/redis-server"),
        (5432, "docker-proxy", "/usr/bin/docker-proxy"),
        (80, "nginx", "/usr/sbin/nginx"),
        (80, "python3", "/usr/bin/python3.11"),
        (443, "caddy", "/usr/bin/caddy"),
        (3000, "node", "/usr/bin/node"),
        (8080, "java", "/usr/lib/jvm/java-17/bin/java"),
        (8000, "python3", "/usr/bin/python3.11"),
    ])
    func usualProgramsAreNotFlagged(port: UInt16, name: String, executable: String) {
        let listener = Fixture.listener(port: port, owner: .processes([Fixture.process(name, uid: 0, user: "root", executable: executable)]))
        let findings = Fixture.findings(listener)
        #expect(!findings.contains { $0.rule == "unexpected-service" }, "\(name) on \(port): \(findings.map(\.reason))")
    }

    @Test func userPortsOnlyRaiseANotice() throws {
        let listener = Fixture.listener(port: 6379, owner: .processes([Fixture.process("miner", executable: "/opt/miner")]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule == "unexpected-service" })
        #expect(finding.severity == .notice)
    }
}

struct ExecutableLocationRuleTests {
    @Test(arguments: [
        ("/opt/app/server", true, "executable-deleted", Severity.alert),
        ("/memfd:payload", false, "executable-memfd", .alert),
        ("/tmp/.x/server", false, "executable-writable-dir", .warning),
        ("/dev/shm/s", false, "executable-writable-dir", .warning),
    ])
    func flagsExecutablesThatCannotBeTrusted(path: String, deleted: Bool, rule: String, severity: Severity) throws {
        let listener = Fixture.listener(port: 8080, owner: .processes([Fixture.process("server", executable: path, deleted: deleted)]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule.rawValue == rule })
        #expect(finding.severity == severity)
        #expect(finding.reason.contains(path))
        #expect(finding.pid == 4242)
    }

    @Test(arguments: ["/usr/bin/server", "/home/dev/project/.build/debug/server", "/tmpfs-not-tmp/server"])
    func ordinaryPlacesAreFine(path: String) {
        let listener = Fixture.listener(port: 8080, owner: .processes([Fixture.process("server", executable: path)]))
        #expect(!Fixture.findings(listener).contains { $0.rule.rawValue.hasPrefix("executable-") })
    }
}

struct ExposedLocalServiceRuleTests {
    @Test func redisOnAllInterfacesIsAWarning() throws {
        let listener = Fixture.listener(port: 6379, ip: "0.0.0.0", owner: .processes([Fixture.process("redis-server")]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule == "exposed-local-service" })
        #expect(finding.severity == .warning)
        #expect(finding.reason.contains("Redis"))
    }

    @Test func nodeInspectorOnAllInterfacesIsAnAlert() throws {
        let listener = Fixture.listener(port: 9229, ip: "::", owner: .processes([Fixture.process("node")]))
        #expect(Fixture.findings(listener).contains { $0.rule == "exposed-local-service" && $0.severity == .alert })
    }

    @Test func loopbackAndContainerNamespacesAreFine() {
        let loopback = Fixture.listener(port: 5432, ip: "127.0.0.1", owner: .processes([Fixture.process("postgres")]))
        #expect(!Fixture.findings(loopback).contains { $0.rule == "exposed-local-service" })
        let container = NetworkNamespace(inode: 4026532999, name: nil, isHost: false)
        let inContainer = Fixture.listener(port: 5432, ip: "0.0.0.0", owner: .processes([Fixture.process("postgres")]), namespace: container)
        #expect(!Fixture.findings(inContainer).contains { $0.rule == "exposed-local-service" })
        let web = Fixture.listener(port: 443, ip: "0.0.0.0", owner: .processes([Fixture.process("nginx", uid: 0, user: "root")]))
        #expect(Fixture.findings(web).isEmpty, "nginx on 443 for everyone is normal")
    }
}

struct OwnershipRuleTests {
    @Test func asRootASocketWithoutProcessIsAWarning() throws {
        let finding = try #require(Fixture.findings(Fixture.listener(port: 7777, owner: .none)).first { $0.rule == "socket-without-process" })
        #expect(finding.severity == .warning)
    }

    @Test func kernelServicePortsAreOnlyInfo() {
        let findings = Fixture.findings(Fixture.listener(port: 2049, owner: .none))
        #expect(findings.contains { $0.rule == "socket-without-process" && $0.severity == .info })
    }

    @Test func hiddenOwnersWithoutRootAreNotJudged() {
        let findings = Fixture.findings(Fixture.listener(port: 7777, owner: .hidden), isRoot: false)
        #expect(!findings.contains { $0.rule == "socket-without-process" })
    }

    @Test(arguments: [("kworker/0:1", "/tmp/x"), ("[kthreadd]", "/usr/local/bin/agent"), ("sshd", "/usr/bin/python3.11")])
    func borrowedNamesAreAlerts(name: String, executable: String) throws {
        let listener = Fixture.listener(port: 4444, owner: .processes([Fixture.process(name, executable: executable)]))
        let finding = try #require(Fixture.findings(listener).first { $0.rule == "disguised-process-name" })
        #expect(finding.severity == .alert)
        #expect(finding.reason.contains(executable))
    }

    @Test(arguments: [
        ("python3", "/usr/bin/python3.11"),
        ("gunicorn", "/usr/bin/python3.11"),
        ("postgres", "/usr/lib/postgresql/15/bin/postgres"),
        ("systemd-resolve", "/usr/lib/systemd/systemd-resolved"),
        ("containerd-shim", "/usr/bin/containerd-shim-runc-v2"),
        ("node", "/usr/bin/node"),
    ])
    func ordinaryRenamesAreNotAlerts(name: String, executable: String) {
        let listener = Fixture.listener(port: 4444, owner: .processes([Fixture.process(name, executable: executable)]))
        #expect(!Fixture.findings(listener).contains { $0.rule == "disguised-process-name" })
    }

    @Test func privilegeSeparatedWorkersAreExpected() {
        let master = Fixture.process("nginx", pid: 10, uid: 0, user: "root")
        let worker = Fixture.process("nginx", pid: 11, uid: 33, user: "www-data")
        let shared = Fixture.findings(Fixture.listener(port: 80, ip: "0.0.0.0", owner: .processes([master, worker])))
        #expect(!shared.contains { $0.rule == "unprivileged-system-port" })
        let alone = Fixture.findings(Fixture.listener(port: 80, ip: "0.0.0.0", owner: .processes([worker])))
        #expect(alone.contains { $0.rule == "unprivileged-system-port" && $0.severity == .notice })
    }

    @Test func rootOnAHighPortIsInfo() {
        let findings = Fixture.findings(Fixture.listener(port: 8080, owner: .processes([Fixture.process("agent", uid: 0, user: "root")])))
        #expect(findings.contains { $0.rule == "root-on-high-port" && $0.severity == .info })
    }
}

struct AllowlistTests {
    let deassigned = Fixture.listener(port: 1302, owner: .processes([Fixture.process("legacy-exporter", uid: 998, user: "svc")]))

    @Test func aMatchingEntrySilencesTheFinding() throws {
        let allowlist = try Allowlist(parsing: """
            # the legacy exporter predates IANA's withdrawal
            rule=port-deassigned port=1302/tcp process=legacy-exporter user=svc   # trailing comment

            """, path: "allow")
        let book = RuleBook(allowlist: allowlist)
        #expect(!book.findings(for: Fixture.context(deassigned)).contains { $0.rule == "port-deassigned" })
    }

    @Test(arguments: [
        "rule=port-deassigned port=1302/udp",
        "rule=port-deassigned process=other",
        "rule=port-deassigned user=root",
        "rule=port-reserved port=1302",
        "port=1303",
    ])
    func aNonMatchingEntryDoesNot(line: String) throws {
        let book = RuleBook(allowlist: try Allowlist(parsing: line, path: "allow"))
        #expect(book.findings(for: Fixture.context(deassigned)).contains { $0.rule == "port-deassigned" })
    }

    @Test(arguments: [
        ("rule=x\nport=abc", 2),
        ("\n\nrule", 3),
        ("colour=red", 1),
        ("port=70000", 1),
        ("rule=", 1),
    ])
    func malformedLinesAreNamed(text: String, line: Int) {
        #expect(throws: ReportError.self) { try Allowlist(parsing: text, path: "/etc/allow") }
        do {
            _ = try Allowlist(parsing: text, path: "/etc/allow")
        } catch {
            #expect(error.description.hasPrefix("/etc/allow, line \(line):"), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }
}

/// Reasons are kept as parts; read back, they are the text a plain interpolation makes.
struct FindingReasonTests {
    @Test func readsAsThePlainInterpolation() {
        let name = "nginx \"worker\""
        let pid: Int32 = -42
        let port: UInt16 = 65535
        let reason: FindingReason = "\(name) (pid \(pid)) on \(port)/tcp, \(Severity.alert.rawValue)."
        #expect(reason.description == "\(name) (pid \(pid)) on \(port)/tcp, \(Severity.alert.rawValue).")
        #expect(FindingReason("").description == "")
    }

    @Test func sameTextIsTheSameReasonHoweverBuilt() {
        let built: FindingReason = "port \(80) is \("open")"
        let whole = FindingReason("port 80 is open")
        #expect(built == whole)
        #expect(Set([built, whole]).count == 1)
        var finding = Finding(rule: "r", severity: .info, reason: built)
        finding.reason = "redacted"
        #expect(finding.reason == "redacted")
    }
}

@Test func severitiesOrderAsDeclared() {
    #expect(Severity.allCases.reversed().sorted() == Severity.allCases)
    #expect([Severity.info, .notice, .warning, .alert] == Severity.allCases)
}
