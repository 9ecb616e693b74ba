import Simulation

/// Valid, made-up contact data for simulated riders.
///
/// Names come from small built-in lists; the e-mail address is made from them at one of the domains
/// reserved for examples (RFC 2606), the phone number is a German mobile number (`+49 15x …`, written
/// with spaces, stored normalised), the language is drawn from a small mix weighted like a German city.
/// Every draft validates; the same generator state gives the same draft.
public enum SyntheticContacts {
    static let givenNames = [
        "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hamza", "Ida", "Jonas", "Katarzyna", "Lukas",
        "Mia", "Noah", "Olga", "Paul", "Rosa", "Sami", "Tomasz", "Ute", "Vincent", "Wiebke", "Yusuf", "Zoe",
        "Jürgen", "Małgorzata", "João", "Sören"
    ]
    static let familyNames = [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Kowalski", "Nowak", "Yılmaz", "Kaya", "Silva", "Santos", "Petrov", "Lehmann", "Krüger", "Richter",
        "Wolf", "Neumann", "Schwarz", "Zimmermann"
    ]
    static let domains = ["example.com", "example.org", "example.net"]
    /// Languages and their weights.
    static let languages: [(code: String, weight: Double)] = [
        ("de", 70), ("en", 10), ("pl", 5), ("tr", 4), ("ar", 3), ("uk", 3), ("pt-BR", 2), ("ru", 2), ("zh-Hans-CN", 1)
    ]

    /// The next rider's contact data from `g`.
    public static func draft(using g: inout SeededGenerator) -> CustomerDraft {
        let given = pick(givenNames, &g), family = pick(familyNames, &g)
        let domain = domains[Int(g.next() % UInt64(domains.count))]
        let number = g.next() % 1000
        let email = "\(asciiGivenNames[given.index]).\(asciiFamilyNames[family.index])\(number)@\(domain)"
        // German mobile: 015x, 016x or 017x, then 7 or 8 digits.
        let prefix = ["151", "152", "157", "160", "162", "170", "171", "176", "177", "179"][Int(g.next() % 10)]
        let subscriber = String(g.next() % 100_000_000)
        let padded = String(repeating: "0", count: 8 - subscriber.count) + subscriber
        let phone = "+49 \(prefix) \(padded)"
        let language = languages[g.pick(weights: languageWeights)].code
        return CustomerDraft(
            emailAddress: email, phoneNumber: phone, givenName: given.name, familyName: family.name,
            languageCode: language)
    }

    static let languageWeights = languages.map(\.weight)
    /// The names for e-mail local parts, made once.
    static let asciiGivenNames = givenNames.map(ascii), asciiFamilyNames = familyNames.map(ascii)

    private static func pick(_ names: [String], _ g: inout SeededGenerator) -> (index: Int, name: String) {
        let k = Int(g.next() % UInt64(names.count))
        return (k, names[k])
    }

    /// `name` lower-cased in ASCII for an e-mail local part (`Jürgen` → `juergen`).
    static func ascii(_ name: String) -> String {
        let map: [Character: String] = [
            "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ã": "a", "ı": "i", "ą": "a", "ę": "e",
            "ó": "o", "ś": "s", "ż": "z", "ź": "z", "ć": "c", "ń": "n"
        ]
        return name.lowercased().map { map[$0] ?? String($0) }.joined()
    }
}
