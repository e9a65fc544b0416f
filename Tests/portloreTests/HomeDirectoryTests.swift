import FoundationEssentials
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Where `registry update` installs when $HOME and $XDG_DATA_HOME are unset: under the user's
/// home from /etc/passwd (read directly, no NSS), never under /root, which was the old fallback.
struct HomeDirectoryTests {
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv(1) to run portlore as uid 65534"))
    func withoutHOMEThePasswdHomeIsUsed() throws {
        let passwd = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "/etc/passwd")), as: UTF8.self)
        var home: String?
        for line in passwd.split(separator: "\n") {
            let fields: [Substring] = line.split(separator: ":", omittingEmptySubsequences: false)
            if fields.count > 5 && fields[2] == "65534" {
                home = String(fields[5])
                break
            }
        }
        let run = try Portlore.run(
            ["-u", "HOME", "-u", "XDG_DATA_HOME", "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
             Portlore.executable.path, "registry", "info", "--json"],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0, "\(run.stderr)")
        let expected = (home?.hasPrefix("/") == true ? home! : "/nonexistent") + "/.local/share/portlore/registry.plrg"
        struct Info: Decodable { var install_path: String }
        let info = try JSONDecoder().decode(Info.self, from: Data(run.stdout.utf8))
        #expect(info.install_path == expected, "\(run.stdout)")
        #expect(!run.stdout.contains("/root/"))
    }
}
