#if canImport(Glibc)
import Glibc
#endif

/// Asks a yes/no question on the terminal.
enum Confirmation {
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Writes `question` and " [y/N] " to stderr and reads one line from stdin; true for y or yes.
    static func ask(_ question: String) -> Bool {
        StandardError.write(question + " [y/N] ")
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1, byte != 0x0A else { break }
            line.append(byte)
        }
        let answer = String(decoding: line, as: UTF8.self).lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\r" }
        return answer == "y" || answer == "yes"
    }
}
