/// A parsed JSON document, kept close to its text.
///
/// Numbers keep their source text so that `1.5` is read as an exact decimal and a count such as
/// `1e400` or `99999999999999999999` can be refused with the value the user wrote. Objects keep
/// their keys in source order.
package indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written in the source.
    case number(String)
    /// A string, normalised to Unicode NFC.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, keys in source order.
    case object(JSONObject)

    /// A short English name of the value's JSON type, for messages.
    package var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A short Vietnamese name of the value's JSON type, for messages.
    package var typeNameVi: String {
        switch self {
        case .null: "null"
        case .bool: "giá trị đúng/sai"
        case .number: "một số"
        case .string: "một chuỗi"
        case .array: "một mảng"
        case .object: "một đối tượng"
        }
    }

    /// The value written back as compact JSON, cut to `limit` characters for messages.
    package func excerpt(limit: Int = 60) -> String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .number(let n): text = n
        case .string(let s): text = JSONWriter.quoted(s)
        case .array(let a): text = a.isEmpty ? "[]" : "[…]"
        case .object(let o): text = o.isEmpty ? "{}" : "{…}"
        }
        if text.count <= limit { return text }
        return String(text.prefix(limit)) + "…"
    }
}

/// A JSON object whose keys keep their source order.
package struct JSONObject: Sendable, Equatable {
    /// The keys, in source order, each once.
    package private(set) var keys: [String]
    /// The values, parallel to ``keys``.
    package private(set) var values: [JSONValue]

    /// An empty object.
    package init() {
        keys = []
        values = []
    }

    /// Whether the object has no key.
    package var isEmpty: Bool { keys.isEmpty }

    /// The number of keys.
    package var count: Int { keys.count }

    /// The value for `key`, if present.
    package subscript(key: String) -> JSONValue? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        return values[index]
    }

    /// Appends a key that is not yet present.
    mutating func append(key: String, value: JSONValue) {
        keys.append(key)
        values.append(value)
    }

    /// The key-value pairs in source order.
    package var entries: [(key: String, value: JSONValue)] {
        Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
    }
}
