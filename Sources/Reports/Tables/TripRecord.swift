import Simulation

/// What the accumulator knows about one request while the run goes on.
///
/// Offers are kept only until the rider decides; then just the ordered (or, for a decline, the
/// first) offer stays, so memory per trip is bounded.
struct TripRecord {
    enum Phase: Equatable {
        case requested, offered, noOffer(String), declined(String), orderRefused(String)
        case ordered, accepted, readyForBoardingAuthentication, boardingAuthenticationCompleted, pickedUp
        case fulfilled, notFulfilled(NotFulfilledReason)

        /// Whether the trip can still change (pickups and cancellations apply).
        var isOpen: Bool {
            switch self {
            case .requested, .offered, .ordered, .pickedUp: true
            default: isAwaitingPickup
            }
        }

        /// Accepted and not yet on board (the boarding-authentication phases included).
        var isAwaitingPickup: Bool {
            switch self {
            case .accepted, .readyForBoardingAuthentication, .boardingAuthenticationCompleted: true
            default: false
            }
        }

        var isOrderRefused: Bool { if case .orderRefused = self { true } else { false } }
    }

    var request: TripRequest
    var phase: Phase = .requested
    var offers: [Offer] = []
    var offerCount = 0
    var chosen: Offer?
    var vehicle: Int32?
    var orderTime: SimTime?
    var acceptedTime: SimTime?
    var decisionTime: SimTime?
    var authenticationReadyTime: SimTime?
    var authenticationCompletedTime: SimTime?
    var reassignments = 0
    /// The order was answered as a prebooking: accepted with its promise and no vehicle yet, or rejected
    /// for a `PREBOOKING_*` reason.
    var prebooked = false
    /// When a prebooked trip was put into a vehicle's plan (`assigned`).
    var assignedTime: SimTime?
    /// The reason of the `rejected` or `terminated` event that ended the trip.
    var dispatchReason: String?
    var pickupTime: SimTime?
    var dropoffTime: SimTime?
    var shared = false
    /// Vehicle metres attributed to this trip (see `TripRow.attributedMetres`).
    var attributedMetres = 0.0

    init(request: TripRequest) { self.request = request }

    /// `final_state` and `reason` for `trips.csv`.
    var stateAndReason: (String, String) {
        switch phase {
        case .fulfilled: ("Fulfilled", "")
        case .notFulfilled(let r): ("NotFulfilled", r.rawValue)
        case .noOffer(let r): ("NoOffer", r)
        case .declined(let r): ("Declined", r)
        case .orderRefused(let r): ("OrderRefused", r)
        case .requested: ("Requested", TripRow.unfinished)
        case .offered: ("Offered", TripRow.unfinished)
        case .ordered: ("Ordered", TripRow.unfinished)
        case .accepted: ("Accepted", TripRow.unfinished)
        case .readyForBoardingAuthentication: ("ReadyForBoardingAuthentication", TripRow.unfinished)
        case .boardingAuthenticationCompleted: ("BoardingAuthenticationCompleted", TripRow.unfinished)
        case .pickedUp: ("PickedUp", TripRow.unfinished)
        }
    }

    /// The finished row; ids resolved through the run header.
    func row(header: RunHeader) -> TripRow {
        let (state, reason) = stateAndReason
        let o = chosen
        func stop(_ s: StopRef?) -> String? {
            guard let s else { return nil }
            return s.stop >= 0 && Int(s.stop) < header.stops.count ? header.stops[Int(s.stop)].id : ""
        }
        let classes = header.serviceClasses
        return TripRow(
            tripID: request.id, customerID: request.customerID, requestTime: request.time,
            serviceClass: o.map {
                Int($0.serviceClass) < classes.count && $0.serviceClass >= 0
                    ? classes[Int($0.serviceClass)].name : "#\($0.serviceClass)"
            },
            loads: request.loads.code, approachSpeed: request.approachSpeed.rawValue,
            origin: request.origin, destination: request.destination,
            pickupStopID: stop(o?.pickup), dropoffStopID: stop(o?.dropoff),
            walkToPickup: o?.walkToPickup, walkFromDropoff: o?.walkFromDropoff,
            offeredPickupEarliest: o?.pickupEarliest, offeredPickupLatest: o?.pickupLatest,
            offeredDropoffLatest: o?.dropoffLatest, finalState: state, reason: reason,
            vehicleID: vehicle.flatMap {
                $0 >= 0 && Int($0) < header.vehicles.count ? header.vehicles[Int($0)].id : nil
            },
            orderTime: orderTime, acceptedTime: acceptedTime, pickupTime: pickupTime, dropoffTime: dropoffTime,
            directTime: o?.directTime,
            rideTime: pickupTime.flatMap { p in dropoffTime.map { $0 - p } },
            wait: pickupTime.map { $0 - request.desiredDeparture },
            shared: phase == .fulfilled ? shared : nil,
            maxRide: o?.maxRide, priceCents: o?.price, visualImpairment: request.visualImpairment,
            offers: offerCount, customerFlags: request.customerFlags.sorted(), decisionTime: decisionTime,
            authenticationReadyTime: authenticationReadyTime, authenticationCompletedTime: authenticationCompletedTime,
            reassignments: reassignments, account: request.account, attributedMetres: attributedMetres,
            desiredDeparture: request.desiredDeparture, prebooked: prebooked, assignedTime: assignedTime,
            dispatchReason: dispatchReason)
    }
}

/// A trip's record in the accumulator, by reference (see `RunAccumulator.takeTables`).
final class TripRecordBox {
    var record: TripRecord
    init(_ record: TripRecord) { self.record = record }
}
