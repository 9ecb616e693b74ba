import Simulation

/// The larger records of the log: run header, request, offer.
extension EventEncoder {
    mutating func encodeHeader(_ h: RunHeader) {
        json.field("scenario", h.scenario)
        json.field("seed", raw: String(h.seed))
        json.field("request_count", int: h.requestCount)
        json.key("travel_model"); json.openObject()
        json.field("kind", h.travelModel.kind)
        json.key("speed_mps"); json.double(h.travelModel.speed)
        json.key("detour_factor"); json.double(h.travelModel.detourFactor)
        json.closeObject()
        json.key("service_classes"); json.openArray()
        for c in h.serviceClasses {
            json.element(); json.openObject()
            json.field("name", c.name)
            json.field("max_wait_s", seconds: c.maxWait)
            json.key("max_ride_factor"); json.double(c.maxRideFactor)
            json.field("max_ride_constant_s", seconds: c.maxRideConstant)
            json.key("required_flags"); json.openArray()
            for f in c.requiredFlags { json.element(); json.string(f) }
            json.closeArray()
            json.field("base_fare_cents", int: c.baseFare)
            json.field("per_km_cents", int: c.perKm)
            json.closeObject()
        }
        json.closeArray()
        json.key("customer_flags"); json.openArray()
        for f in h.customerFlags { json.element(); json.string(f) }
        json.closeArray()
        json.key("vehicles"); json.openArray()
        for v in h.vehicles {
            json.element(); json.openObject()
            json.field("id", v.id)
            json.field("type", v.type.name)
            json.field("seats", int: Int(v.type.capacity.seats))
            json.field("wheelchair_places", int: Int(v.type.capacity.wheelchairPlaces))
            json.field("seats_folded_per_wheelchair", int: Int(v.type.capacity.seatsFoldedPerWheelchair))
            json.field("forwards_seats", int: Int(v.type.capacity.forwardsSeats))
            json.field("backwards_seats", int: Int(v.type.capacity.backwardsSeats))
            json.field("booster_seats", int: Int(v.type.capacity.boosterSeats))
            if v.type.boardingAuthentication { json.field("boarding_authentication", bool: true) }
            json.field("start_lat", fixed: v.start.lat, 7)
            json.field("start_lon", fixed: v.start.lon, 7)
            json.field("shift_start_s", seconds: v.shiftStart)
            json.field("shift_end_s", seconds: v.shiftEnd)
            if let d = v.depot { json.field("depot", int: Int(d)) }
            if let b = v.shiftBreak {
                json.field("break_earliest_start_s", seconds: b.earliestStart)
                json.field("break_latest_end_s", seconds: b.latestEnd)
                json.field("break_duration_s", seconds: b.duration)
            }
            if let b = v.type.battery { encodeBattery(b) }
            json.closeObject()
        }
        json.closeArray()
        if !h.depots.isEmpty { encodeDepots(h.depots) }
        json.key("stops"); json.openArray()
        for s in h.stops {
            json.element(); json.openObject()
            json.field("id", s.id)
            json.field("lat", fixed: s.point.lat, 7)
            json.field("lon", fixed: s.point.lon, 7)
            json.closeObject()
        }
        json.closeArray()
    }

    mutating func encodeRequest(_ r: TripRequest) {
        json.field("customer_id", r.customerID)
        json.field("origin_lat", fixed: r.origin.lat, 7)
        json.field("origin_lon", fixed: r.origin.lon, 7)
        json.field("destination_lat", fixed: r.destination.lat, 7)
        json.field("destination_lon", fixed: r.destination.lon, 7)
        json.field("loads", r.loads.code)
        json.field("approach_speed", r.approachSpeed.rawValue)
        json.field("visual_impairment", bool: r.visualImpairment)
        json.field("desired_departure_s", seconds: r.desiredDeparture)
        if let arrival = r.arrival { json.field("arrival_s", seconds: arrival) }
        json.field("customer_flags", r.customerFlags.joined(separator: ";"))
        if let account = r.account {
            json.field("account_id", account.accountID)
            if let department = account.departmentID { json.field("department_id", department) }
        }
    }

    mutating func encodeAccount(_ a: CorporateAccount) {
        json.field("account_id", a.id)
        json.field("name", a.name)
        json.key("departments"); json.openArray()
        for d in a.departments {
            json.element(); json.openObject()
            json.field("id", d.id); json.field("name", d.name)
            json.closeObject()
        }
        json.closeArray()
    }

    mutating func encodeOffer(_ o: Offer) {
        json.openObject()
        json.field("token", o.token)
        let classes = header?.serviceClasses ?? []
        let i = Int(o.serviceClass)
        json.field("service_class", i >= 0 && i < classes.count ? classes[i].name : "#\(o.serviceClass)")
        placeWithPrefix(o.pickup, "pickup_")
        placeWithPrefix(o.dropoff, "dropoff_")
        json.field("walk_to_pickup_s", seconds: o.walkToPickup)
        json.field("walk_to_pickup_m", fixed: o.walkToPickupMetres, 1)
        json.field("walk_from_dropoff_s", seconds: o.walkFromDropoff)
        json.field("walk_from_dropoff_m", fixed: o.walkFromDropoffMetres, 1)
        json.field("pickup_earliest_s", seconds: o.pickupEarliest)
        json.field("pickup_latest_s", seconds: o.pickupLatest)
        json.field("dropoff_latest_s", seconds: o.dropoffLatest)
        json.field("estimated_pickup_s", seconds: o.estimatedPickup)
        json.field("estimated_dropoff_s", seconds: o.estimatedDropoff)
        json.field("direct_time_s", seconds: o.directTime)
        json.field("direct_m", fixed: o.directMetres, 1)
        json.field("max_ride_s", seconds: o.maxRide)
        json.field("price_cents", int: o.price)
        json.field("expires_at_s", seconds: o.expiresAt)
        json.closeObject()
    }
}
