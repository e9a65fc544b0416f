public import HostInventory
import PortRegistry

/// Writes the sockets of `portlore ls --json` and `--ndjson` straight into bytes.
///
/// The output decodes to exactly what `JSONRenderer.encode` makes of `JSONDocument.ListingSocket`
/// (a test holds the two together; the keys here keep declaration order), but a listing of 20,000 sockets is 28 MB of JSON, and
/// going through `Encodable` cost ten times the socket scan: a keyed container, a key
/// conversion and a witness-table call per field. Here each field is a few appends, and a
/// process's object, which every one of its sockets repeats, is encoded once and copied.
///
/// The bytes go to a buffer of its own, appended through a cursor: `[UInt8].append` checks
/// uniqueness and capacity on every call, a class-held buffer costs a retain and a release
/// per call, and a socket takes some sixty appends. Hence `~Copyable`, with the buffer freed
/// in `deinit`.
struct ListingJSONWriter: ~Copyable {
    let pretty: Bool
    /// The depth of the socket objects: 2 inside the document's `listeners`, 0 on an NDJSON line.
    let depth: Int
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Encoded process objects by PID, with the details they were made from.
    private var processes: [Int32: EncodedProcess] = [:]
    /// The registration object written last, and the summary it was written from.
    private var lastRegistration: (summary: PortSummary, bytes: [UInt8])?

