/// The location of a value inside a JSON document, written as `facts["tthc.onTime"]` or
/// `fields[0].children[2].max`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// An object key.
        case key(String)
        /// An array index.
        case index(Int)
    }

    /// The steps from the document root.
    public private(set) var components: [Component]

    /// The root of a document.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// A path of object keys.
    public init(keys: String...) {
        self.components = keys.map { .key($0) }
    }

    /// This path extended by a key.
    public func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// This path extended by an array index.
    public func appending(index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    mutating func append(_ component: Component) {
        components.append(component)
    }

    mutating func removeLast() {
        components.removeLast()
    }

    /// The path as users read it; `$` for the root. Very deep paths show their first and last
    /// steps around `…`.
    public var description: String {
        var text = ""
        let shown: [Component]
        if components.count > 12 {
            shown = Array(components.prefix(6)) + [.key("…")] + Array(components.suffix(4))
        } else {
            shown = components
        }
        for component in shown {
            switch component {
            case .index(let i):
                text += "[\(i)]"
            case .key(let key):
                if Self.isPlain(key) {
                    text += text.isEmpty ? key : "." + key
                } else {
                    text += "[" + JSONWriter.quoted(key) + "]"
                }
            }
        }
        return text.isEmpty ? "$" : text
    }

    private static func isPlain(_ key: String) -> Bool {
        if key == "…" { return true }
        guard let first = key.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return key.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F
        }
    }
}
