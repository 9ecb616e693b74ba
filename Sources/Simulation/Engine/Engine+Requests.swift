/// Requests: validation, stop candidates, offers per service class, and the rider's decision.
extension Engine {
    func handleRequest(_ r: Int32) {
        let request = setup.requests[Int(r)]
        emit(.requested(request: r, request))
        if let reason = rejectionReason(request) { return emit(.noOffer(request: r, reason: reason)) }
        let ends: (pickups: [(PlaceID, Double)], dropoffs: [(PlaceID, Double)])
        switch stopCandidates(request) {
        case .failure(let reason): return emit(.noOffer(request: r, reason: reason.rawValue))
        case .success(let e): ends = e
        }
        let made = makeOffers(r, request, pickups: ends.pickups, dropoffs: ends.dropoffs)
        guard !made.isEmpty else { return emit(.noOffer(request: r, reason: "FLEET_SATURATED")) }
        offers[Int(r)] = made
        emit(.offered(request: r, offers: made.map(\.info)))
        var g = streams.stream(.choices, index: UInt64(r))
        let delay = SimTime(ms: Int64(g.uniform(Double(setup.riders.decisionDelayMin.ms)...Double(setup.riders.decisionDelayMax.ms))))
        queue.schedule(.decide(r), at: now + delay)
    }

    /// Reasons a request gets no offer before any matching.
    private func rejectionReason(_ request: TripRequest) -> String? {
        if !vehicleTypes.canEverCarry(request.loads) { return "INVALID_LOAD" }
        if !area.contains(request.origin) || !area.contains(request.destination) { return "OUT_OF_SERVICE_AREA" }
        return nil
    }

    enum StopFailure: String, Error {
        case origin = "NO_STOPS_NEAR_ORIGIN", destination = "NO_STOPS_NEAR_DESTINATION"
        case both = "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION", tooShort = "TRIP_TOO_SHORT"
    }

    /// Candidate pickup and drop-off places with their straight-line walking distances.
    private func stopCandidates(_ request: TripRequest)
        -> Result<(pickups: [(PlaceID, Double)], dropoffs: [(PlaceID, Double)]), StopFailure>
    {
        if setup.doorToDoor {
            guard request.origin.distance(to: request.destination) >= setup.options.minimumTripMetres else {
                return .failure(.tooShort)
            }
            // The rider walks from the door to where the vehicle can stop (0 m without a road network).
            let origin = travel.addPlace(request.origin), destination = travel.addPlace(request.destination)
            let walkIn = travel.snapDistance(of: origin), walkOut = travel.snapDistance(of: destination)
            switch (walkIn <= setup.maxSnapDistance, walkOut <= setup.maxSnapDistance) {
            case (false, false): return .failure(.both)
            case (false, true): return .failure(.origin)
            case (true, false): return .failure(.destination)
            case (true, true): break
            }
            guard travel.point(of: origin) != travel.point(of: destination) else { return .failure(.tooShort) }
            return .success(([(origin, walkIn)], [(destination, walkOut)]))
        }
        let radius = setup.walking.reach(request.approachSpeed, visuallyImpaired: request.visualImpairment)
        let k = setup.options.maxStopCandidates
        let near = { (p: GeoPoint) in
            (self.stopFinder?.stops(near: p, within: radius) ?? []).prefix(k).map { (PlaceID($0.stop), $0.distance) }
        }
        let pickups = near(request.origin), dropoffs = near(request.destination)
        switch (pickups.isEmpty, dropoffs.isEmpty) {
        case (true, true): return .failure(.both)
        case (true, false): return .failure(.origin)
        case (false, true): return .failure(.destination)
        default: break
        }
        if Set(pickups.map(\.0)).union(dropoffs.map(\.0)).count == 1 { return .failure(.tooShort) }
        return .success((pickups, dropoffs))
    }

    /// Per service class: the cheapest insertion and up to `alternatives` more with other stops.
    private func makeOffers(_ r: Int32, _ request: TripRequest, pickups: [(PlaceID, Double)],
                            dropoffs: [(PlaceID, Double)]) -> [PendingOffer] {
        var result: [PendingOffer] = []
        var tokens = streams.stream(.tokens, index: UInt64(r))
        // Riders carry no customer flags yet, so classes that require one are not offered.
        for (c, serviceClass) in setup.serviceClasses.enumerated() where serviceClass.requiredFlags.isEmpty {
            var found: [(Insertion, PendingOffer)] = []
            for (pu, puMetres) in pickups {
                for (dropoff, doMetres) in dropoffs where dropoff != pu {
                    guard let pending = offerSpec(r, request, classIndex: c, serviceClass,
                                                  pickup: (pu, puMetres), dropoff: (dropoff, doMetres)) else { continue }
                    if let insertion = matcher.bestInsertion(of: pending.spec, fleet: fleet, now: now) {
                        var offer = pending
                        offer.info.estimatedPickup = insertion.pickupTime
                        offer.info.estimatedDropoff = insertion.dropoffTime
                        offer.vehicle = insertion.vehicle
                        found.append((insertion, offer))
                    }
                }
            }
            found.sort { $0.0.isBetter(than: $1.0) }
            for (_, offer) in found.prefix(1 + setup.options.alternatives) {
                var o = offer
                o.info.token = "of_" + String(tokens.next(), radix: 36) + "_\(result.count)"
                result.append(o)
            }
        }
        return result
    }

