/// A customer flag configured in the scenario: its name, whether the API may set it, and its effect.
///
/// Riders carry flags (`vip`, `wheelchair_user`, …); service classes may require them, and some change
/// how a rider is served. Read-only flags are set by the operator (in the simulation: the scenario's
/// rider mix), never through `AddCustomerFlag` / `RemoveCustomerFlag`.
public struct CustomerFlag: Hashable, Sendable {
    /// What carrying the flag does to a rider's requests.
    public enum Effect: Hashable, Sendable {
        /// Nothing beyond what service classes requiring the flag make of it.
        case none
        /// The matcher weighs this rider's wait by `waitWeight` (e.g. 3: a minute counts as three).
        case priority(waitWeight: Double)
        /// Loads that leave `wheelchair` unspecified get NEEDED.
        case defaultWheelchair
    }

    /// The flag's name as the API spells it (`vip`).
    public var name: String
    /// Whether only the operator may set or clear it (the API answers `INVALID_ARGUMENT`).
    public var readOnly: Bool
    public var effect: Effect

    public init(name: String, readOnly: Bool = false, effect: Effect = .none) {
        self.name = name; self.readOnly = readOnly; self.effect = effect
    }
}
