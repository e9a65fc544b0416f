import Foundation
import Testing

/// `portlore QUERY [options]` is read without swift-argument-parser when it can be
/// (ShowWithoutParser); every shape must print, exit and fail exactly as the parser's
/// `show` does. A `--` before the query sends the same question through the parser.
@Suite struct ShowWithoutParserTests {
    /// The same question, read by hand and by the parser: same bytes, same status.
    static func expectSameAnswer(_ options: [String], query: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let quick = try Portlore.run([query] + options)
        let parsed = try Portlore.run(["show"] + options + ["--", query])
        #expect(quick.status == parsed.status, "\(options) \(query): \(quick.stderr) / \(parsed.stderr)", sourceLocation: sourceLocation)
        #expect(quick.stdout == parsed.stdout, "\(options) \(query)", sourceLocation: sourceLocation)
        #expect(quick.stderr == parsed.stderr, "\(options) \(query)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ["--no-host", "--color", "never"],
        ["--no-host", "--color=always"],
        ["--no-host", "--json"],
        ["--no-host", "--history", "--color", "never"],
        ["--json", "--history", "--no-host"],
    ])
    func registryAnswersMatchTheParsers(options: [String]) throws {
        for query in ["1302", "443/tcp", "8000-8003", "postgresql", "70000", "nosuchservicename"] {
            try Self.expectSameAnswer(options, query: query)
        }
    }

    @Test func hostAnswerMatchesTheParsersWithARealListener() throws {
        let child = try ListeningChild()
        defer { child.stop() }
        try Self.expectSameAnswer(["--color", "never"], query: String(child.port))
        try Self.expectSameAnswer(["--json"], query: String(child.port))
        let quick = try Portlore.run([String(child.port), "--color", "never"])
        #expect(quick.status == 0)
        #expect(quick.stdout.contains(String(child.pid)), "\(quick.stdout)")
    }

    @Test func missingAllowlistFailsAsWithTheParser() throws {
        try Self.expectSameAnswer(["--allow", "/nonexistent/portlore-allow"], query: "1302")
    }

    /// Shapes the hand reader leaves to the parser: its errors and help stay the parser's.
    @Test func otherShapesKeepTheParsersMessages() throws {
        let bogusColor = try Portlore.run(["1302", "--color", "bogus"])
        #expect(bogusColor.status == 2)
        #expect(bogusColor.stderr.contains("bogus"), "\(bogusColor.stderr)")
        let twoQueries = try Portlore.run(["1302", "1303", "--no-host"])
        #expect(twoQueries.status == 2)
        let unknown = try Portlore.run(["1302", "--no-such-option"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--no-such-option"), "\(unknown.stderr)")
        let help = try Portlore.run(["1302", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        let noValue = try Portlore.run(["1302", "--allow"])
        #expect(noValue.status == 2)
    }
}
