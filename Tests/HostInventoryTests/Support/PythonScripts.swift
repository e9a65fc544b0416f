/// Python programs the tests start as real children. Each writes one line when
/// it is ready and then waits for its stdin to close.
enum PythonScripts {
    /// Listens on 127.0.0.1 (a kernel-chosen port) and prints the port.
    static let listen = """
        import socket, sys
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        s.listen()
        print(s.getsockname()[1], flush=True)
        sys.stdin.read()
        """

    /// Listens, forks (the child shares the socket, like a pre-fork server), and
    /// prints "PORT CHILD_PID" once the child exists.
    static let listenAndFork = """
        import os, socket, sys
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        s.listen()
        child = os.fork()
        if child == 0:
            sys.stdin.read()
            os._exit(0)
        print(s.getsockname()[1], child, flush=True)
        sys.stdin.read()
        os.waitpid(child, 0)
        """
}
