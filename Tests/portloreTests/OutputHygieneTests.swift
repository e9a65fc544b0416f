import Foundation
import Glibc
import Testing

/// What portlore prints reaches its reader, or portlore says it did not; and nothing it echoes
/// can drive the terminal.
struct OutputHygieneTests {
    /// Runs portlore through bash (for redirections a Pipe cannot make), with `script` given
    /// the executable as "$P"; returns bash's stdout, stderr and status.
    static func shell(_ script: String) throws -> PortloreRun {
        try Portlore.run(["-c", script], executable: URL(fileURLWithPath: "/bin/bash"),
                         environment: ["P": Portlore.executable.path])
    }

    /// A full disk: exit 4 and one sentence, not 0 with the output lost.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func aFailedWriteIsExitFour() throws {
        let run = try Self.shell(#""$P" ls --json > /dev/full"#)
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderr.contains("Could not write the output"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    /// A closed stdout is a failed write too, and no file portlore opens takes its place.
    @Test func aClosedStandardOutputIsExitFour() throws {
        let run = try Self.shell(#""$P" 1302 >&-"#)
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderr.contains("Could not write the output"), "\(run.stderr)")
    }

    /// A reader that stops early (`| head -1`) is no error: quiet, and exit 0.
    @Test func aClosedPipeStaysQuiet() throws {
        // Far more than a pipe holds, so portlore is still writing when head has gone.
        let run = try Self.shell(#""$P" search e --limit 10000 | head -1 > /dev/null; echo "status=${PIPESTATUS[0]}""#)
        #expect(run.stdout.contains("status=0"), "\(run.stdout) \(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    /// `portlore search $'\e]0;pwned\a'` must not retitle the terminal.
    @Test func searchWordsAreNotEchoedRaw() throws {
        let run = try Portlore.run(["search", "\u{1B}]0;pwned\u{07}"])
        #expect(!run.stdout.unicodeScalars.contains("\u{1B}"), "\(run.stdout)")
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}"), "\(run.stderr)")
        #expect(!run.stdout.unicodeScalars.contains("\u{07}"))
    }

    /// Error messages quote what was typed: escaped as well.
    @Test func errorMessagesEscapeTheInput() throws {
        let run = try Portlore.run(["kill", "\u{1B}[2J80"])
        #expect(run.status == 2)
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}"), "\(run.stderr)")
        #expect(run.stderr.contains("\\x1b[2J80"), "\(run.stderr)")
    }
}
