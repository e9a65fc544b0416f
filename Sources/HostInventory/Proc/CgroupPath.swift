/// A process's cgroup, from /proc/PID/cgroup, and the container it names.
///
///     0::/system.slice/docker-0123…cdef.scope                         (cgroup v2)
///     12:pids:/docker/0123…cdef                                        (cgroup v1)
///     0::/kubepods.slice/…/cri-containerd-0123…cdef.scope
///     0::/machine.slice/libpod-0123…cdef.scope
enum CgroupPath {
    /// The unified (v2, "0::") path when present, else the first hierarchy's path.
    ///
    /// Byte offsets rather than `split`: read for every listening process, the
    /// collection-based version was a tenth of a snapshot's process-details time.
    static func path(_ bytes: [UInt8]) -> String? {
        var first: String?
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            // "hierarchy-ID:controllers:path"
            if let idEnd = bytes[lineStart..<lineEnd].firstIndex(of: 0x3A),
                let controllersEnd = bytes[(idEnd + 1)..<lineEnd].firstIndex(of: 0x3A)
            {
                let path = (controllersEnd + 1)..<lineEnd
                if idEnd == lineStart + 1 && bytes[lineStart] == 0x30 && controllersEnd == idEnd + 1 {
                    return String(decoding: bytes[path], as: UTF8.self)
                }
                if first == nil { first = String(decoding: bytes[path], as: UTF8.self) }
            }
            lineStart = lineEnd + 1
        }
        return first
    }

    /// Markers of a container runtime in a cgroup path.
    static let runtimeMarkers = ["docker", "containerd", "crio", "libpod", "podman", "kubepods", "lxc", "moby"]

    /// The last 64-hex run in a path that names a container runtime.
    static func containerID(_ path: String) -> String? {
        let bytes = Array(path.utf8)
        guard runtimeMarkers.contains(where: { occurs($0, in: bytes) }) else { return nil }
        var found: Range<Int>?
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, ByteScanner.nibble(bytes[end]) != nil { end += 1 }
            if end - start == 64 { found = start..<end }
            start = end + 1
        }
        return found.map { String(decoding: bytes[$0], as: UTF8.self).lowercased() }
    }

    /// Whether `marker` occurs in `bytes`: `String.contains` goes through a generic
    /// substring searcher that cost more than the rest of this type together.
    private static func occurs(_ marker: String, in bytes: [UInt8]) -> Bool {
        let needle = Array(marker.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return needle.isEmpty }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
