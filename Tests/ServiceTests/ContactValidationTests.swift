import Simulation
import Testing

@testable import Service

/// Every rule of `CreateCustomer` / `UpdateCustomer`, field by field, through the directory.
@Suite("Contact validation")
struct ContactValidationTests {
    /// An address of exactly `length` characters: a 64-character local part and a domain of long labels.
    static func email(length: Int) -> String {
        var domain = "com"
        while domain.count < length - 65 {
            domain = String(repeating: "b", count: min(63, length - 65 - domain.count - 1)) + "." + domain
        }
        return String(repeating: "a", count: 64) + "@" + domain
    }

    /// The fields `create` reports for `draft` (empty when it succeeds); checks code and reason on the way.
    static func violatingFields(_ draft: CustomerDraft) -> [String] {
        var directory = CustomerDirectory(flags: [], seed: 1)
        guard let error = serviceError({ try directory.create(draft) }) else { return [] }
        #expect(error.code == .invalidArgument)
        let reasons: Set<ErrorReason> = [
            .invalidEmailAddress, .invalidPhoneNumber, .invalidGivenName, .invalidFamilyName,
            .invalidName, .invalidLanguageCode, .invalidExternalCustomerID
        ]
        #expect(reasons.union([.invalidCustomer]).contains(error.reason))
        if error.violatingFields.count == 1 { #expect(reasons.contains(error.reason)) }
        #expect(
            error.fieldViolations.allSatisfy {
                $0.description.hasPrefix($0.field) && $0.description.count > $0.field.count + 10
            })
        return error.violatingFields
    }

    static func with(_ change: (inout CustomerDraft) -> Void) -> CustomerDraft {
        var draft = validDraft
        change(&draft)
        return draft
    }

    @Test(
        "email_address: reasonable addresses up to 250 characters pass",
        arguments: [
            "jane.doe@example.com", "a@b.co", "x+tag@sub.example.org", "o'brien@example.ie", "jürgen@müller.de",
            "user_1@mail-server.example.com", ContactValidationTests.email(length: 250)
        ])
    func emailValid(address: String) {
        #expect(Self.violatingFields(Self.with { $0.emailAddress = address }) == [])
    }

    @Test(
        "email_address: malformed or too long addresses are reported on email_address",
        arguments: [
            "", "plainaddress", "@example.com", "jane@", "jane@localhost", "jane doe@example.com", "jane@@example.com",
            "a@b@example.com", ".jane@example.com", "jane.@example.com", "ja..ne@example.com", "jane@example..com",
            "jane@.example.com", "jane@example.com.", "jane@-example.com", "jane@example-.com", "jane@exa mple.com",
            "jane@192.168.0.1", "jane@exam_ple.com", "jane\t@example.com",
            String(repeating: "a", count: 65) + "@example.com", ContactValidationTests.email(length: 251)
        ])
    func emailInvalid(address: String) {
        #expect(Self.violatingFields(Self.with { $0.emailAddress = address }) == ["email_address"])
    }

    @Test("email_address: plain ASCII addresses get the same verdict from bytes as from characters")
    func emailASCIIPathAgreesWithCharacters() {
        // Random local@domain shapes over the characters the rules care about, many of them valid.
        let pieces = ["a", "b1", "Z", ".", "-", "_", "+", " ", "\t", "\u{7F}", "\u{01}", "@", "9", "co", "x-y"]
        var g = SeededGenerator(seed: 7)
        func part(_ n: ClosedRange<Int>) -> String {
            (0..<Int.random(in: n, using: &g)).map { _ in
                Int.random(in: 0..<10, using: &g) < 7 ? "ab" : pieces.randomElement(using: &g)!
            }.joined()
        }
        var checked = 0, valid = 0
        for _ in 0..<20_000 {
            let text = part(0...4) + "@" + part(0...3) + "." + part(0...2)
            let bytes = EmailAddress.problem(units: text.utf8), characters = EmailAddress.problem(units: text)
            #expect(bytes == characters, "\(text.debugDescription)")
            checked += 1
            if characters == nil { valid += 1 }
        }
        // Long ones: the length limits.
        for length in [63, 64, 65, 249, 250, 251] {
            let text = Self.email(length: max(70, length))
            #expect(EmailAddress.problem(units: text.utf8) == EmailAddress.problem(units: text))
        }
        #expect(checked == 20_000 && valid > 100)
    }

    @Test(
        "phone_number: E.164 numbers pass, with spaces, dashes, parentheses and dots removed and stored normalised",
        arguments: [
            ("+4930726219941", "+4930726219941"), ("+49 30 726-219941", "+4930726219941"),
            ("+49 (30) 726.219941", "+4930726219941"), (" +1 212-555-0100 ", "+12125550100"),
            ("+12345678", "+12345678"), ("+123456789012345", "+123456789012345"),
            ("+48\u{00A0}601\u{00A0}234\u{00A0}567", "+48601234567")
        ])
    func phoneValid(given: String, stored: String) throws {
        var directory = CustomerDirectory(flags: [], seed: 1)
        let customer = try directory.create(Self.with { $0.phoneNumber = given })
        #expect(customer.phoneNumber == stored)
        #expect(try directory.customer(customer.id).phoneNumber == stored)
    }

