/// /proc/PID/cmdline: arguments separated (and ended) by NUL. Empty for kernel
/// threads; a process that rewrote its title may have one space-joined argument.
enum CommandLineParser {
    static func arguments(_ bytes: [UInt8]) -> [String] {
        var trimmed = bytes[...]
        if trimmed.last == 0 { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return [] }
        return trimmed.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
