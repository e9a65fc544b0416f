import PortloreSystem

/// Asks a yes/no question on the terminal.
enum Confirmation {
    static var standardInputIsTerminal: Bool { StandardStream.input.isTerminal }

    /// Writes `question` and " [y/N] " to stderr and reads one line from stdin; true for y or yes.
    static func ask(_ question: String) -> Bool {
        StandardError.write(question + " [y/N] ")
        var line: [UInt8] = []
        while let byte = StandardStream.input.readByte(), byte != 0x0A {
            line.append(byte)
        }
        let answer = String(decoding: line, as: UTF8.self).lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\r" }
        return answer == "y" || answer == "yes"
    }
}
