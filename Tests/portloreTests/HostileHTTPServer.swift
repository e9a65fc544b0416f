import Foundation
import Glibc

/// A python3 HTTP server on 127.0.0.1 that misbehaves on purpose, by path:
/// - `/file/NAME`: the file NAME of the served directory, with a Content-Length;
/// - `/redirect/TARGET`: 302 to TARGET (a path on this server or a full URL, percent-encoded);
/// - `/loop`: 302 to itself;
/// - `/endless`: 200 without Content-Length, zeros until the client goes away;
/// - `/trickle`: 200 without Content-Length, one byte every 50 ms; says `connected` on stdout;
/// - `/stall`: 200 and a few bytes, then nothing (the connection stays open).
final class HostileHTTPServer {
    let process = Process()
    let port: Int
    private let output = Pipe()

    init(serving directory: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", """
            import http.server, os, sys, time, urllib.parse
            root = sys.argv[1]
            class Handler(http.server.BaseHTTPRequestHandler):
                def log_message(self, *args): pass
                def do_GET(self):
                    path = self.path
                    try:
                        if path.startswith('/file/'):
                            data = open(os.path.join(root, os.path.basename(path[6:])), 'rb').read()
                            self.send_response(200); self.send_header('Content-Length', str(len(data))); self.end_headers()
                            self.wfile.write(data)
                        elif path.startswith('/redirect/'):
                            self.send_response(302); self.send_header('Location', urllib.parse.unquote(path[10:]))
                            self.send_header('Content-Length', '0'); self.end_headers()
                        elif path == '/loop':
                            self.send_response(302); self.send_header('Location', '/loop')
                            self.send_header('Content-Length', '0'); self.end_headers()
                        elif path == '/endless':
                            self.send_response(200); self.end_headers()
                            block = b'0' * 65536
                            while True: self.wfile.write(block)
                        elif path == '/trickle':
                            self.send_response(200); self.end_headers()
                            print('connected', flush=True)
                            while True:
                                self.wfile.write(b'<'); self.wfile.flush(); time.sleep(0.05)
                        elif path == '/stall':
                            self.send_response(200); self.end_headers(); self.wfile.write(b'<registry>'); self.wfile.flush()
                            time.sleep(3600)
                        else:
                            self.send_response(404); self.send_header('Content-Length', '0'); self.end_headers()
                    except (BrokenPipeError, ConnectionResetError):
                        pass
            server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
            server.daemon_threads = True
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """, directory.path]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        port = try ReadyLine.port(from: output, of: process, what: "the hostile HTTP server")
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The next line the server prints (`connected` when a trickle starts).
    func nextLine() -> String? { ReadyLine.read(from: output) }

    func stop() {
        // SIGKILL: the test runner's threads may block SIGTERM, and a child inherits the mask.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
