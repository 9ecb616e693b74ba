/// Quotes: the service area, stop candidates at both ends, and the best insertions per service class.
extension Engine {
    /// The best offers for request `r` in the query's classes, or why there are none.
    /// - Complexity: one fleet-wide insertion search per class and stop pair (at most
    ///   `maxStopCandidates`² pairs per class).
    public func quote(_ r: Int32, _ query: QuoteQuery) -> Result<[Quote], Reason> {
        let request = requests[Int(r)]
        guard area.contains(request.origin), area.contains(request.destination) else {
            return .failure(.outOfServiceArea)
        }
        let ends: (pickups: [(PlaceID, Double)], dropoffs: [(PlaceID, Double)])
        switch stopCandidates(request) {
        case .failure(let reason): return .failure(reason)
        case .success(let e): ends = e
        }
        let made = bestQuotes(r, request, query, pickups: ends.pickups, dropoffs: ends.dropoffs)
        return made.isEmpty ? .failure(.fleetSaturated) : .success(made)
    }

    /// Candidate pickup and drop-off places with their straight-line walking distances.
    private func stopCandidates(_ request: TripRequest)
        -> Result<(pickups: [(PlaceID, Double)], dropoffs: [(PlaceID, Double)]), Reason>
    {
        if setup.doorToDoor {
            guard request.origin.distance(to: request.destination) >= setup.options.minimumTripMetres else {
                return .failure(.tripTooShort)
            }
            // The rider walks from the door to where the vehicle can stop (0 m without a road network).
            let origin = travel.addPlace(request.origin), destination = travel.addPlace(request.destination)
            let walkIn = travel.snapDistance(of: origin), walkOut = travel.snapDistance(of: destination)
            if let failure = Self.noStops(
                origin: walkIn > setup.maxSnapDistance, destination: walkOut > setup.maxSnapDistance)
            {
                return .failure(failure)
            }
            guard travel.point(of: origin) != travel.point(of: destination) else { return .failure(.tripTooShort) }
            return .success(([(origin, walkIn)], [(destination, walkOut)]))
        }
        let radius = setup.walking.reach(request.approachSpeed, visuallyImpaired: request.visualImpairment)
        let k = setup.options.maxStopCandidates
        let near = { (p: GeoPoint) in
            (self.stopFinder?.stops(near: p, within: radius) ?? []).prefix(k).map { (PlaceID($0.stop), $0.distance) }
        }
        let pickups = near(request.origin), dropoffs = near(request.destination)
        if let failure = Self.noStops(origin: pickups.isEmpty, destination: dropoffs.isEmpty) {
            return .failure(failure)
        }
        // The same place at both ends (other stops in reach would only make a ride between them), or no
        // pickup and drop-off that vehicles serve at two different points (one stop in reach, or stops
        // snapped to the same road node): there is no ride to offer.
        let servable = pickups.contains { p in dropoffs.contains { d in distinctServicePoints(p.0, d.0) } }
        if request.origin.distance(to: request.destination) == 0 || !servable { return .failure(.tripTooShort) }
        return .success((pickups, dropoffs))
    }

    /// Whether a ride from stop place `pickup` to `dropoff` goes anywhere: two places that vehicles serve
    /// at two different points.
    private func distinctServicePoints(_ pickup: PlaceID, _ dropoff: PlaceID) -> Bool {
        pickup != dropoff && travel.point(of: pickup) != travel.point(of: dropoff)
    }

    private static func noStops(origin: Bool, destination: Bool) -> Reason? {
        switch (origin, destination) {
        case (true, true): .noStopsNearOriginAndDestination
        case (true, false): .noStopsNearOrigin
        case (false, true): .noStopsNearDestination
        case (false, false): nil
        }
    }

