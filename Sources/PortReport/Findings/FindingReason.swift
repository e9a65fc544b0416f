/// A finding's one-line reason, kept as its parts until it is read.
///
/// A listing under load raises 40,000 findings: formatting each reason into a String and
/// then copying that into the JSON cost more than the rules' logic. The parts are recorded
/// as the rule writes its reason (`"\(label) is not assigned by IANA"`), and the JSON writer
/// writes them straight into its buffer; `description` formats them for everything else.
public struct FindingReason: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    enum Part: Hashable, Sendable {
        case text(String)
        case number(Int64)
    }

    private(set) var parts: [Part]

    public init(_ text: String) {
        parts = [.text(text)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    public var description: String {
        var text = ""
        for part in parts {
            switch part {
            case .text(let piece): text += piece
            case .number(let number): text += String(number)
            }
        }
        return text
    }

    /// Two reasons are the same when they read the same, however they were put together.
    public static func == (lhs: FindingReason, rhs: FindingReason) -> Bool {
        lhs.parts == rhs.parts || lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part]

        public init(literalCapacity: Int, interpolationCount: Int) {
            parts = []
            parts.reserveCapacity(2 * interpolationCount + 1)
        }

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ text: String) {
            parts.append(.text(text))
        }

        public mutating func appendInterpolation(_ number: some FixedWidthInteger) {
            parts.append(.number(Int64(number)))
        }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            parts.append(.text(value.description))
        }
    }
}
