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
                    LoadRequest(kind: .adult, wheelchair: adult.wheelchair.service(field + ".adult", &malformed)))
            case .child(let child):
                loads.append(
                    LoadRequest(
                        kind: .child, wheelchair: child.wheelchair.service(field + ".child", &malformed),
                        childSeat: child.childSeat.service(field + ".child", &malformed)))
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
            malformed.append(.unknownValue(n, field: "approach_speed", use: "APPROACH_SPEED_SLOW, _MEDIUM or _FAST"))
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
            visualImpairmentSupport: visualImpairmentSupport, accountID: corporateAccountID)
    }
}

extension TripAPI.NamedLocation {
    /// One violation per text field longer than `Service.NamedLocation.maxTextLength`.
    func textViolations(field: String) -> [FieldViolation] { service.textViolations(field: field) }

    /// No `location` is none (the service answers `INVALID_LOCATION`, unless a saved address is named).
    var service: Service.NamedLocation {
        Service.NamedLocation(
            location: hasLocation ? GeoPoint(lat: location.latitude, lon: location.longitude) : nil,
            primaryAddress: primaryAddress, secondaryAddress: secondaryAddress,
            primaryPOIName: primaryPoiName, secondaryPOIName: secondaryPoiName,
            savedAddressID: hasSavedAddressID ? savedAddressID : nil)
    }

    /// The API message of a service location (no saved address id).
    init(_ place: Service.NamedLocation) {
        self.init()
        if let point = place.location {
            location = .with {
                $0.latitude = point.lat; $0.longitude = point.lon
            }
        }
        if !place.primaryAddress.isEmpty { primaryAddress = place.primaryAddress }
        if !place.secondaryAddress.isEmpty { secondaryAddress = place.secondaryAddress }
        if !place.primaryPOIName.isEmpty { primaryPoiName = place.primaryPOIName }
        if !place.secondaryPOIName.isEmpty { secondaryPoiName = place.secondaryPOIName }
    }
}
