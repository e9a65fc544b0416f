import Foundation
import Glibc
import Testing

/// Secrets planted in a real listener's command line never reach any output of the CLI
/// (issue 10, "Secrets never leave the process": before, `ls --json`, `--ndjson`, `PORT --json`
/// and `watch --ndjson` printed every one).
@Suite(.serialized)
struct SecretRedactionTests {
    /// Each secret is `S3CRET` and a number, so that a leak says which form leaked.
    static let planted: [String] = [
        "--password=S3CRET01", "--password:S3CRET02", "--password", "-S3CRET03", "--header=X-Api-Key:S3CRET04",
        "http://127.0.0.1/cb?access_token=S3CRET05", "--requirepass", "S3CRET06", "--masterauth", "S3CRET07",
        "--jwt", "S3CRET08", "--bearer", "S3CRET09", "--cookie=S3CRET10", "-pS3CRET11", "-Ddb.password=S3CRET12",
        "--client-secret", "S3CRET13", "--db-pass", "S3CRET14", "AWS_SECRET_ACCESS_KEY=S3CRET15",
        "postgres://app:S3CRET16@127.0.0.1/app", "Authorization: Bearer S3CRET17", "--token", "S3CRET18",
    ]

    static func leaks(in output: String) -> [String] {
        (1...18).map { String(format: "S3CRET%02d", $0) }.filter { output.contains($0) }
    }

    @Test func listingsAndPortraitsShowNoPlantedSecret() throws {
        let child = try ListeningChild(extraArguments: Self.planted)
        defer { child.stop() }
        let runs: [[String]] = [
            ["ls", "--json"], ["ls", "--ndjson"], ["ls"], ["ls", "--all"],
            ["\(child.port)", "--json"], ["\(child.port)"],
        ]
        for arguments in runs {
            let run = try Portlore.run(arguments)
            #expect(run.status == 0 || run.status == 3, "\(arguments): \(run.stderr)")
            #expect(run.stdout.contains("\(child.port)"), "\(arguments) lists the child")
            #expect(Self.leaks(in: run.stdout + run.stderr).isEmpty, "\(arguments) leaked \(Self.leaks(in: run.stdout + run.stderr))")
        }
        // The command line is still shown, with the secrets masked.
        let json = try Portlore.run(["\(child.port)", "--json"])
        #expect(json.stdout.contains("[REDACTED]"))
        #expect(json.stdout.contains("--requirepass"))
    }

    @Test func watchShowsNoPlantedSecret() throws {
        let watch = try StreamingPortlore(["watch", "--interval", "0.2", "--ndjson"])
        defer { watch.stop() }
        _ = try #require(watch.nextObject(), "no watch-start line; stderr: \(watch.errors())")
        let child = try ListeningChild(extraArguments: Self.planted)
        defer { child.stop() }
        let line = try #require(watch.nextLine { $0.contains("\"appeared\"") && $0.contains("\(child.port)") }, "no appeared line")
        #expect(line.contains("[REDACTED]"))
        #expect(Self.leaks(in: line).isEmpty, "watch leaked \(Self.leaks(in: line))")
    }
}