    /// Per service class: the cheapest insertion and up to `alternatives` more with other stops.
    private func bestQuotes(
        _ r: Int32, _ request: TripRequest, _ query: QuoteQuery,
        pickups: [(PlaceID, Double)], dropoffs: [(PlaceID, Double)]
    ) -> [Quote] {
        var result: [Quote] = []
        for c in query.classes {
            var found: [(Insertion, Quote)] = []
            // Offers on the windows alone, made only when no vehicle can take the request now and the
            // next re-optimisation round decides held orders.
            var pending: [(Insertion, Quote)] = []
            for (pu, puMetres) in pickups {
                for (dropoff, doMetres) in dropoffs where distinctServicePoints(pu, dropoff) {
                    guard
                        var quote = quoteSkeleton(
                            r, request, classIndex: c, waitWeight: query.waitWeight,
                            pickup: (pu, puMetres), dropoff: (dropoff, doMetres))
                    else { continue }
                    if isPrebooking(pickupEarliest: quote.spec.pickupEarliest) {
                        if let prebooking = windowQuote(quote, prebooking: true) { found.append(prebooking) }
                        continue
                    }
                    guard let insertion = matcher.bestInsertion(of: quote.spec, fleet: fleet, now: now) else {
                        if holdsUnplacedOrders, let held = windowQuote(quote, prebooking: false) {
                            pending.append(held)
                        }
                        continue
                    }
                    quote.offer.estimatedPickup = insertion.pickupTime
                    quote.offer.estimatedDropoff = insertion.dropoffTime
                    quote.vehicle = insertion.vehicle
                    quote.basis = QuoteBasis(insertion: insertion, time: now, planVersion: planVersion)
                    found.append((insertion, quote))
                }
            }
            if found.isEmpty { found = pending }
            found.sort { $0.0.isBetter(than: $1.0) }
            result += found.prefix(1 + setup.options.alternatives).map(\.1)
        }
        return result
    }

    /// The trip spec and offer for one class and stop pair (estimates and token not yet filled in);
    /// nil if the walk alone breaks the window.
    ///
    /// By departure: pickup from the rider's arrival at the stop until `maxWait` after the desired
    /// departure. By arrival: the drop-off is due by the wished arrival less the walk from the stop,
    /// and the pickup window is the `maxWait` before the latest pickup that still makes it directly.
    private func quoteSkeleton(
        _ r: Int32, _ request: TripRequest, classIndex: Int, waitWeight: Double,
        pickup: (PlaceID, Double), dropoff: (PlaceID, Double)
    ) -> Quote? {
        let serviceClass = setup.serviceClasses[classIndex]
        let walkIn = setup.walking.walk(straightLine: pickup.1, speed: request.approachSpeed)
        let walkOut = setup.walking.walk(straightLine: dropoff.1, speed: request.approachSpeed)
        var earliest = max(request.desiredDeparture + walkIn.duration, now)
        var latest = request.desiredDeparture + serviceClass.maxWait
        let direct = travel.travelTime(from: pickup.0, to: dropoff.0, at: earliest)
        var maxRide = serviceClass.maxRide(direct: direct)
        var dropoffLatest = latest + maxRide
        if let own = request.windows {
            // A replayed workload's own windows: they bound the drop-off alone (no ride limit beyond it).
            earliest = max(own.pickupEarliest, now)
            latest = own.pickupLatest
            dropoffLatest = own.dropoffLatest
            maxRide = dropoffLatest - earliest
        } else if let arrival = request.arrival {
            dropoffLatest = arrival - walkOut.duration
            latest = dropoffLatest - direct
            earliest = max(now + walkIn.duration, latest - serviceClass.maxWait)
        }
        guard earliest <= latest else { return nil }
        let directMetres = travel.distance(from: pickup.0, to: dropoff.0)
        let vi = request.visualImpairment
        let spec = TripSpec(
            trip: r, pickupPlace: pickup.0, dropoffPlace: dropoff.0, pickupEarliest: earliest,
            pickupLatest: latest, dropoffLatest: dropoffLatest, maxRide: maxRide,
            demand: request.loads.demand,
            boarding: setup.boarding.boarding(request.loads, visuallyImpaired: vi),
            alighting: setup.boarding.alighting(request.loads, visuallyImpaired: vi),
            desiredDeparture: request.arrival == nil ? request.desiredDeparture : earliest - walkIn.duration,
            waitWeight: waitWeight, rideWeight: setup.options.rideWeight)
        let offer = Offer(
            token: "", serviceClass: Int32(classIndex), pickup: riderRef(pickup.0), dropoff: riderRef(dropoff.0),
            walkToPickup: walkIn.duration, walkToPickupMetres: walkIn.distance,
            walkFromDropoff: walkOut.duration, walkFromDropoffMetres: walkOut.distance,
            pickupEarliest: earliest, pickupLatest: latest, dropoffLatest: dropoffLatest,
            estimatedPickup: .zero, estimatedDropoff: .zero, directTime: direct,
            directMetres: directMetres, maxRide: maxRide,
            price: serviceClass.price(directMetres: directMetres),
            expiresAt: now + setup.options.offerLifetime)
        return Quote(offer: offer, spec: spec, vehicle: -1)
    }
}
