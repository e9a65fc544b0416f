import FoundationEssentials

// Touch FoundationEssentials so that it is linked like in portlore, then print one line.
let started = Date()
print("hello \(started.timeIntervalSince1970 > 0 ? "world" : "?")")
