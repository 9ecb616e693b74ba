/// The engine as the service layer's `DispatchDesk`: requests, scheduling and records.
extension Engine: DispatchDesk {
    public var serviceClasses: [ServiceClass] { setup.serviceClasses }
    public var requestCount: Int { requests.count }
    public var stops: [Stop] { setup.stops }
    public var rules: ServiceRules { setup.rules }
    public var defaultWaitWeight: Double { setup.options.waitWeight }

    public func request(_ r: Int32) -> TripRequest { requests[Int(r)] }

    public func register(_ request: TripRequest) -> Int32 {
        requests.append(request)
        trips.append(nil); tripVehicle.append(-1); orders.appendEmpty()
        pickedUpAt.append(nil); droppedOffAt.append(nil)
        return Int32(requests.count - 1)
    }

    public func update(_ r: Int32, _ request: TripRequest) { requests[Int(r)] = request }

    public func inServiceArea(_ point: GeoPoint) -> Bool { area.contains(point) }

    public func state(_ r: Int32) -> TripState? { Int(r) < trips.count ? trips[Int(r)]?.state : nil }

    public func canEverCarry(_ loads: [Load]) -> Bool { vehicleTypes.canEverCarry(loads) }

    public func schedule(_ step: RiderStep, at time: SimTime) { queue.schedule(.rider(step), at: max(time, now)) }

    public func report(_ r: Int32, _ outcome: RequestOutcome) {
        switch outcome {
        case .requested: emit(.requested(request: r, requests[Int(r)]))
        case .offered(let offers): emit(.offered(request: r, offers: offers))
        case .noOffer(let reason): emit(.noOffer(request: r, reason: reason))
        case .declined(let reason): emit(.declined(request: r, reason: reason))
        case .orderRefused(let reason): emit(.orderRefused(request: r, reason: reason))
        }
    }

    public func report(account: CorporateAccount) { emit(.accountCreated(account)) }
}
