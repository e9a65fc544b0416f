import FoundationEssentials
import Testing
@testable import PortloreServer

#if canImport(Glibc)
import Glibc
#endif

/// A token file other users can read guards nothing from them: portlore serve warns.
struct TokenFileTests {
    @Test(arguments: [(0o644, "every user"), (0o604, "every user"), (0o640, "its group"), (0o600, nil), (0o400, nil)] as [(Int, String?)])
    func readableByOthersIsWarnedAbout(_ mode: Int, _ who: String?) throws {
        let path = "/tmp/portlore-token-mode-\(getpid())-\(mode)"
        try Data("0123456789abcdefXYZ\n".utf8).write(to: URL(filePath: path))
        defer { unlink(path) }
        #expect(chmod(path, mode_t(mode)) == 0)
        // The token is still accepted: the warning says what to fix, it does not refuse to start.
        #expect(try BearerToken.load(path: path, environment: [:]) != nil)
        let warning = BearerToken.permissionWarning(path: path)
        if let who {
            let sentence = try #require(warning)
            #expect(sentence.contains(who))
            #expect(sentence.contains("chmod 600 \(path)"))
            #expect(!sentence.contains("\n"))
        } else {
            #expect(warning == nil)
        }
    }
}
