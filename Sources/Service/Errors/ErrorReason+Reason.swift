import Simulation

/// The one place where the run's reasons (`Simulation.Reason`: what the engine reports and the event log
/// records) and the API's error reasons meet. Both spell a reason the same way on the wire.
extension ErrorReason {
    /// The API's error reason for a reason of the run.
    public init(_ reason: Reason) {
        switch reason {
        case .outOfServiceArea: self = .outOfServiceArea
        case .noStopsNearOrigin: self = .noStopsNearOrigin
        case .noStopsNearDestination: self = .noStopsNearDestination
        case .noStopsNearOriginAndDestination: self = .noStopsNearOriginAndDestination
        case .tripTooShort: self = .tripTooShort
        case .fleetSaturated: self = .fleetSaturated
        case .invalidLoad: self = .invalidLoad
        case .outOfServiceHours: self = .outOfServiceHours
        case .timeTooFarFromNow: self = .timeTooFarFromNow
        case .serviceClassesNotAllowed: self = .serviceClassesNotAllowed
        case .ongoingTrip: self = .ongoingTrip
        case .noAcceptableOffer: self = .noAcceptableOffer
        case .offerExpired: self = .offerExpired
        case .tripNotCancellable: self = .tripNotCancellable
        case .vehicleBreakdown: self = .vehicleBreakdown
        case .prebookingCapacityReached: self = .prebookingCapacityReached
        case .prebookingUnassignable: self = .prebookingUnassignable
        }
    }
}

extension Reason {
    /// The run's reason for an API error that the service records in the log (a request refused before
    /// quoting, an order refused at the call); `nil` for errors that never reach the log (malformed
    /// input, unknown customers, paging), which are refused before a request exists.
    public init?(_ reason: ErrorReason) {
        guard let match = Reason.allCases.first(where: { ErrorReason($0) == reason }) else { return nil }
        self = match
    }
}