    @Test(
        "phone_number: anything else is reported on phone_number",
        arguments: [
            "", "   ", "4930726219941", "0049 30 726219941", "030 726219941", "+1234567", "+1234567890123456",
            "+0049307262199", "+49 30 ABC 1234", "+49/30/726219941", "++4930726219941", "+49 30 726219941 ext 5",
            "+٤٩٣٠٧٢٦٢١٩٩٤١"
        ])
    func phoneInvalid(number: String) {
        #expect(Self.violatingFields(Self.with { $0.phoneNumber = number }) == ["phone_number"])
    }

    @Test(
        "names: at most 100 characters each, one of them may be empty",
        arguments: [
            ("Jane", ""), ("", "Doe"), (String(repeating: "a", count: 100), String(repeating: "b", count: 100)),
            (String(repeating: "👩‍👩‍👧", count: 100), "Doe"), ("  Jane  ", "")
        ])
    func namesValid(given: String, family: String) {
        #expect(
            Self.violatingFields(
                Self.with {
                    $0.givenName = given; $0.familyName = family
                }) == [])
    }

    @Test(
        "names: too long, or both empty (reported on both fields)",
        arguments: [
            ("", "", ["given_name", "family_name"]), (" ", "\t ", ["given_name", "family_name"]),
            (String(repeating: "a", count: 101), "Doe", ["given_name"]),
            ("Jane", String(repeating: "b", count: 101), ["family_name"]),
            (String(repeating: "a", count: 101), String(repeating: "b", count: 101), ["given_name", "family_name"]),
            (String(repeating: "a", count: 101), "", ["given_name"])
        ])
    func namesInvalid(given: String, family: String, fields: [String]) {
        #expect(
            Self.violatingFields(
                Self.with {
                    $0.givenName = given; $0.familyName = family
                }) == fields)
    }

    @Test(
        "language_code: well-formed BCP-47 tags pass",
        arguments: [
            "en", "de", "pt-BR", "zh-Hant-TW", "es-419", "fr-CA", "EN", "pt-br", "gsw", "zh-yue-HK", "sl-rozaj-biske",
            "de-CH-1901", "de-DE-u-co-phonebk", "en-US-x-twain", "x-private", "sr-Latn-RS", "en-a-bbb-x-a-ccc"
        ])
    func languageValid(tag: String) {
        #expect(Self.violatingFields(Self.with { $0.languageCode = tag }) == [])
    }

    @Test(
        "language_code: malformed tags are reported on language_code",
        arguments: [
            "", "english", "German", "pt_BR", "e", "abcd", "12", "en-", "-en", "en--US", "de-DE-u", "x", "en-x",
            "en-US-US", "zh-Hant-Hans", "en-abcdefghi", "en US", "d e", "en-ÜS", "i-klingon"
        ])
    func languageInvalid(tag: String) {
        #expect(Self.violatingFields(Self.with { $0.languageCode = tag }) == ["language_code"])
    }

    @Test(
        "external_customer_id: optional, at most 255 characters (any text)",
        arguments: [
            (nil as String?, [String]()), ("", []), ("crm-4711", []), (String(repeating: "x", count: 255), []),
            (String(repeating: "ü", count: 255), []), ("a b/c\u{1F600}", []),
            (String(repeating: "x", count: 256), ["external_customer_id"])
        ])
    func externalID(id: String?, fields: [String]) {
        #expect(Self.violatingFields(Self.with { $0.externalCustomerID = id }) == fields)
    }

    @Test("several bad fields at once: every one is reported, in field order")
    func allAtOnce() {
        let draft = CustomerDraft(
            emailAddress: "nope", phoneNumber: "12", givenName: "", familyName: "",
            languageCode: "pt_BR", externalCustomerID: String(repeating: "x", count: 256))
        #expect(
            Self.violatingFields(draft) == [
                "email_address", "phone_number", "given_name", "family_name",
                "language_code", "external_customer_id"
            ])
        #expect(
            Self.violatingFields(CustomerDraft()) == [
                "email_address", "phone_number", "given_name", "family_name",
                "language_code"
            ])
    }

    @Test("the stored customer is the draft with the phone normalised and an empty external id absent")
    func storedForm() throws {
        var directory = CustomerDirectory(flags: [], seed: 1)
        let draft = CustomerDraft(
            emailAddress: "jane.doe@example.com", phoneNumber: "+49 30 726-219941",
            givenName: "Jane", familyName: "Doe", languageCode: "pt-BR", externalCustomerID: "")
        let customer = try directory.create(draft)
        #expect(
            customer
                == Customer(
                    id: customer.id,
                    CustomerDraft(
                        emailAddress: "jane.doe@example.com", phoneNumber: "+4930726219941",
                        givenName: "Jane", familyName: "Doe", languageCode: "pt-BR",
                        externalCustomerID: nil)))
        var withID = draft
        withID.externalCustomerID = "crm-4711"
        #expect(try directory.create(withID).externalCustomerID == "crm-4711")
    }

    @Test("update applies the same rules, reports every bad field and changes nothing")
    func updateValidates() throws {
        var directory = CustomerDirectory(flags: [], seed: 1)
        let customer = try directory.create(validDraft)
        var changed = customer
        changed.emailAddress = "no-at-sign"
        changed.languageCode = "english"
        let error = try #require(serviceError({ try directory.update(changed) }))
        #expect(error.code == .invalidArgument && error.reason == .invalidCustomer)
        #expect(error.violatingFields == ["email_address", "language_code"])
        #expect(try directory.customer(customer.id) == customer)
    }
}
