import Simulation

extension Reason {
    /// The reasons only prebookings get (`PREBOOKING_CAPACITY_REACHED`, `PREBOOKING_UNASSIGNABLE`).
    var isPrebooking: Bool { self == .prebookingCapacityReached || self == .prebookingUnassignable }
}

extension Summary {
    /// `summary.json`'s `prebooking` (runs with prebooked trips): what became of the trips booked
    /// ahead, from the rows whose `prebooked` is set (`TripRow.prebooked`).
    ///
    /// Accepted prebookings end assigned, unassignable, cancelled before assignment or unfinished;
    /// assigned ones fulfilled, no-show, cancelled after assignment, terminated (a breakdown) or unfinished.
    public struct Prebooking: Hashable, Sendable {
        /// Orders answered as prebookings (accepted with a promise, or rejected at booking).
        public var requests = 0
        public var accepted = 0
        /// Rejected at booking, per reason (`PREBOOKING_CAPACITY_REACHED` always listed).
        public var rejected: [ReasonCount] = []
        /// Put into a vehicle's plan (`assign`).
        public var assigned = 0
        /// Terminated `PREBOOKING_UNASSIGNABLE`: no vehicle could keep the promise at the assignment.
        public var unassignable = 0
        /// Cancelled (by the customer or the integrator) before they were assigned, and after.
        public var cancelledBeforeAssignment = 0, cancelledAfterAssignment = 0
        public var noShows = 0
        /// Assigned, then terminated (a breakdown of the vehicle).
        public var terminatedAfterAssignment = 0
        public var fulfilled = 0
        public var unfinished = 0
        /// Hours from the order to the desired departure, every prebooked request.
        public var leadTime = Stat(count: 0)
        /// Seconds from desired departure to pickup, fulfilled prebooked trips.
        public var wait = Stat(count: 0)

        /// Reasons always listed in `rejected`, in this order.
        public static let rejectionReasons = [Reason.prebookingCapacityReached.rawValue]

        /// Fulfilled ÷ accepted: the promises kept to the drop-off.
        public var fulfilledShare: Double? { accepted > 0 ? Double(fulfilled) / Double(accepted) : nil }
        /// Unassignable ÷ accepted: the promises the fleet could not keep when it came to assigning them.
        public var unassignableShare: Double? { accepted > 0 ? Double(unassignable) / Double(accepted) : nil }

        /// nil when no row is prebooked: the run had no prebooking, and `summary.json` has no `prebooking`.
        public init?(trips: [TripRow]) {
            var rejections: [String: Int] = [:], leads: [Double] = [], waits: [Double] = []
            for t in trips where t.prebooked {
                requests += 1
                if let lead = t.leadTime { leads.append(lead.seconds / 3600) }
                if t.acceptedTime != nil { accepted += 1 }
                if t.assignedTime != nil { assigned += 1 }
                let afterAssignment = t.assignedTime != nil
                switch t.reason {
                case "Rejected": rejections[t.dispatchReason ?? "", default: 0] += 1
                case "Terminated":
                    if t.dispatchReason == Reason.prebookingUnassignable.rawValue {
                        unassignable += 1
                    } else if afterAssignment {
                        terminatedAfterAssignment += 1
                    }
                case "CancelledAsCustomer", "CancelledAsIntegrator":
                    if afterAssignment { cancelledAfterAssignment += 1 } else { cancelledBeforeAssignment += 1 }
                case "NoShow": noShows += 1
                case TripRow.unfinished: unfinished += 1
                default: break
                }
                if t.isFulfilled {
                    fulfilled += 1
                    if let w = t.wait { waits.append(w.seconds) }
                }
            }
            guard requests > 0 else { return nil }
            rejected = Summary.ordered(rejections, known: Self.rejectionReasons)
            leadTime = Stat(leads); wait = Stat(waits)
        }

        /// Writes `"prebooking": {…}` (key order and units: `results/README.md`).
        func write(to j: inout JSONBuffer) {
            j.key("prebooking"); j.openObject()
            j.field("requests", int: requests)
            j.field("accepted", int: accepted)
            j.reasons("rejected", rejected)
            j.field("assigned", int: assigned)
            j.field("unassignable", int: unassignable)
            j.key("cancelled"); j.openObject()
            j.field("before_assignment", int: cancelledBeforeAssignment)
            j.field("after_assignment", int: cancelledAfterAssignment)
            j.closeObject()
            j.field("no_shows", int: noShows)
            j.field("terminated_after_assignment", int: terminatedAfterAssignment)
            j.field("fulfilled", int: fulfilled)
            j.field("unfinished", int: unfinished)
            j.field("fulfilled_share", fixed: fulfilledShare, 4)
            j.field("unassignable_share", fixed: unassignableShare, 4)
            j.field("lead_time_h", stat: leadTime, [.mean, .p50, .p95], 3)
            j.field("wait_s", stat: wait, [.mean, .p95], 3)
            j.closeObject()
        }
    }
}
