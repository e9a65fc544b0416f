import Testing
@testable import PortloreServer

/// The server's one percent-decoder: lenient for path segments, strict for the feedback form.
struct PercentDecodingTests {
    @Test func pathsKeepMalformedEscapesAsWritten() {
        #expect(PercentDecoding.decode("remote%20desktop") == "remote desktop")
        #expect(PercentDecoding.decode("a+b") == "a+b")
        #expect(PercentDecoding.decode("a+b%2B", plusIsSpace: true) == "a b+")
        #expect(PercentDecoding.decode("100%zz%4") == "100%zz%4")
        #expect(PercentDecoding.decode("%E0%B8%82") == "ข")
    }

    @Test func formsRefuseMalformedEscapes() {
        #expect(PercentDecoding.bytes("a+%41".utf8, plusIsSpace: true, strict: true) == Array("a A".utf8))
        #expect(PercentDecoding.bytes("%zz".utf8, plusIsSpace: true, strict: true) == nil)
        #expect(PercentDecoding.bytes("ok%4".utf8, plusIsSpace: true, strict: true) == nil)
        #expect(PercentDecoding.bytes("%ff".utf8, plusIsSpace: true, strict: true) == [0xFF])
    }
}
