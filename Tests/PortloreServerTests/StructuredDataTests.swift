import FoundationEssentials
import Testing
@testable import PortloreServer

struct StructuredDataTests {
    /// A JSON-LD string cannot close its `<script>` block, and still reads back as the text.
    @Test func jsonStringIsSafeInsideScriptAndReadsBack() throws {
        let text = "Why </script><b> & \"quotes\" \\ and\nlines\u{1} a/b"
        let literal = StructuredData.jsonString(text)
        #expect(!literal.contains("<") && !literal.contains(">") && !literal.contains("&"))
        #expect(literal.hasPrefix("\"Why \\u003c/script\\u003e\\u003cb\\u003e \\u0026 \\\"quotes\\\""))
        #expect(try JSONDecoder().decode(String.self, from: Data(literal.utf8)) == text)
    }
}
