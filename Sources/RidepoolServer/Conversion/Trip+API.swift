import RidepoolAPI
import Service
import Simulation
import SwiftProtobuf

extension TripAPI.Offer {
    /// The API message of `offer`; `service` names its class and stops.
    init(_ offer: Simulation.Offer, service: TripService, clock: SimulatedClock) {
        self.init()
        token = offer.token
        expirationTime = clock.timestamp(offer.expiresAt)
        serviceClass = service.serviceClassName(offer)
        pickup = .init(
            service.stop(offer.pickup), from: offer.pickupEarliest, to: offer.pickupLatest,
            walk: offer.walkToPickup, metres: offer.walkToPickupMetres, clock: clock)
        dropoff = .init(
            service.stop(offer.dropoff), from: offer.estimatedDropoff, to: offer.dropoffLatest,
            walk: offer.walkFromDropoff, metres: offer.walkFromDropoffMetres, clock: clock)
        estimatedPickupTime = clock.timestamp(offer.estimatedPickup)
        estimatedDropoffTime = clock.timestamp(offer.estimatedDropoff)
        estimatedRideDuration = .init(offer.estimatedRideTime)
        price = .init(cents: offer.price)
    }
}

extension TripAPI.Trip {
    /// The API message of `trip`; `service` names its class and stops.
    init(_ trip: TripStatus, service: TripService, clock: SimulatedClock) {
        self.init()
        let offer = trip.offer
        id = trip.tripID
        customerID = trip.customerID
        state = .init(trip.state)
        pickup = .init(
            service.stop(offer.pickup), from: offer.pickupEarliest, to: offer.pickupLatest,
            walk: nil, metres: 0, clock: clock)
        dropoff = .init(
            service.stop(offer.dropoff), from: min(trip.dropoffTime, offer.dropoffLatest),
            to: offer.dropoffLatest, walk: nil, metres: 0, clock: clock)
        pickupTime = clock.timestamp(trip.pickupTime)
        dropoffTime = clock.timestamp(trip.dropoffTime)
        if let v = trip.vehicle {
            vehicle = .with {
                $0.id = v.id
                $0.label = v.type
                $0.location = .with {
                    $0.latitude = v.position.lat; $0.longitude = v.position.lon
                }
            }
        }
        load = trip.loads.map(TripAPI.Load.init)
        serviceClass = service.serviceClassName(offer)
        price = .init(cents: offer.price)
        corporateAccountID = trip.account?.accountID ?? ""
        departmentID = trip.account?.departmentID ?? ""
    }
}

extension TripAPI.TripState {
    init(_ state: TripState) {
        self.init()
        switch state {
        case .ordered: ordered = .init()
        case .accepted: inFulfillment = .with { $0.phase = .accepted }
        case .readyForBoardingAuthentication: inFulfillment = .with { $0.phase = .readyForBoardingAuthentication }
        case .boardingAuthenticationCompleted: inFulfillment = .with { $0.phase = .boardingAuthenticationCompleted }
        case .pickedUp: inFulfillment = .with { $0.phase = .pickedUp }
        case .fulfilled: fulfilled = .init()
        case .notFulfilled(let reason):
            notFulfilled = .with {
                $0.reason =
                    switch reason {
                    case .rejected: .rejected
                    case .cancelledAsCustomer: .cancelledAsCustomer
                    case .cancelledAsIntegrator: .cancelledAsIntegrator
                    case .noShow: .noShow
                    case .terminated: .terminated
                    }
            }
        }
    }
}

extension TripAPI.Load {
    init(_ load: Simulation.Load) {
        self.init()
        let wheelchair = Moia_Trip_State_V1_Wheelchair(load.wheelchair)
        switch load {
        case .adult: adult = .with { $0.wheelchair = wheelchair }
        case .child(_, let seat):
            child = .with {
                $0.wheelchair = wheelchair
                $0.childSeat = .init(seat)
            }
        }
    }
}

extension TripAPI.Waypoint {
    init(_ stop: ServiceStop, from: SimTime, to: SimTime, walk: SimTime?, metres: Double, clock: SimulatedClock) {
        self.init()
        self.stop = .with {
            $0.id = stop.id
            $0.location = .with {
                $0.latitude = stop.location.lat; $0.longitude = stop.location.lon
            }
        }
        timeWindow = .with {
            $0.startTime = clock.timestamp(from); $0.endTime = clock.timestamp(to)
        }
        if let walk {
            self.walk = .with {
                $0.duration = .init(walk); $0.distanceMeters = metres
            }
        }
    }
}

extension Google_Protobuf_Duration {
    init(_ span: SimTime) {
        self.init(seconds: span.ms / 1000, nanos: Int32(span.ms % 1000) * 1_000_000)
    }
}

extension Moia_Trip_State_V1_Money {
    /// Euro cents as `Money`.
    init(cents: Int) {
        self.init()
        currencyCode = "EUR"
        units = Int64(cents / 100)
        nanos = Int32(cents % 100) * 10_000_000
    }
}
