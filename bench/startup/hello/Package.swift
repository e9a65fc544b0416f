// swift-tools-version:6.2
// The start-up floor portlore is measured against (bench/startup/run.sh): a FoundationEssentials
// "hello", built fully static like portlore's release binary.
import PackageDescription

let package = Package(
    name: "hello",
    targets: [
        .executableTarget(name: "hello"),
    ]
)
