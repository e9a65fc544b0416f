import PortloreSystem

/// uid → user name, from /etc/passwd (read directly: see `PasswordFile`), parsed once per snapshot.
struct UserDirectory: Sendable {
    private var names: [UInt32: String]

    init(names: [UInt32: String]) { self.names = names }

    static func load(path: String = PasswordFile.path) -> UserDirectory {
        UserDirectory(names: PasswordFile.contents(path: path).map(PasswordFile.names(in:)) ?? [:])
    }

    func name(of uid: UInt32) -> String? { names[uid] }
}
