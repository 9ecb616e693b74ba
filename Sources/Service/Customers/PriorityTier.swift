/// A customer's priority tier (the customer extension, ours): a VIP's wait weighs more in dispatch
/// (the scenario's `customers.vipWaitWeight`); every customer starts STANDARD.
public enum PriorityTier: String, Hashable, Sendable, CaseIterable {
    case standard = "STANDARD", vip = "VIP"
}
