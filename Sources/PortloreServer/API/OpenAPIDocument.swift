/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. The same text is
/// kept in docs/openapi.json; a test checks that the two are identical.
enum OpenAPIDocument {
    static let json = #"""
PLACEHOLDER
"""#
}
