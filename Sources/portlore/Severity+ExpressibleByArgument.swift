public import ArgumentParser
public import PortReport

/// `--min-severity warning`.
extension Severity: ExpressibleByArgument {}
