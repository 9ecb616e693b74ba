import Simulation

/// A stop as riders see it: id and position (door to door: the point where the vehicle stops, no id).
public struct ServiceStop: Hashable, Sendable {
    public var id: String
    public var location: GeoPoint

    init(_ ref: StopRef, stops: [Stop]) {
        id = ref.stop >= 0 && Int(ref.stop) < stops.count ? stops[Int(ref.stop)].id : ""
        location = ref.point
    }
}

/// What only the service knows of an offer or a trip (the engine names classes and stops by index):
/// the conversions at the edge ask for it.
extension TripService {
    /// The name of the offer's service class.
    public func serviceClassName(_ offer: Offer) -> String {
        desk.serviceClasses[Int(offer.serviceClass)].name
    }

    /// The stop of an offer's pickup or drop-off as riders see it.
    public func stop(_ ref: StopRef) -> ServiceStop {
        ServiceStop(ref, stops: desk.stops)
    }
}
