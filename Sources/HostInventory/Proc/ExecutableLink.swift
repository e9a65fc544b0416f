/// The target of /proc/PID/exe; the kernel appends " (deleted)" when the file
/// was unlinked after the process started it.
struct ExecutableLink: Sendable, Equatable {
    var path: String
    var isDeleted: Bool

    init(path: String, isDeleted: Bool) {
        self.path = path
        self.isDeleted = isDeleted
    }

    init(target: [UInt8]) {
        let suffix = Array(" (deleted)".utf8)
        if target.count > suffix.count, target.suffix(suffix.count).elementsEqual(suffix) {
            self.init(path: String(decoding: target.dropLast(suffix.count), as: UTF8.self), isDeleted: true)
        } else {
            self.init(path: String(decoding: target, as: UTF8.self), isDeleted: false)
        }
    }
}
