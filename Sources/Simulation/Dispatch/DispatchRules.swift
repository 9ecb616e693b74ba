/// The dispatcher's policy beyond single greedy insertions: prebooked trips and re-optimisation
/// (a scenario's `dispatch` section).
public struct DispatchRules: Hashable, Sendable {
    public var prebooking: PrebookingRules
    public var reoptimisation: ReoptimisationRules

    public init(
        prebooking: PrebookingRules = PrebookingRules(), reoptimisation: ReoptimisationRules = ReoptimisationRules()
    ) {
        self.prebooking = prebooking; self.reoptimisation = reoptimisation
    }
}
