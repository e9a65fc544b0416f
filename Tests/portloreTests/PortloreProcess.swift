import Foundation

/// Runs the built `portlore` binary as a user would and captures what it says.
struct PortloreRun {
    var status: Int32
    var stdout: String
    var stderr: String

    var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
    }
}

enum Portlore {
    /// The `portlore` executable built beside this test bundle (`swift build --build-tests`).
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        // The test binary may sit inside portlorePackageTests.xctest/ on some toolchains.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("portlore").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("portlore")
    }

    /// Runs portlore with `arguments`, with a private XDG data directory unless one is given.
    static func run(
        _ arguments: [String], executable: URL = Portlore.executable, dataHome: URL? = nil,
        environment extra: [String: String] = [:], currentDirectory: URL? = nil
    ) throws -> PortloreRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = (dataHome ?? Self.emptyDataHome).path
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes before waiting: a large page would otherwise block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PortloreRun(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    /// A data directory holding no installed registry: the embedded one is used.
    static let emptyDataHome: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("portlore-empty-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("portlore-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Data/iana/ of this checkout.
    static var dataDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/iana")
    }
}
