public import PortRegistry

#if canImport(Glibc)
import Glibc
#endif

/// Downloads a registry with curl(1): HTTPS needs TLS, which a statically linked binary
/// without full Foundation does not carry.
public enum RegistryDownload {
    public static func fetch(_ url: String) throws(RegistryError) -> [UInt8] {
        var template = Array("/tmp/portlore-download-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw .download(url: url, reason: "cannot create a temporary file: \(FileBytes.reason(errno))")
        }
        close(descriptor)
        let temporary = String(cString: template)
        defer { unlink(temporary) }

        let arguments = [
            "curl", "--fail", "--silent", "--show-error", "--location", "--proto", "=http,https",
            "--max-time", "300", "--max-filesize", String(RegistryFile.maximumSize), "--output", temporary, url,
        ]
        let status = try run(arguments, url: url)
        guard status == 0 else {
            throw .download(url: url, reason: status == 127 ? "curl is not installed" : "curl exited with status \(status)")
        }
        return try RegistryFile.read(temporary)
    }

    private static func run(_ arguments: [String], url: String) throws(RegistryError) -> Int32 {
        var pid: pid_t = 0
        var cArguments = arguments.map { strdup($0) }
        cArguments.append(nil)
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, "curl", nil, nil, cArguments, environ)
        guard spawned == 0 else {
            if spawned == ENOENT { return 127 }
            throw .download(url: url, reason: "cannot start curl: \(FileBytes.reason(spawned))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw .download(url: url, reason: "lost track of curl") }
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
