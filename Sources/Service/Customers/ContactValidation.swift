/// Checks a customer's contact data against every rule at once and normalises it.
///
/// Rules (fields by their JSON names):
/// - `email_address`: required, see `EmailAddress`.
/// - `phone_number`: required, E.164 after removing separators, see `PhoneNumber`; stored normalised.
/// - `given_name`, `family_name`: at most 100 characters each; not both empty (a name of only whitespace
///   counts as empty); when both are empty both fields are reported.
/// - `language_code`: required, a well-formed BCP-47 tag, see `LanguageTag`.
/// - `external_customer_id`: optional (empty is stored as absent), at most 255 characters (the sharing
///   operator's VARCHAR(255)); not unique and never a look-up key.
/// Lengths count characters (extended grapheme clusters, what a person would count).
public enum ContactValidation {
    public static let maxNameLength = 100
    public static let maxExternalIDLength = 255

    /// The draft as stored (phone normalised, empty external id absent), or `INVALID_ARGUMENT` with one
    /// field violation per bad field. The reason is the documented one of the rule broken
    /// (`INVALID_EMAIL_ADDRESS`, `INVALID_PHONE_NUMBER`, `INVALID_GIVEN_NAME`, `INVALID_FAMILY_NAME`,
    /// `INVALID_NAME` for both names empty, `INVALID_LANGUAGE_CODE`; ours: `INVALID_EXTERNAL_CUSTOMER_ID`),
    /// or `INVALID_CUSTOMER` when several rules are broken at once (the violations list them all).
    public static func validated(_ draft: CustomerDraft) throws(ServiceError) -> CustomerDraft {
        let violations = self.violations(draft)
        guard violations.isEmpty else {
            let fields = violations.map(\.field).joined(separator: ", ")
            let reasons = Set(violations.map { reason(of: $0, draft) })
            throw .invalidArgument(
                "the customer's contact data is invalid (\(fields)); fix every listed field and send it again",
                violations, reason: reasons.count == 1 ? reasons.first! : .invalidCustomer)
        }
        var stored = draft
        stored.phoneNumber = PhoneNumber.stripped(draft.phoneNumber)
        if stored.externalCustomerID?.isEmpty == true { stored.externalCustomerID = nil }
        return stored
    }

    /// Every rule the draft breaks, in field order.
    public static func violations(_ draft: CustomerDraft) -> [FieldViolation] {
        var found: [FieldViolation] = []
        func report(_ field: String, _ problem: String?) {
            if let problem { found.append(FieldViolation(field: field, description: "\(field) \(problem)")) }
        }
        report("email_address", EmailAddress.problem(draft.emailAddress))
        report("phone_number", PhoneNumber.problem(draft.phoneNumber))
        let blank = { (name: String) in name.allSatisfy(\.isWhitespaceFast) }
        if blank(draft.givenName) && blank(draft.familyName) {
            let fix = "give at least one of given_name and family_name"
            report("given_name", "and family_name are both empty; \(fix)")
            report("family_name", "and given_name are both empty; \(fix)")
        } else {
            report("given_name", nameProblem(draft.givenName))
            report("family_name", nameProblem(draft.familyName))
        }
        report("language_code", LanguageTag.problem(draft.languageCode))
        if let external = draft.externalCustomerID, external.count > maxExternalIDLength {
            report("external_customer_id", "is \(external.count) characters long; use at most \(maxExternalIDLength)")
        }
        return found
    }

    /// The documented reason of one violation of `violations(draft)`.
    static func reason(of violation: FieldViolation, _ draft: CustomerDraft) -> ErrorReason {
        let blank = { (name: String) in name.allSatisfy(\.isWhitespaceFast) }
        switch violation.field {
        case "email_address": return .invalidEmailAddress
        case "phone_number": return .invalidPhoneNumber
        case "given_name", "family_name":
            if blank(draft.givenName) && blank(draft.familyName) { return .invalidName }
            return violation.field == "given_name" ? .invalidGivenName : .invalidFamilyName
        case "language_code": return .invalidLanguageCode
        case "external_customer_id": return .invalidExternalCustomerID
        default: return .invalidCustomer
        }
    }

    private static func nameProblem(_ name: String) -> String? {
        name.count > maxNameLength ? "is \(name.count) characters long; use at most \(maxNameLength)" : nil
    }
}