    init(pretty: Bool, depth: Int, capacity: Int = 256) {
        self.pretty = pretty
        self.depth = depth
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Everything written since the last `removeAll`.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toFit: 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toFit: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private mutating func grow(toFit extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    // MARK: The listing's objects

    /// One socket object. `schema` puts `"schema": "portlore/1"` first, as an NDJSON line does.
    mutating func socket(_ entry: ListingEntry, schema: Bool = false) {
        let listener = entry.listener
        let inner = depth + 1
        append(UInt8(ascii: "{"))
        var first = true
        if schema {
            member(Key.schema, at: inner, first: &first)
            string(JSONDocument.schema)
        }
        member(Key.protocol, at: inner, first: &first)
        string(listener.transport.rawValue)
        member(Key.family, at: inner, first: &first)
        string(listener.family.rawValue)
        member(Key.state, at: inner, first: &first)
        string(listener.state.rawValue)
        member(Key.address, at: inner, first: &first)
        string(listener.local.ip)
        member(Key.port, at: inner, first: &first)
        integer(UInt64(listener.local.port))
        member(Key.scope, at: inner, first: &first)
        string(listener.local.isLoopback ? "loopback" : listener.local.isWildcard ? "all" : "address")
        if let remote = listener.remote {
            member(Key.remoteAddress, at: inner, first: &first)
            string(remote.ip)
            member(Key.remotePort, at: inner, first: &first)
            integer(UInt64(remote.port))
        }
        member(Key.inode, at: inner, first: &first)
        integer(listener.inode)
        member(Key.uid, at: inner, first: &first)
        integer(UInt64(listener.uid))
        member(Key.netns, at: inner, first: &first)
        integer(listener.namespace.inode)
        member(Key.netnsName, listener.namespace.name, at: inner, first: &first)
        member(Key.hostNetns, at: inner, first: &first)
        boolean(listener.namespace.isHost)
        member(Key.owner, at: inner, first: &first)
        switch listener.owner {
        case .processes(let list):
            string("processes")
            member(Key.processes, at: inner, first: &first)
            array(list, at: inner) { writer, process in writer.process(process, at: inner + 1) }
        case .hidden:
            string("hidden")
            member(Key.processes, at: inner, first: &first)
            append("[]")
        case .none:
            string("none")
            member(Key.processes, at: inner, first: &first)
            append("[]")
        }
        member(Key.iana, at: inner, first: &first)
        registration(entry.registry, at: inner)
        member(Key.findings, at: inner, first: &first)
        array(entry.findings, at: inner) { writer, finding in writer.finding(finding, at: inner + 1) }
        newline(depth)
        append(UInt8(ascii: "}"))
    }

    /// A process object at `depth`, from the cache when its PID was written before.
    private mutating func process(_ process: borrowing ProcessDetails, at depth: Int) {
        // A class, so a look-up does not copy the details (and retain their strings).
        if let known = processes[process.pid], known.details == process {
            known.bytes.withUnsafeBufferPointer { append($0) }
            return
        }
        let start = count
        let inner = depth + 1
        var first = true
        append(UInt8(ascii: "{"))
        member(Key.pid, at: inner, first: &first)
        integer(Int64(process.pid))
        member(Key.parentPid, at: inner, first: &first)
        integer(Int64(process.parentPID))
        member(Key.name, at: inner, first: &first)
        string(process.name)
        member(Key.commandLine, at: inner, first: &first)
        array(process.shownCommandLine, at: inner) { writer, argument in writer.string(argument) }
        member(Key.executable, process.executable, at: inner, first: &first)
        member(Key.executableDeleted, at: inner, first: &first)
        boolean(process.executableDeleted)
        member(Key.uid, at: inner, first: &first)
        integer(UInt64(process.uid))
        member(Key.user, process.user, at: inner, first: &first)
        if let startTime = process.startTime {
            member(Key.startTime, at: inner, first: &first)
            string(Timestamp.iso8601(startTime))
        }
        member(Key.cgroup, process.cgroup, at: inner, first: &first)
        member(Key.containerId, process.containerID, at: inner, first: &first)
        newline(depth)
        append(UInt8(ascii: "}"))
        processes[process.pid] = EncodedProcess(details: copy process, bytes: copyBytes(from: start))
    }

    /// A registration object at `depth`, copied when it is the one written last: a run of
    /// ports in one Unassigned range shares its summary.
    private mutating func registration(_ summary: PortSummary, at depth: Int) {
        if let last = lastRegistration, last.summary == summary {
            last.bytes.withUnsafeBufferPointer { append($0) }
            return
        }
        let start = count
        let inner = depth + 1
        var first = true
        append(UInt8(ascii: "{"))
        member(Key.status, at: inner, first: &first)
        string(summary.status.rawValue)
        member(Key.serviceNames, at: inner, first: &first)
        array(summary.serviceNames, at: inner) { writer, name in writer.string(name) }
        member(Key.formerName, summary.formerName, at: inner, first: &first)
        member(Key.deassignedOn, summary.deassignedOn, at: inner, first: &first)
        newline(depth)
        append(UInt8(ascii: "}"))
        lastRegistration = (summary, copyBytes(from: start))
    }

    private mutating func finding(_ finding: borrowing Finding, at depth: Int) {
        let inner = depth + 1
        var first = true
        append(UInt8(ascii: "{"))
        member(Key.rule, at: inner, first: &first)
        string(finding.rule.rawValue)
        member(Key.severity, at: inner, first: &first)
        string(finding.severity.rawValue)
        member(Key.reason, at: inner, first: &first)
        reason(finding.reasonParts)
        if let pid = finding.pid {
            member(Key.pid, at: inner, first: &first)
            integer(Int64(pid))
        }
        newline(depth)
        append(UInt8(ascii: "}"))
    }

    // MARK: JSON

    /// The separator, the line break and the key of the next member of an object whose
    /// members sit at `depth`.
    mutating func member(_ key: StaticString, at depth: Int, first: inout Bool) {
        if !first { append(UInt8(ascii: ",")) }
        first = false
        newline(depth)
        append(UInt8(ascii: "\""))
        append(key)
        append(pretty ? "\": " : "\":")
    }

    /// A string member, left out when the value is nil, as the Encodable types leave it out.
    mutating func member(_ key: StaticString, _ value: String?, at depth: Int, first: inout Bool) {
        guard let value else { return }
        member(key, at: depth, first: &first)
        string(value)
    }

    /// A copy of the bytes written from `start` on.
    private func copyBytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// `[]`, or the elements one per line at `depth + 1`.
    ///
    /// The elements are lent through a buffer pointer: passing each one by value copied it,
    /// retaining and releasing every string of a process or a finding.
    mutating func array<Element>(_ elements: [Element], at depth: Int, _ body: (inout Self, borrowing Element) -> Void) {
        guard !elements.isEmpty else {
            append("[]")
            return
        }
        append(UInt8(ascii: "["))
        elements.withUnsafeBufferPointer { elements in
            for index in elements.indices {
                if index > 0 { append(UInt8(ascii: ",")) }
                newline(depth + 1)
                body(&self, elements[index])
            }
        }
        newline(depth)
        append(UInt8(ascii: "]"))
    }

    mutating func newline(_ depth: Int) {
        guard pretty else { return }
        append(UInt8(ascii: "\n"))
        var indent = 2 * depth
        while indent > 0 {
            let run = min(indent, Self.spaces.utf8CodeUnitCount)
            Self.spaces.withUTF8Buffer { append(UnsafeBufferPointer(rebasing: $0[..<run])) }
            indent -= run
        }
    }

    /// A reason as one JSON string, written from its parts.
    private mutating func reason(_ reason: FindingReason) {
        append(UInt8(ascii: "\""))
        for part in reason.parts {
            switch part {
            case .text(let text): stringContent(text)
            case .number(let number): integer(number)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// A JSON string: `"`, `\\` and control characters escaped, the rest as it is.
    mutating func string(_ text: String) {
        append(UInt8(ascii: "\""))
        stringContent(text)
        append(UInt8(ascii: "\""))
    }

    /// `text` escaped, without the quotes.
    private mutating func stringContent(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            if Self.needsNoEscaping(utf8) {
                append(utf8)
            } else {
                for byte in utf8 { escape(byte) }
            }
        }
    }

    /// True when no byte of `utf8` is a control character, `"`, `\\` or DEL. Looks at eight
    /// bytes at a time: reasons and command lines are long, and a byte loop was a third of
    /// the cost of writing a finding.
    static func needsNoEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// Nonzero when some byte of `word` is zero.
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        if let base = UnsafeRawPointer(utf8.baseAddress) {
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // A byte below 0x20 (bytes of 0x80 and up never borrow into their high bit here).
                let control = (word &- ones &* 0x20) & ~word & highs != 0
                if control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
                    || hasZeroByte(word ^ (ones &* 0x7F)) {
                    return false
                }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return false }
            index += 1
        }
        return true
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0..<0x20, 0x7F:
            append("\\u00")
            Self.hexDigits.withUTF8Buffer { hex in
                append(hex[Int(byte >> 4)])
                append(hex[Int(byte & 0xF)])
            }
        default: append(byte)
        }
    }

    mutating func integer(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: 20 digits fit
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(24 - count)...]))
        }
    }

    mutating func integer(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        integer(value.magnitude)
    }

    mutating func boolean(_ value: Bool) {
        append(value ? "true" : "false")
    }

    /// Literal bytes. `StaticString`s rather than `[UInt8]` constants: those cost a retain
    /// and a release per use, and there are some 40 uses per socket.
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"
    private static let spaces: StaticString = "                                "

    /// Keys as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` writes the Codable fields' names.
    enum Key {
        static let schema: StaticString = "schema"
        static let `protocol`: StaticString = "protocol"
        static let family: StaticString = "family"
        static let state: StaticString = "state"
        static let address: StaticString = "address"
        static let port: StaticString = "port"
        static let scope: StaticString = "scope"
        static let remoteAddress: StaticString = "remote_address"
        static let remotePort: StaticString = "remote_port"
        static let inode: StaticString = "inode"
        static let uid: StaticString = "uid"
        static let netns: StaticString = "netns"
        static let netnsName: StaticString = "netns_name"
        static let hostNetns: StaticString = "host_netns"
        static let owner: StaticString = "owner"
        static let processes: StaticString = "processes"
        static let iana: StaticString = "iana"
        static let findings: StaticString = "findings"
        static let pid: StaticString = "pid"
        static let parentPid: StaticString = "parent_pid"
        static let name: StaticString = "name"
        static let commandLine: StaticString = "command_line"
        static let executable: StaticString = "executable"
        static let executableDeleted: StaticString = "executable_deleted"
        static let user: StaticString = "user"
        static let startTime: StaticString = "start_time"
        static let cgroup: StaticString = "cgroup"
        static let containerId: StaticString = "container_id"
        static let status: StaticString = "status"
        static let serviceNames: StaticString = "service_names"
        static let formerName: StaticString = "former_name"
        static let deassignedOn: StaticString = "deassigned_on"
        static let rule: StaticString = "rule"
        static let severity: StaticString = "severity"
        static let reason: StaticString = "reason"
        static let kind: StaticString = "kind"
        static let registry: StaticString = "registry"
        static let date: StaticString = "date"
        static let source: StaticString = "source"
        static let isRoot: StaticString = "is_root"
        static let warnings: StaticString = "warnings"
        static let listeners: StaticString = "listeners"
    }
}

/// A process object as `ListingJSONWriter` wrote it, and what it was written from.
private final class EncodedProcess {
    let details: ProcessDetails
    let bytes: [UInt8]

    init(details: ProcessDetails, bytes: [UInt8]) {
        self.details = details
        self.bytes = bytes
    }
}
