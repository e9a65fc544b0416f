/// Text from outside portlore (process names, command lines, cgroup paths, namespace and user
/// names, search words, error messages that quote input) made safe to print on a terminal.
///
/// A terminal obeys control characters in whatever it is sent: `ESC ] 0 ; ... BEL` retitles the
/// window, `ESC [ 2 J` clears it, and C1 codes (U+0080-U+009F, e.g. U+009B, a one-character CSI)
/// do the same on many terminals. So every C0 character (tab and newline included: each field
/// is one line), DEL and every C1 character becomes a visible `\xNN`, and the bidirectional
/// overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder what the eye reads,
/// become `\u{NNNN}`. Everything else passes unchanged.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var safe = ""
        safe.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar) {
                safe.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                let hex = String(scalar.value, radix: 16)
                safe += "\\x" + (hex.count == 1 ? "0" : "") + hex
            } else {
                safe += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return safe
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
