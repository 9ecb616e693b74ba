import RidepoolAPI
import Service
import Simulation

extension ExtensionAPI.CustomerProfile {
    init(_ profile: Service.CustomerProfile, customerID: String) {
        self.init()
        self.customerID = customerID
        priorityTier = profile.priorityTier == .vip ? .vip : .standard
        defaultRequirements = .with {
            $0.wheelchair = profile.requirements.wheelchair == .needed ? .needed : .unspecified
            $0.childSeat =
                profile.requirements.childSeat == .notNeeded ? .unspecified : .init(profile.requirements.childSeat)
        }
        accounts = profile.accounts.map { m in
            .with {
                $0.accountID = m.accountID
                $0.departmentID = m.departmentID ?? ""
            }
        }
        defaultAccountID = profile.defaultAccountID ?? ""
    }
}

extension ExtensionAPI.SetPriorityTierRequest {
    /// The tier; unspecified or unknown is `INVALID_ARGUMENT` / `INVALID_FIELDS` on `priority_tier`.
    func tier() throws(ServiceError) -> PriorityTier {
        switch priorityTier {
        case .standard: return .standard
        case .vip: return .vip
        case .unspecified, .UNRECOGNIZED:
            throw .invalidArgument(
                "set priority_tier",
                [
                    FieldViolation(
                        field: "priority_tier", description: "use PRIORITY_TIER_STANDARD or PRIORITY_TIER_VIP")
                ])
        }
    }
}

extension ExtensionAPI.SetDefaultRequirementsRequest {
    /// The requirements (unspecified: none); unknown enum values are `INVALID_ARGUMENT` / `INVALID_FIELDS`.
    func requirements() throws(ServiceError) -> ServiceRequirements {
        var violations: [FieldViolation] = []
        let field = "default_requirements"
        let wheelchair = defaultRequirements.wheelchair.service(field, &violations)
        let seat = defaultRequirements.childSeat.service(field, &violations)
        guard violations.isEmpty else { throw .invalidArgument("the default requirements are malformed", violations) }
        return ServiceRequirements(wheelchair: wheelchair ?? .notNeeded, childSeat: seat ?? .notNeeded)
    }
}

extension ExtensionAPI.CorporateAccount {
    init(_ account: Simulation.CorporateAccount) {
        self.init()
        id = account.id
        name = account.name
        departments = account.departments.map { d in
            .with {
                $0.id = d.id
                $0.name = d.name
            }
        }
    }
}

extension ExtensionAPI.SavedAddress {
    init(_ address: Service.SavedAddress) {
        self.init()
        id = address.id
        name = address.name
        self.address = .init(address.place)
    }
}
