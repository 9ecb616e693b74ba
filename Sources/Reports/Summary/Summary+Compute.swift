import Simulation

extension Summary {
    /// Computes every KPI from the run's tables; `serviceClasses` gives the names (and order) of
    /// `per_service_class`.
    public init(trips: [TripRow], vehicles: [VehicleRow], serviceClasses: [String]) {
        var noOffer: [String: Int] = [:], declined: [String: Int] = [:]
        var waits: [Double] = [], rides: [Double] = [], detours: [Double] = [], walks: [Double] = []
        var classRequests: [String: Int] = [:], classFulfilled: [String: Int] = [:]
        var loadGroups = ["adult", "child", "wheelchair", "child_seat"].map { Group(name: $0, requests: 0, fulfilled: 0) }
        for t in trips {
            requests += 1
            offersTotal += t.offers
            if t.offers > 0 { offers += 1 }
            if t.orderTime != nil { ordered += 1 }
            if t.acceptedTime != nil { accepted += 1 }
            switch (t.finalState, t.reason) {
            case ("NoOffer", let r): noOffer[r, default: 0] += 1
            case ("Declined", let r): declined[r, default: 0] += 1
            case (_, "Rejected"): rejected += 1
            case (_, "CancelledAsCustomer"): cancelledByCustomer += 1
            case (_, "CancelledAsIntegrator"): cancelledByIntegrator += 1
            case (_, "NoShow"): noShows += 1
            case (_, TripRow.unfinished): unfinished += 1
            default: break
            }
            if t.isFulfilled {
                fulfilled += 1
                if t.shared == true { pooled += 1 }
                if let w = t.wait { waits.append(w.seconds) }
                if let r = t.rideTime {
                    rides.append(r.seconds)
                    if let d = t.directTime, d.ms > 0 { detours.append(Double(r.ms) / Double(d.ms)) }
                }
                walks.append((t.walkToPickup ?? .zero).seconds + (t.walkFromDropoff ?? .zero).seconds)
            }
            if t.orderTime != nil, let c = t.serviceClass {
                classRequests[c, default: 0] += 1
                if t.isFulfilled { classFulfilled[c, default: 0] += 1 }
            }
            let loads = Load.parseGroup(t.loads) ?? []
            let has = [loads.contains { !$0.isChild }, loads.contains { $0.isChild },
                       loads.contains { $0.wheelchair == .needed }, loads.contains { $0.childSeat != .notNeeded }]
            for (k, yes) in has.enumerated() where yes {
                loadGroups[k].requests += 1
                if t.isFulfilled { loadGroups[k].fulfilled += 1 }
            }
        }
        self.noOffer = Summary.ordered(noOffer, known: Summary.noOfferReasons)
        self.declined = Summary.ordered(declined, known: Summary.declineReasons)
        wait = Stat(waits); rideTime = Stat(rides); detourFactor = Stat(detours); walk = Stat(walks)
        perServiceClass = serviceClasses.map { Group(name: $0, requests: classRequests[$0] ?? 0, fulfilled: classFulfilled[$0] ?? 0) }
        perLoadType = loadGroups
        for v in vehicles {
            vehicleMetres += v.metresTotal
            vehicleMetresEmpty += v.metresEmpty
            passengerMetres += v.passengerMetres
            busySeconds += v.busy.seconds
            shiftSeconds += v.shiftLength.seconds
        }
    }

    /// Known reasons first (zeros included), then any others in sorted order.
    private static func ordered(_ counts: [String: Int], known: [String]) -> [ReasonCount] {
        known.map { ReasonCount(reason: $0, count: counts[$0] ?? 0) }
            + counts.keys.filter { !known.contains($0) }.sorted().map { ReasonCount(reason: $0, count: counts[$0]!) }
    }
}
