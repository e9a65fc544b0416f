import FoundationEssentials

/// A JSON value, decoded with FoundationEssentials' `JSONDecoder` (integers kept apart from
/// other numbers, so `"type": "integer"` can be checked).
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}

/// Checks documents against the schemas of an OpenAPI 3.1 document, for the JSON Schema subset
/// portlore's openapi.json uses: `type` (a name or a list, "null" included), `properties`,
/// `required`, `items`, `enum`, `const`, `$ref` to `#/components/...`, `allOf`, `oneOf`,
/// `nullable`, and the annotations `description`, `title`, `format`, `example`.
///
/// Every object schema is closed, as if it said `additionalProperties: false`: a member the
/// schema does not declare is a violation. An `allOf` is closed over the union of its parts'
/// properties (what JSON Schema 2020-12 spells `unevaluatedProperties: false`), since closing
/// each part alone would refuse every object that has members of two parts. A keyword outside
/// the subset is reported as a violation too, so the validator never passes what it cannot read.
struct OpenAPISchemaValidator {
    let document: JSONValue

    static let annotations: Set<String> = ["description", "title", "format", "example", "examples", "deprecated"]
    static let keywords: Set<String> = ["type", "properties", "required", "items", "enum", "const", "$ref", "allOf", "oneOf", "nullable", "additionalProperties"]

    /// The schema of the JSON body a path template answers with for `status`, nil when the
    /// document declares no such response.
    func responseSchema(template: String, status: Int) -> JSONValue? {
        guard var response = document["paths"]?[template]?["get"]?["responses"]?[String(status)] else { return nil }
        if let reference = response["$ref"]?.string, let resolved = resolve(reference) { response = resolved }
        return response["content"]?["application/json"]?["schema"]
    }

    func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    /// Every way `value` breaks `schema`, each as "PATH: what".
    func violations(of value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard case .object(let keywords) = schema else { return ["\(path): the schema is not an object"] }
        var found: [String] = []
        for key in keywords.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            found.append("\(path): the validator does not know the keyword '\(key)'")
        }
        if let reference = keywords["$ref"]?.string {
            guard let target = resolve(reference) else { return found + ["\(path): unresolved $ref \(reference)"] }
            return found + violations(of: value, against: target, at: path)
        }
        if keywords["nullable"] == .bool(true), value == .null { return found }
        if let allOf = keywords["allOf"] {
            guard case .array(let parts) = allOf else { return found + ["\(path): allOf is not a list"] }
            let flattened = parts.map(flatten)
            if case .object = value {
                // One closed object over the union of the parts.
                var properties: [String: JSONValue] = [:]
                var required: [JSONValue] = []
                for part in flattened {
                    if case .object(let declared)? = part["properties"] { properties.merge(declared) { first, _ in first } }
                    if case .array(let names)? = part["required"] { required += names }
                    for key in part.objectKeys where !["properties", "required", "type"].contains(key) && !Self.annotations.contains(key) {
                        found.append("\(path): allOf part with '\(key)' is beyond this validator")
                    }
                }
                let merged = JSONValue.object(["type": .string("object"), "properties": .object(properties), "required": .array(required)])
                found += violations(of: value, against: merged, at: path)
            } else {
                for part in flattened { found += violations(of: value, against: part, at: path) }
            }
        }
        if let oneOf = keywords["oneOf"] {
            guard case .array(let choices) = oneOf else { return found + ["\(path): oneOf is not a list"] }
            let matching = choices.filter { violations(of: value, against: $0, at: path).isEmpty }.count
            if matching != 1 { found.append("\(path): matches \(matching) of the oneOf choices, not exactly 1") }
        }
        if let type = keywords["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap(\.string)
            default: return found + ["\(path): type is neither a name nor a list"]
            }
            if keywords["nullable"] == .bool(true) && value == .null { return found }
            guard allowed.contains(where: { Self.value(value, isOfType: $0) }) else {
                return found + ["\(path): \(Self.describe(value)) where the schema wants \(allowed.joined(separator: " or "))"]
            }
        }
        if let constant = keywords["const"], constant != value {
            found.append("\(path): \(Self.describe(value)) is not the constant \(Self.describe(constant))")
        }
        if case .array(let choices)? = keywords["enum"], !choices.contains(value) {
            found.append("\(path): \(Self.describe(value)) is not one of \(choices.map(Self.describe).joined(separator: ", "))")
        }
        switch value {
        case .object(let members):
            let isObjectSchema = keywords["properties"] != nil || keywords["type"] == .string("object")
            if isObjectSchema {
                var declared: [String: JSONValue] = [:]
                if case .object(let properties)? = keywords["properties"] { declared = properties }
                if case .array(let names)? = keywords["required"] {
                    for name in names.compactMap(\.string) where members[name] == nil {
                        found.append("\(path): the required member '\(name)' is missing")
                    }
                }
                for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                    if let memberSchema = declared[name] {
                        found += violations(of: member, against: memberSchema, at: path + "." + name)
                    } else if case .object(let extra)? = keywords["additionalProperties"] {
                        found += violations(of: member, against: .object(extra), at: path + "." + name)
                    } else if keywords["additionalProperties"] != .bool(true) {
                        found.append("\(path): '\(name)' is sent but not declared")
                    }
                }
            }
        case .array(let elements):
            if let items = keywords["items"] {
                for (index, element) in elements.enumerated() {
                    found += violations(of: element, against: items, at: "\(path)[\(index)]")
                }
            }
        default: break
        }
        return found
    }

    /// A schema with its `$ref`s followed and nested `allOf`s spread out.
    private func flatten(_ schema: JSONValue) -> JSONValue {
        if let reference = schema["$ref"]?.string, let target = resolve(reference) { return flatten(target) }
        return schema
    }

    static func value(_ value: JSONValue, isOfType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
             ("string", .string), ("array", .array), ("object", .object): true
        default: false
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .integer(let number): "\(number)"
        case .number(let number): "\(number)"
        case .string(let text): "\"\(text.prefix(40))\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONValue {
    var objectKeys: [String] {
        if case .object(let members) = self { return Array(members.keys) }
        return []
    }
}
