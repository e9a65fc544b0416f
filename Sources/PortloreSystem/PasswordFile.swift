/// /etc/passwd, read directly, never through getpwuid: the release binary is fully static, and
/// in a static program glibc's NSS loads its modules with dlopen, which "requires at runtime the
/// shared libraries from the glibc version used for linking" (the linker's warning), not the
/// target's (Debian 11: 2.31). Users known only to LDAP or SSSD therefore show as their uid.
package enum PasswordFile {
    package static let path = "/etc/passwd"

    /// The file's bytes, nil when it cannot be read.
    package static func contents(path: String = path) -> [UInt8]? {
        try? FileContents.read(path)
    }

    /// One "name:password:uid:gid:gecos:home:shell" line.
    package struct Entry {
        package var name: ArraySlice<UInt8>
        package var uid: UInt32
        /// Empty when the line stops before the home field.
        package var home: ArraySlice<UInt8>
    }

    /// Calls `body` with each well-formed line, in file order. Comment lines, lines without a
    /// name and NIS compat lines (`+::::::`, `+@group`, which have no decimal uid) are skipped.
    package static func forEachEntry(in bytes: [UInt8], _ body: (Entry) -> Void) {
        for line in bytes.split(separator: 0x0A) where line.first != 0x23 {
            let fields = line.split(separator: 0x3A, maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].isEmpty, let uid = decimalUID(fields[2]) else { continue }
            body(Entry(name: fields[0], uid: uid, home: fields.count > 5 ? fields[5] : []))
        }
    }

    /// uid → user name; the first entry for a uid wins, as getpwuid's does.
    package static func names(in bytes: [UInt8]) -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        forEachEntry(in: bytes) { entry in
            if names[entry.uid] == nil { names[entry.uid] = String(decoding: entry.name, as: UTF8.self) }
        }
        return names
    }

    /// The home directory of the first entry for `uid`, nil when there is none or it is not absolute.
    package static func home(of uid: UInt32, in bytes: [UInt8]) -> String? {
        var home: String?
        var found = false
        forEachEntry(in: bytes) { entry in
            guard !found, entry.uid == uid else { return }
            found = true
            if entry.home.first == UInt8(ascii: "/") { home = String(decoding: entry.home, as: UTF8.self) }
        }
        return home
    }

    /// A uid field's value: decimal digits only, up to 4294967295 (old systems gave nfsnobody
    /// 4294967294).
    package static func decimalUID(_ field: ArraySlice<UInt8>) -> UInt32? {
        guard !field.isEmpty else { return nil }
        var uid: UInt32 = 0
        for byte in field {
            let digit = byte &- 0x30
            guard digit <= 9 else { return nil }
            let (tens, overflowed) = uid.multipliedReportingOverflow(by: 10)
            let (sum, carried) = tens.addingReportingOverflow(UInt32(digit))
            guard !overflowed, !carried else { return nil }
            uid = sum
        }
        return uid
    }
}
