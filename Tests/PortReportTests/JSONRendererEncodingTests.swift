import Foundation
import PortReport
import Testing

/// Small documents go through FoundationEssentials' `JSONEncoder`: snake_case keys, optionals
/// left out, flattened types in one object, and the same bytes for the same value every time.
struct JSONRendererEncodingTests {
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
    func decodesToTheValueEncoded(pretty: Bool) throws {
        let text = JSONRenderer.encode(Self.sample, pretty: pretty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["tier_meaning"] as? String == Self.sample.tierMeaning, "every character survives its escaping")
        #expect(object["ratio"] as? Double == 12.5)
        #expect(object["flag"] as? Bool == true)
        #expect(object["missing"] == nil)
        #expect((object["inner"] as? [String: Any])?["parent_pid"] as? Int == 1)
        let list = try #require(object["list"] as? [[String: Any]])
        #expect(list.map { $0["parent_pid"] as? Int } == [-2, 3])
        #expect(list.map { $0["tags"] as? [String] } == [["a", "b"], ["c"]])
        #expect(object["nested"] as? [[Int]] == [[1, 2], [], [3]])
        #expect(text.contains("\n") == pretty, "compact output is one line")
        #expect(JSONRenderer.encode(Self.sample, pretty: pretty) == text, "the same value, the same bytes")
    }

    @Test func keysAreSnakeCaseAndOptionalsLeftOut() throws {
        let text = JSONRenderer.encode(Self.sample, pretty: false)
        #expect(text.contains("\"parent_pid\":1"))
        #expect(text.contains("\"container_id\":\"abc\""))
        #expect(text.contains("\"tier_meaning\""))
        #expect(text.contains("</script>"), "a slash stays a slash")
        #expect(!text.contains("missing"))
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
        let text = JSONRenderer.encode([Flattened(), Flattened()])
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(object?.count == 2)
        #expect(object?.first?["extra"] as? String == "first")
        #expect(object?.first?["parent_pid"] as? Int == 7)
        #expect(object?.first?["last"] as? Bool == true)
    }
}
