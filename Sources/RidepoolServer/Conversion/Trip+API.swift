import RidepoolAPI
import Service
import Simulation
import SwiftProtobuf

extension TripAPI.Offer {
    init(_ offer: TripOffer, clock: SimulatedClock) {
        self.init()
        token = offer.token
        expirationTime = clock.timestamp(offer.expiresAt)
        serviceClass = offer.serviceClass
        pickup = .init(offer.pickup, from: offer.pickupEarliest, to: offer.pickupLatest,
                       walk: offer.walkToPickup, metres: offer.walkToPickupMetres, clock: clock)
        dropoff = .init(offer.dropoff, from: offer.estimatedDropoff, to: offer.dropoffLatest,
                        walk: offer.walkFromDropoff, metres: offer.walkFromDropoffMetres, clock: clock)
        estimatedPickupTime = clock.timestamp(offer.estimatedPickup)
        estimatedDropoffTime = clock.timestamp(offer.estimatedDropoff)
        estimatedRideDuration = .init(offer.estimatedRideTime)
        price = .init(cents: offer.priceCents)
    }
}

extension TripAPI.Trip {
    init(_ trip: TripView, clock: SimulatedClock) {
        self.init()
        id = trip.tripID
        customerID = trip.customerID
        state = .init(trip.state)
        pickup = .init(trip.pickup, from: trip.pickupEarliest, to: trip.pickupLatest, walk: nil, metres: 0, clock: clock)
        dropoff = .init(trip.dropoff, from: min(trip.dropoffTime, trip.dropoffLatest), to: trip.dropoffLatest,
                        walk: nil, metres: 0, clock: clock)
        pickupTime = clock.timestamp(trip.pickupTime)
        dropoffTime = clock.timestamp(trip.dropoffTime)
        if let v = trip.vehicle {
            vehicle = .with {
                $0.id = v.id
                $0.label = v.type
                $0.location = .with { $0.latitude = v.position.lat; $0.longitude = v.position.lon }
            }
        }
        load = trip.loads.map(TripAPI.Load.init)
        serviceClass = trip.serviceClass
        price = .init(cents: trip.priceCents)
    }
}

extension TripAPI.TripState {
    init(_ state: TripState) {
        self.init()
        switch state {
        case .ordered: ordered = .init()
        case .accepted: inFulfillment = .with { $0.phase = .accepted }
        case .pickedUp: inFulfillment = .with { $0.phase = .pickedUp }
        case .fulfilled: fulfilled = .init()
        case .notFulfilled(let reason):
            notFulfilled = .with {
                $0.reason = switch reason {
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
        let wheelchair: Moia_Trip_State_V1_Wheelchair = load.wheelchair == .needed ? .needed : .notNeeded
        switch load {
        case .adult: adult = .with { $0.wheelchair = wheelchair }
        case .child(_, let seat):
            child = .with {
                $0.wheelchair = wheelchair
                $0.childSeat = switch seat {
                case .notNeeded: .notNeeded
                case .forwards: .forwards
                case .backwards: .backwards
                case .booster: .booster
                }
            }
        }
    }
}

extension TripAPI.Waypoint {
    init(_ stop: ServiceStop, from: SimTime, to: SimTime, walk: SimTime?, metres: Double, clock: SimulatedClock) {
        self.init()
        self.stop = .with {
            $0.id = stop.id
            $0.location = .with { $0.latitude = stop.location.lat; $0.longitude = stop.location.lon }
        }
        timeWindow = .with { $0.startTime = clock.timestamp(from); $0.endTime = clock.timestamp(to) }
        if let walk {
            self.walk = .with { $0.duration = .init(walk); $0.distanceMeters = metres }
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
