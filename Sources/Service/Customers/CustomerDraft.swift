/// The contact data `CreateCustomer` and `UpdateCustomer` carry, before validation.
public struct CustomerDraft: Hashable, Sendable {
    public var emailAddress: String
    /// Any common spelling of an E.164 number (`+49 30 726-219941`); stored normalised.
    public var phoneNumber: String
    public var givenName: String
    public var familyName: String
    /// A BCP-47 language tag (`de`, `pt-BR`).
    public var languageCode: String
    /// The integrator's own id for the customer: stored and returned, not unique, not a lookup key.
    /// Empty counts as absent.
    public var externalCustomerID: String?

    public init(
        emailAddress: String = "", phoneNumber: String = "", givenName: String = "",
        familyName: String = "", languageCode: String = "", externalCustomerID: String? = nil
    ) {
        self.emailAddress = emailAddress; self.phoneNumber = phoneNumber; self.givenName = givenName
        self.familyName = familyName; self.languageCode = languageCode; self.externalCustomerID = externalCustomerID
    }
}
