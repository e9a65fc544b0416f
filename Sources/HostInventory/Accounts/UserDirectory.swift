/// uid → user name, from /etc/passwd, parsed once per snapshot.
///
/// Read directly, never through getpwuid: the release binary is fully static, and in a static
/// program glibc's NSS loads its modules with dlopen, which "requires at runtime the shared
/// libraries from the glibc version used for linking" (the linker's warning), not the target's
/// (Debian 11: 2.31). Users known only to LDAP or SSSD therefore show as their uid.
struct UserDirectory: Sendable {
    private var names: [UInt32: String]

    init(names: [UInt32: String]) { self.names = names }

    static func load(path: String = "/etc/passwd") -> UserDirectory {
        UserDirectory(names: (try? FileContents.read(path)).map(parse) ?? [:])
    }

    /// "name:x:uid:gid:gecos:home:shell" lines; the first entry for a uid wins, as getpwuid's does.
    static func parse(_ bytes: [UInt8]) -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        for line in bytes.split(separator: 0x0A) where line.first != 0x23 {
            let fields = line.split(separator: 0x3A, maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].isEmpty else { continue }
            if let uid = decimalUID(fields[2]), names[uid] == nil {
                names[uid] = String(decoding: fields[0], as: UTF8.self)
            }
        }
        return names
    }

    /// A uid field's value: decimal digits only, up to 4294967295 (old systems gave nfsnobody
    /// 4294967294). NIS compat lines (`+::::::`, `+@group`) have none and name nobody.
    static func decimalUID(_ field: ArraySlice<UInt8>) -> UInt32? {
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

    func name(of uid: UInt32) -> String? { names[uid] }
}
