import HostInventory
import PortReport
import Testing

struct CommandLineRedactorTests {
    let redactor = CommandLineRedactor()

    @Test(arguments: [
        (["server", "--password=hunter2"], ["server", "--password=[REDACTED]"]),
        (["server", "--password", "hunter2", "--port", "80"], ["server", "--password", "[REDACTED]", "--port", "80"]),
        (["server", "--db-password", "x"], ["server", "--db-password", "[REDACTED]"]),
        (["server", "--api-key=abc", "--apiKey", "def"], ["server", "--api-key=[REDACTED]", "--apiKey", "[REDACTED]"]),
        (["server", "--token", "t0k", "-v"], ["server", "--token", "[REDACTED]", "-v"]),
        (["server", "--client-secret=s"], ["server", "--client-secret=[REDACTED]"]),
        (["java", "-Dspring.datasource.password=pw", "-jar", "app.jar"], ["java", "-Dspring.datasource.password=[REDACTED]", "-jar", "app.jar"]),
        (["env", "DB_PASSWORD=pw", "AWS_SECRET_ACCESS_KEY=k", "PATH=/bin", "app"], ["env", "DB_PASSWORD=[REDACTED]", "AWS_SECRET_ACCESS_KEY=[REDACTED]", "PATH=/bin", "app"]),
        (["app", "GITHUB_TOKEN=ghp_x"], ["app", "GITHUB_TOKEN=[REDACTED]"]),
        (["worker", "postgres://app:s3cret@db.local:5432/app"], ["worker", "postgres://app:[REDACTED]@db.local:5432/app"]),
        (["worker", "--url=redis://:pw@127.0.0.1:6379/0"], ["worker", "--url=redis://:[REDACTED]@127.0.0.1:6379/0"]),
        (["git", "clone", "https://ghp_token@github.com/o/r"], ["git", "clone", "https://[REDACTED]@github.com/o/r"]),
        (["curl", "-H", "Authorization: Bearer abc.def"], ["curl", "-H", "Authorization: [REDACTED]"]),
        (["mysql", "-uroot", "-phunter2", "-P", "3306"], ["mysql", "-uroot", "-p[REDACTED]", "-P", "3306"]),
        (["/usr/bin/mysqld", "--port=3306"], ["/usr/bin/mysqld", "--port=3306"]),
    ])
    func hidesSecrets(_ arguments: [String], _ expected: [String]) {
        #expect(redactor.redact(arguments) == expected)
    }

    @Test(arguments: [
        ["nginx", "-g", "daemon off;"],
        ["python3", "-m", "http.server", "--bind", "127.0.0.1", "8000"],
        ["server", "--token-file", "/run/secrets/token", "--passive"],
        ["sshd", "-D", "-p", "22"],
        ["app", "--url=https://example.com/path?a=b"],
        ["node", "server.js", "KEYBOARD=us"],
        [],
    ])
    func keepsOrdinaryArguments(_ arguments: [String]) {
        #expect(redactor.redact(arguments) == arguments)
    }

    @Test func keepsTheArgumentCount() {
        let arguments = ["a", "--password", "--verbose", "x"]
        // A flag after --password is not its value.
        #expect(redactor.redact(arguments) == arguments)
    }

    @Test func redactsFreeText() {
        #expect(redactor.redact(text: "runs with DB_PASSWORD=x and postgres://u:p@h/db")
            == "runs with DB_PASSWORD=[REDACTED] and postgres://u:[REDACTED]@h/db")
        #expect(redactor.redact(text: "pid 4 on 1302/tcp") == "pid 4 on 1302/tcp")
    }

    @Test func redactsSnapshots() {
        let process = ProcessDetails(
            pid: 42, parentPID: 1, name: "app", commandLine: ["app", "--password=pw"], executable: "/usr/bin/app",
            executableDeleted: false, uid: 0, user: "root", startTime: nil, cgroup: nil, containerID: nil
        )
        let listener = Listener(
            transport: .tcp, family: .ipv4, state: .listen,
            local: SocketAddress(ip: "127.0.0.1", port: 1302, isLoopback: true, isWildcard: false),
            inode: 1, uid: 0, namespace: NetworkNamespace(inode: 1, isHost: true), owner: .processes([process])
        )
        let snapshot = HostSnapshot(listeners: [listener], isRoot: true, scannedNamespaces: []).redactingCommandLines()
        guard case .processes(let redacted) = snapshot.listeners[0].owner else {
            Issue.record("owner lost")
            return
        }
        #expect(redacted[0].commandLine == ["app", "--password=[REDACTED]"])
    }
}
