import Simulation

/// `RequestTripOffers`: input checks, the customer's flags and classes, then the engine's quotes.
extension TripService {
    /// The most loads one request may carry.
    public static let maxLoads = 10

    /// Offers for `request` by `customerID`: zero or more per allowed service class (never an empty list:
    /// no offer is an error with its reason).
    public func requestTripOffers(customerID: String?, _ request: OfferRequest) throws(ServiceError) -> [Offer] {
        let customer = try authenticatedCustomer(customerID)
        let (origin, destination) = try Self.checkLocations(request)
        guard request.departureTime != nil || request.arrivalTime != nil else {
            throw ServiceError(
                .missingTime, "set departure_time (leave at) or arrival_time (arrive by)",
                fieldViolations: [
                    FieldViolation(
                        field: "departure_time", description: "one of departure_time and arrival_time is required")
                ])
        }
        if request.departureTime != nil, request.arrivalTime != nil {
            throw .invalidArgument(
                "set only one of departure_time and arrival_time",
                [FieldViolation(field: "arrival_time", description: "must not be set together with departure_time")])
        }
        guard !request.loads.isEmpty, request.loads.count <= Self.maxLoads else {
            throw ServiceError(
                .invalidLoad, "a request carries 1 to \(Self.maxLoads) loads, this one has \(request.loads.count)",
                fieldViolations: [FieldViolation(field: "load", description: "give 1 to \(Self.maxLoads) loads")])
        }
        let id = tripID(forNewRequest: desk.requestCount)
        let departure = request.departureTime ?? request.arrivalTime!
        let tripRequest = TripRequest(
            id: id, customerID: customer.id, time: now, desiredDeparture: departure,
            arrival: request.arrivalTime, origin: origin, destination: destination,
            loads: [], approachSpeed: request.approachSpeed ?? .medium,
            visualImpairment: request.visualImpairmentSupport)
        let r = desk.register(tripRequest)
        return try offers(for: r, customer: customer, loads: request.loads)
    }

    /// Offers for registered request `r`: the rules that need the customer and the clock, then the quote.
    /// Records the request and its outcome (offers or no offer) in the run's log.
    func offers(for r: Int32, customer: Customer, loads: [LoadRequest]) throws(ServiceError) -> [Offer] {
        var request = desk.request(r)
        let flags = customers.flagDefinitions(of: customer.id)
        request.customerID = customer.id
        request.customerFlags = flags.map(\.name)
        request.loads = Self.resolve(loads, defaultWheelchair: flags.contains { $0.effect == .defaultWheelchair })
        desk.update(r, request)
        desk.report(r, .requested)
        do throws(ServiceError) {
            let classes = try checkRules(request, customer: customer, flags: flags)
            let waitWeight = flags.reduce(desk.defaultWaitWeight) { w, f in
                if case .priority(let p) = f.effect { return max(w, p) } else { return w }
            }
            switch desk.quote(r, QuoteQuery(classes: classes, waitWeight: waitWeight)) {
            case .failure(let f): throw error(f, request)
            case .success(let quotes): return record(quotes, for: r, customer: customer.id)
            }
        } catch {
            desk.report(r, .noOffer(Self.logged(error)))
            throw error
        }
    }

    /// The rules before quoting; returns the service classes the customer may book.
    private func checkRules(_ request: TripRequest, customer: Customer, flags: [CustomerFlag]) throws(ServiceError)
        -> [Int]
    {
        guard desk.canEverCarry(request.loads) else {
            throw ServiceError(
                .invalidLoad, "no vehicle of the fleet can carry \(request.loads.code)",
                fieldViolations: [
                    FieldViolation(field: "load", description: "no vehicle type carries this combination")
                ])
        }
        let rules = desk.rules
        let time = request.arrival ?? request.desiredDeparture
        let field = request.arrival == nil ? "departure_time" : "arrival_time"
        if time < now - rules.pastTolerance || time > now + rules.bookingHorizon {
            throw ServiceError(
                .timeTooFarFromNow,
                "\(field) must lie between \(rules.pastTolerance.seconds) s before and \(rules.bookingHorizon.seconds) s after now",
                fieldViolations: [FieldViolation(field: field, description: "too far from now")])
        }
        if let hours = rules.serviceHours, !hours.contains(time) {
            throw ServiceError(
                .outOfServiceHours, "the service runs daily from \(hours.start) to \(hours.end); pick a time inside",
                fieldViolations: [FieldViolation(field: field, description: "outside service hours")])
        }
        let names = Set(flags.map(\.name))
        let classes = desk.serviceClasses.indices.filter {
            Set(desk.serviceClasses[$0].requiredFlags).isSubset(of: names)
        }
        guard !classes.isEmpty else {
            throw ServiceError(
                .serviceClassesNotAllowed, "every service class needs a customer flag this customer lacks")
        }
        if activeTripIndex(of: customer.id) != nil {
            throw ServiceError(
                .ongoingTrip, "customer \(customer.id) has a trip in progress; wait for it to end or cancel it")
        }
        return classes
    }

