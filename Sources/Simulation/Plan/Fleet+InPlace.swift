/// Reading the fleet's plans in place, without copying them.
///
/// Why unsafe memory here: the pooling matcher reads every candidate vehicle's plan for every offer
/// (the dispatch hot path). Copying a `VehiclePlan` out of `Fleet.plans` copies its locked stop and
/// retains its stops array; reading through the array's storage loads only the fields the search
/// needs. This file is the only place that addresses a plan inside that storage.
extension Fleet {
    /// Calls `body` with a view that reads the plans where they are stored (valid only during the call;
    /// the fleet must not change meanwhile, which its being a value passed in guarantees).
    /// - Complexity: O(1).
    @inlinable
    public func withPlans<R>(_ body: (PlansInPlace) throws -> R) rethrows -> R {
        try plans.withUnsafeBufferPointer { try body(PlansInPlace(storage: $0)) }
    }
}

/// The fleet's plans, read in place: `plans[v].stops` loads vehicle `v`'s stops array alone, with no
/// copy of its plan. Only valid inside `Fleet.withPlans`; do not keep it.
public struct PlansInPlace {
    @usableFromInline let storage: UnsafeBufferPointer<VehiclePlan>

    @inlinable init(storage: UnsafeBufferPointer<VehiclePlan>) { self.storage = storage }

    /// Vehicle `v`'s plan, addressed in place (bounds-checked in debug builds).
    @inlinable public subscript(v: Int32) -> VehiclePlan {
        unsafeAddress {
            assert(v >= 0 && Int(v) < storage.count, "vehicle \(v) outside a fleet of \(storage.count)")
            return storage.baseAddress.unsafelyUnwrapped + Int(v)
        }
    }

    /// Vehicle `v`'s planned stops where they are stored, and its energy box, neither retained: valid
    /// while the `withPlans` call lasts, which no plan outlives or changes (the matcher's loop over
    /// candidates would otherwise retain and release both for every vehicle it reads).
    @inlinable public func stopsAndEnergy(of v: Int32) -> (UnsafeBufferPointer<PlannedStop>, Unmanaged<EnergyBox>?) {
        (self[v].stops.withUnsafeBufferPointer { $0 }, self[v].energyBox.map { Unmanaged.passUnretained($0) })
    }
}
