/// The effective uid from /proc/PID/status ("Uid:\treal\teffective\tsaved\tfs").
enum ProcStatusParser {
    static func effectiveUID(_ bytes: [UInt8]) -> UInt32? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            while !scanner.isAtEnd {
                let label = scanner.field()
                if label.count == 4, scanner.string(label) == "Uid:" {
                    _ = scanner.field()  // real
                    return scanner.decimal(scanner.field()).flatMap { UInt32(exactly: $0) }
                }
                scanner.skipLine()
            }
            return nil
        }
    }
}
