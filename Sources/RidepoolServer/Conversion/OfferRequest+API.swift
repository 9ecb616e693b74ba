import RidepoolAPI
import Service
import Simulation

extension TripAPI.RequestTripOffersRequest {
    /// The service's request; every malformed field reported at once (`INVALID_ARGUMENT`), a load
    /// that names neither adult nor child as `INVALID_LOAD`.
    func offerRequest(clock: SimulatedClock) throws(ServiceError) -> OfferRequest {
        var malformed: [FieldViolation] = [], emptyLoads: [FieldViolation] = []
        var loads: [LoadRequest] = []
        for (k, entry) in load.enumerated() {
            let field = "load[\(k)]"
            switch entry.loadType {
            case .adult(let adult):
                loads.append(
                    LoadRequest(kind: .adult, wheelchair: wheelchair(adult.wheelchair, field + ".adult", &malformed)))
            case .child(let child):
                loads.append(
                    LoadRequest(
                        kind: .child, wheelchair: wheelchair(child.wheelchair, field + ".child", &malformed),
                        childSeat: childSeat(child.childSeat, field + ".child", &malformed)))
            case nil:
                emptyLoads.append(
                    FieldViolation(field: field, description: "name the rider: {\"adult\":{}} or {\"child\":{}}"))
            }
        }
        let speed: ApproachSpeed?
        switch approachSpeed {
        case .unspecified: speed = nil
        case .slow: speed = .slow
        case .medium: speed = .medium
        case .fast: speed = .fast
        case .UNRECOGNIZED(let n):
            speed = nil
            malformed.append(
                FieldViolation(
                    field: "approach_speed",
                    description: "unknown value \(n); use APPROACH_SPEED_SLOW, _MEDIUM or _FAST"))
        }
        for (field, place) in [("origin", origin), ("destination", destination)] {
            malformed += place.textViolations(field: field)
        }
        var departure: SimTime?, arrival: SimTime?
        do throws(ServiceError) {
            switch time {
            case .departureTime(let t): departure = try clock.simTime(t, field: "departure_time")
            case .arrivalTime(let t): arrival = try clock.simTime(t, field: "arrival_time")
            case nil: break
            }
        } catch {
            malformed += error.fieldViolations
        }
        guard malformed.isEmpty else {
            throw .invalidArgument("the request has malformed fields", malformed + emptyLoads)
        }
        guard emptyLoads.isEmpty else {
            throw ServiceError(.invalidLoad, "every load names an adult or a child", fieldViolations: emptyLoads)
        }
        return OfferRequest(
            origin: origin.service, destination: destination.service, loads: loads,
            departureTime: departure, arrivalTime: arrival, approachSpeed: speed,
            visualImpairmentSupport: visualImpairmentSupport)
    }

    private func wheelchair(
        _ value: Moia_Trip_State_V1_Wheelchair, _ field: String,
        _ violations: inout [FieldViolation]
    ) -> WheelchairNeed? {
        switch value {
        case .unspecified: return nil
        case .notNeeded: return .notNeeded
        case .needed: return .needed
        case .UNRECOGNIZED(let n):
            violations.append(
                FieldViolation(
                    field: field + ".wheelchair",
                    description: "unknown value \(n); use WHEELCHAIR_NOT_NEEDED or WHEELCHAIR_NEEDED"))
            return nil
        }
    }

    private func childSeat(
        _ value: Moia_Trip_State_V1_ChildSeat, _ field: String,
        _ violations: inout [FieldViolation]
    ) -> ChildSeat? {
        switch value {
        case .unspecified: return nil
        case .notNeeded: return .notNeeded
        case .forwards: return .forwards
        case .backwards: return .backwards
        case .booster: return .booster
        case .UNRECOGNIZED(let n):
            violations.append(
                FieldViolation(
                    field: field + ".child_seat",
                    description:
                        "unknown value \(n); use CHILD_SEAT_NOT_NEEDED, _FORWARDS, _BACKWARDS or _BOOSTER"))
            return nil
        }
    }
}

extension TripAPI.NamedLocation {
    /// The longest address or point-of-interest text accepted, in characters.
    static let maxTextLength = 500

    /// One violation per text field longer than `maxTextLength`.
    func textViolations(field: String) -> [FieldViolation] {
        [
            ("primary_address", primaryAddress), ("secondary_address", secondaryAddress),
            ("primary_poi_name", primaryPoiName), ("secondary_poi_name", secondaryPoiName)
        ]
        .filter { $0.1.count > Self.maxTextLength }
        .map { FieldViolation(field: field + "." + $0.0, description: "at most \(Self.maxTextLength) characters") }
    }

    /// No `location` is none (the service answers `INVALID_LOCATION`).
    var service: Service.NamedLocation {
        Service.NamedLocation(
            location: hasLocation ? GeoPoint(lat: location.latitude, lon: location.longitude) : nil,
            primaryAddress: primaryAddress, secondaryAddress: secondaryAddress,
            primaryPOIName: primaryPoiName, secondaryPOIName: secondaryPoiName)
    }
}
