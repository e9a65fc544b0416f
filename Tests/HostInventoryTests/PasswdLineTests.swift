import Testing
@testable import HostInventory
import PortloreSystem

/// /etc/passwd as real systems write it: the static binary reads it itself instead of asking NSS.
struct PasswdLineTests {
    /// Lines as Debian 11 writes them (base-passwd, apt's _apt, systemd's users: GECOS with
    /// commas and parentheses), and what else turns up: NIS compat entries, uid 4294967294
    /// (nfsnobody on older RHEL), a blank last line.
    @Test func debianAndOlderSystems() {
        let passwd = """
            root:x:0:0:root:/root:/bin/bash
            daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
            _apt:x:100:65534::/nonexistent:/usr/sbin/nologin
            systemd-timesync:x:101:101:systemd Time Synchronization,,,:/run/systemd:/usr/sbin/nologin
            gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin
            nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
            nfsnobody:x:4294967294:4294967294:Anonymous NFS User:/var/lib/nfs:/sbin/nologin
            +@admins::::::
            +::::::

            """
        let names = PasswordFile.names(in: Array(passwd.utf8))
        #expect(names == [
            0: "root", 1: "daemon", 41: "gnats", 100: "_apt", 101: "systemd-timesync",
            65534: "nobody", 4294967294: "nfsnobody",
        ])
    }

    @Test(arguments: [
        ("0", UInt32?.some(0)),
        ("4294967295", 4294967295),
        ("4294967296", nil),
        ("99999999999", nil),
        ("", nil),
        ("-1", nil),
        ("12a", nil),
        (" 12", nil),
    ])
    func uidField(_ text: String, _ uid: UInt32?) {
        #expect(PasswordFile.decimalUID(Array(text.utf8)[...]) == uid)
    }

    @Test func lastLineWithoutNewlineAndShortLines() {
        let names = PasswordFile.names(in: Array("a:x:7\nb:x\nc:x:8:8::/:/bin/sh".utf8))
        #expect(names == [7: "a", 8: "c"])
    }
}

/// The home directory fallback when `$HOME` is unset (XDG paths), from the same reader.
struct PasswordFileHomeTests {
    @Test func homeOfTheFirstEntryForAUid() {
        let passwd = Array("""
            # comment:x:0:0::/nowhere:/bin/sh
            root:x:0:0:root:/root:/bin/bash
            toor:x:0:0::/home/toor:/bin/sh
            svc:x:998:998:Service:relative/home:/bin/false
            short:x:997

            """.utf8)
        #expect(PasswordFile.home(of: 0, in: passwd) == "/root")
        #expect(PasswordFile.home(of: 998, in: passwd) == nil, "a relative home is no home")
        #expect(PasswordFile.home(of: 997, in: passwd) == nil, "a line without a home field")
        #expect(PasswordFile.home(of: 12345, in: passwd) == nil)
    }

    @Test func homeComesFromHOMEFirst() {
        let passwd = Array("root:x:0:0:root:/root:/bin/bash\n".utf8)
        #expect(ProcessEnvironment.homeDirectory(environment: ["HOME": "/srv/me"], accounts: passwd) == "/srv/me")
        let fallback = ProcessEnvironment.homeDirectory(environment: ["HOME": ""], accounts: passwd)
        #expect(fallback == (ProcessEnvironment.effectiveUserID == 0 ? "/root" : nil))
    }
}
