/// uid → user name, from /etc/passwd, parsed once per snapshot.
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
            var uid: UInt32 = 0
            var valid = !fields[2].isEmpty
            for byte in fields[2] {
                let digit = byte &- 0x30
                guard digit <= 9, uid <= (UInt32.max - 9) / 10 else { valid = false; break }
                uid = uid * 10 + UInt32(digit)
            }
            if valid && names[uid] == nil { names[uid] = String(decoding: fields[0], as: UTF8.self) }
        }
        return names
    }

    func name(of uid: UInt32) -> String? { names[uid] }
}
