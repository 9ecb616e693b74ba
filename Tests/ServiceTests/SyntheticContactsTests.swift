import Service
import Simulation
import Testing

/// Generated contact data for simulated riders.
@Suite("Synthetic contacts")
struct SyntheticContactsTests {
    @Test("every generated draft validates, over many seeds", arguments: Array(UInt64(0)..<50))
    func valid(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        var directory = CustomerDirectory(flags: [], seed: seed)
        for _ in 0..<200 {
            let draft = SyntheticContacts.draft(using: &g)
            #expect(ContactValidation.violations(draft) == [], "\(draft)")
            let customer = try directory.create(draft)
            #expect(customer.phoneNumber.hasPrefix("+49") && !customer.phoneNumber.contains(" "))
        }
        #expect(directory.count == 200)
    }

    @Test("the same seed gives the same drafts; another seed gives others")
    func deterministic() {
        func drafts(_ seed: UInt64) -> [CustomerDraft] {
            var g = SeededGenerator(seed: seed)
            return (0..<100).map { _ in SyntheticContacts.draft(using: &g) }
        }
        #expect(drafts(9) == drafts(9))
        #expect(drafts(9) != drafts(10))
    }

    @Test("the mix draws several languages, names and e-mail domains")
    func variety() {
        var g = SeededGenerator(seed: 1)
        let drafts = (0..<1000).map { _ in SyntheticContacts.draft(using: &g) }
        let languages = Set(drafts.map(\.languageCode))
        #expect(languages.isSuperset(of: ["de", "en", "pl", "pt-BR"]))
        #expect(drafts.filter { $0.languageCode == "de" }.count > 500)
        #expect(Set(drafts.map(\.givenName)).count > 20 && Set(drafts.map(\.familyName)).count > 20)
        #expect(
            Set(drafts.map { $0.emailAddress.split(separator: "@").last! }) == [
                "example.com", "example.org", "example.net"
            ])
        #expect(drafts.allSatisfy { $0.emailAddress.allSatisfy(\.isASCII) })
    }
}
