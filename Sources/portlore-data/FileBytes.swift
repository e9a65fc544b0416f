import FoundationEssentials

/// Whole-file reads and writes for the data tool (regular files only, never /proc).
enum FileBytes {
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ToolFailure("cannot read \(path): \(error)")
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ToolFailure("cannot write \(path): \(error)")
        }
    }
}

/// A failure the tool reports in one line before exiting 1.
struct ToolFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
