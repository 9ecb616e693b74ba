import Simulation

extension Summary {
    /// Computes every KPI from the run's tables; `serviceClasses`, `customerFlags` and `accounts` give the
    /// names (and order) of `per_service_class`, `per_customer_flag` and `per_account`.
    public init(
        trips: [TripRow], vehicles: [VehicleRow], serviceClasses: [String], customerFlags: [String] = [],
        accounts: [CorporateAccount] = []
    ) {
        var noOffer: [String: Int] = [:], declined: [String: Int] = [:], refused: [String: Int] = [:]
        var waits: [Double] = [], rides: [Double] = [], detours: [Double] = [], walks: [Double] = []
        var latencies: [Double] = [], authentications: [Double] = []
        var classes = GroupTally(names: serviceClasses)
        var loadTypes = GroupTally(names: LoadGroups.names)
        var loadGroups = LoadGroups.Memo()
        var flags = GroupTally(names: customerFlags + ["none"])
        for t in trips {
            requests += 1
            offersTotal += t.offers
            if t.offers > 0 { offers += 1 }
            if t.orderTime != nil { ordered += 1 }
            if t.acceptedTime != nil { accepted += 1 }
            switch (t.finalState, t.reason) {
            case ("NoOffer", let r): noOffer[r, default: 0] += 1
            case ("Declined", let r): declined[r, default: 0] += 1
            case ("OrderRefused", let r): refused[r, default: 0] += 1
            case (_, "Rejected"): rejected += 1
            case (_, "CancelledAsCustomer"): cancelledByCustomer += 1
            case (_, "CancelledAsIntegrator"): cancelledByIntegrator += 1
            case (_, "NoShow"):
                noShows += 1
                if t.authenticationReadyTime != nil && t.authenticationCompletedTime == nil {
                    authenticationNoShows += 1
                }
            case (_, "Terminated"):
                if t.pickupTime != nil { terminatedOnBoard += 1 } else { terminatedBeforePickup += 1 }
            case (_, TripRow.unfinished): unfinished += 1
            default: break
            }
            if let o = t.orderTime, let d = t.decisionTime { latencies.append((d - o).seconds) }
            if let r = t.authenticationReadyTime, let c = t.authenticationCompletedTime, c >= r {
                authentications.append((c - r).seconds)
            }
            if t.reassignments > 0 { reassignedTrips += 1; reassignments += t.reassignments }
            let wait = t.isFulfilled ? t.wait?.seconds : nil
            if t.isFulfilled {
                fulfilled += 1
                if t.shared == true { pooled += 1 }
                if let wait { waits.append(wait) }
                if let r = t.rideTime {
                    rides.append(r.seconds)
                    if let d = t.directTime, d.ms > 0 { detours.append(Double(r.ms) / Double(d.ms)) }
                }
                walks.append((t.walkToPickup ?? .zero).seconds + (t.walkFromDropoff ?? .zero).seconds)
            }
            if t.orderTime != nil, let c = t.serviceClass { classes.add(c, t, wait: wait) }
            for (k, yes) in loadGroups.membership(t.loads).enumerated() where yes {
                loadTypes.add(loadTypes.names[k], t, wait: wait)
            }
            for f in t.customerFlags.isEmpty ? ["none"] : t.customerFlags { flags.add(f, t, wait: wait) }
        }
        self.noOffer = Summary.ordered(noOffer, known: Summary.noOfferReasons)
        self.declined = Summary.ordered(declined, known: Summary.declineReasons)
        self.orderRefused = Summary.ordered(refused, known: Summary.orderRefusalReasons)
        wait = Stat(waits); rideTime = Stat(rides); detourFactor = Stat(detours); walk = Stat(walks)
        dispatchLatency = Stat(latencies); authentication = Stat(authentications)
        perServiceClass = classes.groups
        perLoadType = loadTypes.groups
        perCustomerFlag = customerFlags.isEmpty ? [] : flags.groups
        perAccount = accounts.isEmpty ? [] : Self.accountTotals(trips, accounts)
        for v in vehicles {
            vehicleMetres += v.metresTotal
            vehicleMetresEmpty += v.metresEmpty
            passengerMetres += v.passengerMetres
            busySeconds += v.busy.seconds
            shiftSeconds += v.shiftLength.seconds
            breakdowns += v.breakdowns
            outOfServiceSeconds += v.outOfService.seconds
        }
    }

    /// Each account's trips, fares and attributed vehicle-km, then those of trips billed to none.
    private static func accountTotals(_ trips: [TripRow], _ accounts: [CorporateAccount]) -> [AccountTotals] {
        var totals = accounts.map { AccountTotals(id: $0.id, name: $0.name) } + [AccountTotals(id: "none", name: "")]
        var index: [String: Int] = [:]
        for (k, a) in accounts.enumerated() { index[a.id] = k }
        for t in trips {
            let k = t.account.flatMap { index[$0.accountID] } ?? accounts.count
            totals[k].requests += 1
            if t.isFulfilled {
                totals[k].fulfilled += 1
                totals[k].fareCents += t.priceCents ?? 0
            }
            totals[k].attributedMetres += t.attributedMetres
        }
        return totals
    }

    /// Known reasons first (zeros included), then any others in sorted order.
    static func ordered(_ counts: [String: Int], known: [String]) -> [ReasonCount] {
        known.map { ReasonCount(reason: $0, count: counts[$0] ?? 0) }
            + counts.keys.filter { !known.contains($0) }.sorted().map { ReasonCount(reason: $0, count: counts[$0]!) }
    }
}

/// Requests, fulfilled trips and waits per named group, in a fixed order (unknown names are skipped).
private struct GroupTally {
    let names: [String]
    private var requests: [Int], fulfilled: [Int], waits: [[Double]]

    init(names: [String]) {
        self.names = names
        requests = Array(repeating: 0, count: names.count); fulfilled = requests
        waits = Array(repeating: [], count: names.count)
    }

    mutating func add(_ name: String, _ trip: TripRow, wait: Double?) {
        guard let k = names.firstIndex(of: name) else { return }
        requests[k] += 1
        if trip.isFulfilled { fulfilled[k] += 1 }
        if let wait { waits[k].append(wait) }
    }

    var groups: [Summary.Group] {
        names.indices.map {
            Summary.Group(
                name: names[$0], requests: requests[$0], fulfilled: fulfilled[$0], wait: Summary.Stat(waits[$0]))
        }
    }
}
