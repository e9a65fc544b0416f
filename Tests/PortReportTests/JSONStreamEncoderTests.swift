import Foundation
import PortReport
import Testing

/// The streaming encoder must write what Foundation's JSONEncoder means, for our documents.
struct JSONStreamEncoderTests {
    struct Inner: Codable, Equatable {
        var parentPID: Int32
        var containerID: String?
        var tags: [String]
    }

    struct Outer: Codable, Equatable {
        var schema = "portlore/1"
        var tierMeaning: String
        var ratio: Double
        var flag: Bool
        var missing: String?
        var inner: Inner
        var list: [Inner]
        var nested: [[Int]]
        var empty: [String]
    }

    static let sample = Outer(
        tierMeaning: "quote \" backslash \\ newline \n tab \t bell \u{07} del \u{7F} é 🚀 </script>",
        ratio: 12.5, flag: true, missing: nil,
        inner: Inner(parentPID: 1, containerID: "abc", tags: []),
        list: [Inner(parentPID: -2, containerID: nil, tags: ["a", "b"]), Inner(parentPID: 3, containerID: "x", tags: ["c"])],
        nested: [[1, 2], [], [3]], empty: []
    )

    @Test(arguments: [true, false])
    func decodesToWhatFoundationWouldWrite(pretty: Bool) throws {
        let ours = try JSONStreamEncoder(pretty: pretty).encode(Self.sample)
        let foundation = JSONEncoder()
        foundation.keyEncodingStrategy = .convertToSnakeCase
        let theirs = try foundation.encode(Self.sample)
        let ourObject = try JSONSerialization.jsonObject(with: Data(ours)) as? NSDictionary
        let theirObject = try JSONSerialization.jsonObject(with: theirs) as? NSDictionary
        #expect(ourObject == theirObject)
    }

    @Test func keysAreSnakeCaseAndOptionalsLeftOut() throws {
        let text = String(decoding: try JSONStreamEncoder(pretty: false).encode(Self.sample), as: UTF8.self)
        #expect(text.contains("\"parent_pid\":1"))
        #expect(text.contains("\"container_id\":\"abc\""))
        #expect(text.contains("\"tier_meaning\""))
        #expect(!text.contains("missing"))
        #expect(!text.contains("\n"), "compact output is one line")
        #expect(text.contains("\"empty\":[]"))
    }

    @Test func flattenedTypesShareOneObject() throws {
        struct Flattened: Encodable {
            var inner = Inner(parentPID: 7, containerID: nil, tags: ["t"])
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode("first", forKey: .extra)
                try inner.encode(to: encoder)
                var again = encoder.container(keyedBy: Key.self)
                try again.encode(true, forKey: .last)
            }
            enum Key: String, CodingKey { case extra, last }
        }
        let object = try JSONSerialization.jsonObject(with: Data(try JSONStreamEncoder(pretty: true).encode([Flattened(), Flattened()]))) as? [[String: Any]]
        #expect(object?.count == 2)
        #expect(object?.first?["extra"] as? String == "first")
        #expect(object?.first?["parent_pid"] as? Int == 7)
        #expect(object?.first?["last"] as? Bool == true)
    }
}
