import Testing
@testable import HostInventory

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
        let names = UserDirectory.parse(Array(passwd.utf8))
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
        #expect(UserDirectory.decimalUID(Array(text.utf8)[...]) == uid)
    }

    @Test func lastLineWithoutNewlineAndShortLines() {
        let names = UserDirectory.parse(Array("a:x:7\nb:x\nc:x:8:8::/:/bin/sh".utf8))
        #expect(names == [7: "a", 8: "c"])
    }
}
