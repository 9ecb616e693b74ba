import Simulation

/// `RequestTripOffers`: input checks, the customer's flags and classes, then the engine's quotes.
extension TripService {
    /// The most loads one request may carry.
    public static let maxLoads = 10

    /// Offers for `request` by `customerID`: zero or more per allowed service class (never an empty list:
    /// no offer is an error with its reason).
    public func requestTripOffers(customerID: String?, _ request: OfferRequest) throws(ServiceError) -> [Offer] {
        let customer = try authenticatedCustomer(customerID)
        let (origin, destination) = try checkLocations(request, of: customer.id)
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
        let account = try tripAccount(of: customer, named: request.accountID)
        let id = tripID(forNewRequest: desk.requestCount)
        let departure = request.departureTime ?? request.arrivalTime!
        let tripRequest = TripRequest(
            id: id, customerID: customer.id, time: now, desiredDeparture: departure,
            arrival: request.arrivalTime, origin: origin, destination: destination,
            loads: [], approachSpeed: request.approachSpeed ?? .medium,
            visualImpairment: request.visualImpairmentSupport)
        let complete = completed(tripRequest, customer: customer, loads: request.loads, account: account)
        return try offers(for: desk.register(complete), customer: customer)
    }

    /// Offers for simulated request `r` (one of the scenario's): completed with the customer, flags,
    /// loads and account first, then handed down in place of the demand's bare request.
    func offers(forSimulated r: Int32, customer: Customer, loads: [LoadRequest], account: TripAccount?)
        throws(ServiceError) -> [Offer]
    {
        desk.update(r, completed(desk.request(r), customer: customer, loads: loads, account: account))
        return try offers(for: r, customer: customer)
    }

    /// `request` as the engine needs it, complete: the customer, their flags, the loads resolved with the
    /// customer's default requirements, and the account billed.
    private func completed(_ request: TripRequest, customer: Customer, loads: [LoadRequest], account: TripAccount?)
        -> TripRequest
    {
        var request = request
        let flags = customers.flagDefinitions(of: customer.id)
        var requirements = (customers.recordedProfile(of: customer.id) ?? CustomerProfile()).requirements
        if flags.contains(where: { $0.effect == .defaultWheelchair }) { requirements.wheelchair = .needed }
        request.customerID = customer.id
        request.customerFlags = flags.map(\.name)
        request.loads = requirements.resolve(loads)
        request.account = account
        return request
    }

    /// Offers for complete request `r`: the rules that need the customer and the clock, then the quote,
    /// the wait weighed by the customer's flags and tier. Records the request and its outcome (offers
    /// or no offer).
    private func offers(for r: Int32, customer: Customer) throws(ServiceError) -> [Offer] {
        let request = desk.request(r)
        let flags = customers.flagDefinitions(of: customer.id)
        let profile = customers.recordedProfile(of: customer.id) ?? CustomerProfile()
        desk.report(r, .requested)
        do throws(ServiceError) {
            let classes = try checkRules(request, customer: customer, flags: flags)
            let weight = waitWeight(flags: flags, tier: profile.priorityTier)
            switch desk.quote(r, QuoteQuery(classes: classes, waitWeight: weight)) {
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

    /// Both ends' positions: each end's valid `location`, or the customer's saved address it names.
    /// `INVALID_LOCATION` with a violation per end at fault (no or a bad location, both a location and a
    /// saved address, a saved address the customer does not have).
    private func checkLocations(_ request: OfferRequest, of customerID: String) throws(ServiceError)
        -> (GeoPoint, GeoPoint)
    {
        var violations: [FieldViolation] = [], points: [GeoPoint] = []
        for (field, place) in [("origin", request.origin), ("destination", request.destination)] {
            if let saved = place.savedAddressID {
                if place.location != nil {
                    violations.append(
                        FieldViolation(
                            field: field + ".saved_address_id", description: "give either location or saved_address_id")
                    )
                } else if let address = customers.address(saved, of: customerID), let point = address.place.location {
                    points.append(point)
                } else {
                    violations.append(
                        FieldViolation(
                            field: field + ".saved_address_id",
                            description: "no saved address \"\(saved)\" of this customer; see ListSavedAddresses"))
                }
            } else if let point = place.location, point.isValid {
                points.append(point)
            } else {
                violations.append(
                    FieldViolation(
                        field: field + ".location",
                        description: "give latitude in [-90, 90] and longitude in [-180, 180]"))
            }
        }
        guard violations.isEmpty else {
            throw ServiceError(
                .invalidLocation, "origin and destination need a valid WGS84 location (or a saved address)",
                fieldViolations: violations)
        }
        return (points[0], points[1])
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
