import Service

extension FieldViolation {
    /// A protobuf enum field that carries a number the API does not define; `use` lists the values it does.
    static func unknownValue(_ number: Int, field: String, use: String) -> FieldViolation {
        FieldViolation(field: field, description: "unknown value \(number); use \(use)")
    }
}
