/// A process's cgroup, from /proc/PID/cgroup, and the container it names.
///
///     0::/system.slice/docker-0123…cdef.scope                         (cgroup v2)
///     12:pids:/docker/0123…cdef                                        (cgroup v1)
///     0::/kubepods.slice/…/cri-containerd-0123…cdef.scope
///     0::/machine.slice/libpod-0123…cdef.scope
enum CgroupPath {
    /// The unified (v2, "0::") path when present, else the first hierarchy's path.
    static func path(_ bytes: [UInt8]) -> String? {
        var first: String?
        for line in bytes.split(separator: 0x0A) {
            let parts = line.split(separator: 0x3A, maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let path = String(decoding: parts[2], as: UTF8.self)
            if parts[0].elementsEqual("0".utf8) && parts[1].isEmpty { return path }
            if first == nil { first = path }
        }
        return first
    }

    /// Markers of a container runtime in a cgroup path.
    static let runtimeMarkers = ["docker", "containerd", "crio", "libpod", "podman", "kubepods", "lxc", "moby"]

    /// The last 64-hex run in a path that names a container runtime.
    static func containerID(_ path: String) -> String? {
        guard runtimeMarkers.contains(where: { path.contains($0) }) else { return nil }
        let bytes = Array(path.utf8)
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
}
