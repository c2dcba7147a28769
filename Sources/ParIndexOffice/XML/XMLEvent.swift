/// One step of an ``XMLPullReader``.
public enum XMLEvent: Sendable, Equatable {
    /// An element begins (an empty element `<a/>` is a start followed by an end).
    case start(XMLStartTag)
    /// An element ends; the qualified name.
    case end(String)
    /// Character data (entities and character references decoded, CDATA included, line ends
    /// normalised to LF). Whitespace between elements is reported too.
    case text(String)
}

/// An element's start tag: its name and attributes.
public struct XMLStartTag: Sendable, Equatable {
    /// The qualified name as written (`x:c` or `c`).
    public var name: String
    /// The attributes in document order, names qualified as written, values decoded.
    public var attributes: [(name: String, value: String)]

    /// An element's start tag.
    public init(name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.attributes = attributes
    }

    /// The name without its namespace prefix (`c` for `x:c`).
    public var localName: Substring { Self.localName(name) }

    /// The value of the attribute whose local name is `localName` (`r:id` matches `id`), if any.
    public func attribute(_ localName: String) -> String? {
        for attribute in attributes where Self.localName(attribute.name) == localName { return attribute.value }
        return nil
    }

    /// The value of the attribute named exactly `name` (prefix included), if any.
    public func attribute(qualified name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `name` without the part up to its colon.
    public static func localName(_ name: String) -> Substring {
        if let colon = name.firstIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }

    /// Tags are equal when names and attributes are.
    public static func == (left: XMLStartTag, right: XMLStartTag) -> Bool {
        left.name == right.name && left.attributes.elementsEqual(right.attributes) { $0.name == $1.name && $0.value == $1.value }
    }
}