    /// Gives each quote its token, records the offers and remembers them for ordering.
    private func record(_ quotes: [Quote], for r: Int32, customer: String) -> [Offer] {
        var tokens = streams.stream(.tokens, index: UInt64(r))
        var result: [Offer] = []
        for (k, q) in quotes.enumerated() {
            var quote = q
            quote.offer.token = "of_" + String(tokens.next(), radix: 36) + "_\(k)"
            offers[quote.offer.token] = OfferRecord(request: r, index: k, customerID: customer, quote: quote)
            result.append(quote.offer)
        }
        desk.report(r, .offered(result))
        return result
    }

    private static func checkLocations(_ request: OfferRequest) throws(ServiceError) -> (GeoPoint, GeoPoint) {
        var violations: [FieldViolation] = []
        for (field, place) in [("origin", request.origin), ("destination", request.destination)]
        where place.location?.isValid != true {
            violations.append(
                FieldViolation(
                    field: field + ".location",
                    description: "give latitude in [-90, 90] and longitude in [-180, 180]"))
        }
        guard violations.isEmpty, let o = request.origin.location, let d = request.destination.location else {
            throw ServiceError(
                .invalidLocation, "origin and destination need a valid WGS84 location", fieldViolations: violations)
        }
        return (o, d)
    }

    /// The loads as they ride: unspecified wheelchairs filled in (the customer's own load, the first,
    /// gets one under a default-wheelchair flag), unspecified child seats not needed.
    static func resolve(_ loads: [LoadRequest], defaultWheelchair: Bool) -> [Load] {
        loads.enumerated().map { k, l in
            let wheelchair = l.wheelchair ?? (defaultWheelchair && k == 0 ? .needed : .notNeeded)
            switch l.kind {
            case .adult: return .adult(wheelchair: wheelchair)
            case .child: return .child(wheelchair: wheelchair, childSeat: l.childSeat ?? .notNeeded)
            }
        }
    }

    /// The service error of a failed quote; outside the service area, the end(s) at fault as field violations.
    func error(_ failure: Reason, _ request: TripRequest) -> ServiceError {
        switch failure {
        case .outOfServiceArea:
            ServiceError(
                .outOfServiceArea, "origin or destination lies outside the service area",
                fieldViolations: [("origin", request.origin), ("destination", request.destination)].filter {
                    !desk.inServiceArea($0.1)
                }.map {
                    FieldViolation(
                        field: $0.0 + ".location", description: "outside the service area; pick a place inside it")
                })
        case .noStopsNearOrigin: ServiceError(.noStopsNearOrigin, "no stop within walking reach of the origin")
        case .noStopsNearDestination:
            ServiceError(.noStopsNearDestination, "no stop within walking reach of the destination")
        case .noStopsNearOriginAndDestination:
            ServiceError(.noStopsNearOriginAndDestination, "no stop within walking reach of origin or destination")
        case .tripTooShort:
            ServiceError(
                .tripTooShort,
                "origin and destination are the same place, or no two stops in reach are served at different points; walk instead"
            )
        case .fleetSaturated: ServiceError(.fleetSaturated, "no vehicle can take this trip now; try another time")
        default: ServiceError(ErrorReason(failure), "no offer: \(failure.rawValue)")
        }
    }

    /// The run's reason for an error raised after a request was registered (every such error is one).
    static func logged(_ error: ServiceError) -> Reason {
        guard let reason = Reason(error.reason) else {
            preconditionFailure("\(error.reason) refused a registered request but has no reason of the run")
        }
        return reason
    }

    /// The trip id of an API request: random, from the run's seed and the request's index.
    func tripID(forNewRequest r: Int) -> String {
        var g = streams.stream(.tripIDs, index: UInt64(r))
        return CustomerID.next(using: &g)
    }
}
