/// One request field at fault (gRPC's `BadRequest.FieldViolation`).
public struct FieldViolation: Hashable, Sendable, CustomStringConvertible {
    /// The field's name as the API's JSON spells it (`email_address`, `page_token`).
    public var field: String
    /// What is wrong with it and how to fix it.
    public var description: String

    public init(field: String, description: String) {
        self.field = field; self.description = description
    }
}
