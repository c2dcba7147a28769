/// A small command-line parser: options with values, boolean flags and positional arguments.
///
/// `--name value` and `--name=value` are the same; `--` ends the options; `-` alone is a
/// positional argument (standard input).
struct Arguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    struct UsageError: Error {
        var message: String
    }

    init(_ arguments: [String], valued: Set<String>, flags knownFlags: Set<String>) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            if valued.contains(name) {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else if index < arguments.count {
                    values[name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw UsageError(message: "\(name) needs a value / \(name) cần một giá trị")
                }
            } else if knownFlags.contains(name), inlineValue == nil {
                flags.insert(name)
            } else {
                throw UsageError(message: "unknown option \(argument) / tùy chọn không hợp lệ \(argument)")
            }
        }
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// A value that must be one of `choices`.
    func choice<T: RawRepresentable>(_ name: String, default fallback: T) throws(UsageError) -> T where T.RawValue == String {
        guard let text = value(name) else { return fallback }
        guard let parsed = T(rawValue: text) else {
            throw UsageError(message: "invalid value \"\(text)\" for \(name) / giá trị không hợp lệ \"\(text)\" cho \(name)")
        }
        return parsed
    }
}
