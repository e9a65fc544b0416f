import Testing
@testable import PortReport

/// Where portlore keeps its files when the XDG variables are set, relative, or unset.
struct XDGBaseDirectoryTests {
    @Test func absoluteXDGValueWins() {
        #expect(XDGBaseDirectory.data.portloreDirectory(environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/a"], home: "/home/a") == "/srv/data/portlore")
        #expect(XDGBaseDirectory.config.portloreDirectory(environment: ["XDG_CONFIG_HOME": "/etc/x"], home: nil) == "/etc/x/portlore")
    }

    @Test func relativeXDGValueFallsBackToHome() {
        #expect(XDGBaseDirectory.data.portloreDirectory(environment: ["XDG_DATA_HOME": "data"], home: "/home/a") == "/home/a/.local/share/portlore")
        #expect(XDGBaseDirectory.config.portloreDirectory(environment: [:], home: "/home/a") == "/home/a/.config/portlore")
    }

    /// No $HOME and no passwd entry: a path that exists nowhere, never another user's (it was /root).
    @Test func unknownHomeIsNoOnesDirectory() {
        #expect(XDGBaseDirectory.data.portloreDirectory(environment: [:], home: nil) == "/nonexistent/.local/share/portlore")
    }
}