    /// The trip spec and offer skeleton for one class and stop pair; nil if the walk alone breaks the window.
    private func offerSpec(_ r: Int32, _ request: TripRequest, classIndex: Int, _ serviceClass: ServiceClass,
                           pickup: (PlaceID, Double), dropoff: (PlaceID, Double)) -> PendingOffer? {
        let walkIn = setup.walking.walk(straightLine: pickup.1, speed: request.approachSpeed)
        let walkOut = setup.walking.walk(straightLine: dropoff.1, speed: request.approachSpeed)
        let own = request.windows
        let earliest = max(own?.pickupEarliest ?? request.desiredDeparture + walkIn.duration, now)
        let latest = own?.pickupLatest ?? request.desiredDeparture + serviceClass.maxWait
        guard earliest <= latest else { return nil }
        let direct = travel.travelTime(from: pickup.0, to: dropoff.0, at: earliest)
        let directMetres = travel.distance(from: pickup.0, to: dropoff.0)
        // Own windows bound the drop-off alone (no ride limit beyond it).
        let maxRide = own.map { $0.dropoffLatest - earliest } ?? serviceClass.maxRide(direct: direct)
        let vi = request.visualImpairment
        let spec = TripSpec(trip: r, pickupPlace: pickup.0, dropoffPlace: dropoff.0, pickupEarliest: earliest,
                            pickupLatest: latest, dropoffLatest: own?.dropoffLatest ?? latest + maxRide, maxRide: maxRide,
                            demand: request.loads.demand,
                            boarding: setup.boarding.boarding(request.loads, visuallyImpaired: vi),
                            alighting: setup.boarding.alighting(request.loads, visuallyImpaired: vi),
                            desiredDeparture: request.desiredDeparture,
                            waitWeight: setup.options.waitWeight, rideWeight: setup.options.rideWeight)
        let info = OfferInfo(token: "", serviceClass: Int32(classIndex), pickup: riderRef(pickup.0), dropoff: riderRef(dropoff.0),
                             walkToPickup: walkIn.duration, walkToPickupMetres: walkIn.distance,
                             walkFromDropoff: walkOut.duration, walkFromDropoffMetres: walkOut.distance,
                             pickupEarliest: earliest, pickupLatest: latest, dropoffLatest: own?.dropoffLatest ?? latest + maxRide,
                             estimatedPickup: .zero, estimatedDropoff: .zero, directTime: direct,
                             directMetres: directMetres, maxRide: maxRide,
                             price: serviceClass.price(directMetres: directMetres),
                             expiresAt: now + setup.options.offerLifetime)
        return PendingOffer(info: info, spec: spec, vehicle: -1)
    }

    /// The rider picks the offer arriving earliest among those within their wait tolerance, and orders it.
    func handleDecision(_ r: Int32) {
        let request = setup.requests[Int(r)]
        var g = streams.stream(.choices, index: UInt64(r))
        _ = g.next()  // the decision delay's draw
        let tolerance = SimTime(ms: Int64(g.uniform(Double(setup.riders.waitToleranceMin.ms)...Double(setup.riders.waitToleranceMax.ms))))
        let acceptable = offers[Int(r)].enumerated().filter { $0.element.info.estimatedPickup - request.desiredDeparture <= tolerance }
        guard let choice = acceptable.min(by: { a, b in
            (a.element.info.estimatedDropoff, a.offset) < (b.element.info.estimatedDropoff, b.offset)
        }) else { return emit(.declined(request: r, reason: "NO_ACCEPTABLE_OFFER")) }
        guard now <= choice.element.info.expiresAt else { return emit(.declined(request: r, reason: "OFFER_EXPIRED")) }
        order(r, offer: choice.offset, cancelDraws: &g)
    }

    /// Orders an offer: re-validates it against its vehicle's plan as it is now (other riders may have
    /// been inserted since): still feasible → accepted with that vehicle; no longer feasible → rejected.
    private func order(_ r: Int32, offer index: Int, cancelDraws g: inout SeededGenerator) {
        trips[Int(r)] = TripStateMachine()
        emit(.ordered(request: r, offer: Int32(index)))
        let pending = offers[Int(r)][index]
        guard let insertion = matcher.bestInsertion(of: pending.spec, into: pending.vehicle, fleet: fleet, now: now) else {
            _ = transition(r, .reject)
            return emit(.rejected(request: r))
        }
        let v = insertion.vehicle
        if let turn = insertion.divertedAt { divert(v, at: turn) }
        fleet.plans[Int(v)].insert(pickup: pending.spec.pickupStop(), at: insertion.pickupIndex,
                                   dropoff: pending.spec.dropoffStop(), before: insertion.dropoffIndex,
                                   travel: travel, now: now)
        tripVehicle[Int(r)] = v
        _ = transition(r, .accept)
        emit(.accepted(request: r, vehicle: v))
        startIfIdle(v)
        matcher.planDidChange(vehicle: v, fleet: fleet)
        scheduleMishaps(r, plannedPickup: insertion.pickupTime, draws: &g)
    }

    /// Draws whether this rider cancels (and when), whether the integrator does, and whether the rider shows up.
    private func scheduleMishaps(_ r: Int32, plannedPickup: SimTime, draws g: inout SeededGenerator) {
        let u = g.unit(), when = g.unit()
        let b = setup.riders
        let cancelAt = now + SimTime(ms: Int64(when * Double(max(0, (plannedPickup - now).ms))))
        if u < b.customerCancelProbability {
            queue.schedule(.cancel(r, .customer), at: cancelAt)
        } else if u < b.customerCancelProbability + b.integratorCancelProbability {
            queue.schedule(.cancel(r, .integrator), at: cancelAt)
        }
        var ns = streams.stream(.noShows, index: UInt64(r))
        noShows[Int(r)] = ns.unit() < b.noShowProbability
    }
}
