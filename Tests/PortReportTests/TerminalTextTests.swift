import HostInventory
import PortReport
import Testing

/// Control characters from input or from the host never reach the terminal raw.
struct TerminalTextTests {
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{07}", "\\x1b]0;pwned\\x07"),
        ("\u{1B}[2J", "\\x1b[2J"),
        ("a\tb\nc\rd", "a\\x09b\\x0ac\\x0dd"),
        ("del\u{7F}", "del\\x7f"),
        ("csi\u{9B}31m", "csi\\x9b31m"),
        ("nul\u{0}", "nul\\x00"),
        ("bidi\u{202E}txt", "bidi\\u{202e}txt"),
        ("isolate\u{2066}x\u{2069}", "isolate\\u{2066}x\\u{2069}"),
    ])
    func escapes(_ raw: String, _ shown: String) {
        #expect(TerminalText.escaped(raw) == shown)
    }

    @Test(arguments: ["nginx: worker process", "python3 -m http.server 8000", "Zürich 東京 ☃", "", "back\\slash"])
    func leavesPrintableTextAlone(_ text: String) {
        #expect(TerminalText.escaped(text) == text)
    }

    /// Search words are echoed in the page's heading.
    @Test func searchWordsAreEscaped() {
        let text = TextRenderer(style: .plain, registryDate: "2026-01-01", registrySource: "test")
            .render(search: [], for: "\u{1B}]0;pwned\u{07}")
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains("\u{07}"))
        #expect(text.contains("\\x1b]0;pwned\\x07"))
    }

    /// The kill plan prints process names, command lines and namespace names from the host.
    @Test func killPlanEscapesWhatTheHostSays() {
        var process = Fixture.process("evil\u{1B}[31m", pid: 4321)
        process.commandLine = ["/tmp/x", "\u{1B}]0;title\u{07}"]
        let namespace = NetworkNamespace(inode: 4026532000, name: "ns\u{1B}[2J", isHost: false)
        let plan = KillPlan(
            sockets: [Fixture.listener(port: 8080, owner: .processes([process]), namespace: namespace)],
            ownPID: 2, ancestors: [1])
        let text = TextRenderer(style: .plain, registryDate: "2026-01-01", registrySource: "test").render(killPlan: plan, port: "8080")
        #expect(!text.unicodeScalars.contains("\u{1B}"), "\(text)")
        #expect(text.contains("evil\\x1b[31m"))
        #expect(text.contains("ns\\x1b[2J"))
    }
}
