/// A JSON value of the rule files, whose token specs mix strings, booleans and `{"IN": [...]}` objects.
enum RuleJSON: Decodable, Sendable, CustomStringConvertible {
    case string(String)
    case bool(Bool)
    case number(Double)
    case array([RuleJSON])
    case object([String: RuleJSON])
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode([RuleJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: RuleJSON].self))
        }
    }

    var description: String {
        switch self {
        case .string(let value): "\"\(value)\""
        case .bool(let value): "\(value)"
        case .number(let value): "\(value)"
        case .array(let values): "[\(values.map(\.description).joined(separator: ", "))]"
        case .object(let members):
            "{\(members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", "))}"
        case .null: "null"
        }
    }
}
