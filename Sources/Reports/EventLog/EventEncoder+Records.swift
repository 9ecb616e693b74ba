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
            json.field("max_wait_s", raw: NumberFormat.seconds(c.maxWait))
            json.key("max_ride_factor"); json.double(c.maxRideFactor)
            json.field("max_ride_constant_s", raw: NumberFormat.seconds(c.maxRideConstant))
            json.key("required_flags"); json.openArray()
            for f in c.requiredFlags { json.element(); json.string(f) }
            json.closeArray()
            json.field("base_fare_cents", int: c.baseFare)
            json.field("per_km_cents", int: c.perKm)
            json.closeObject()
        }
        json.closeArray()
        json.key("vehicles"); json.openArray()
        for v in h.vehicles {
            json.element(); json.openObject()
            json.field("id", v.id)
            json.field("type", v.type.name)
            json.field("seats", int: Int(v.type.seats))
            json.field("wheelchair_places", int: Int(v.type.wheelchairPlaces))
            json.field("seats_folded_per_wheelchair", int: Int(v.type.seatsFoldedPerWheelchair))
            json.field("forwards_seats", int: Int(v.type.forwardsSeats))
            json.field("backwards_seats", int: Int(v.type.backwardsSeats))
            json.field("booster_seats", int: Int(v.type.boosterSeats))
            json.field("start_lat", raw: NumberFormat.coordinate(v.start.lat))
            json.field("start_lon", raw: NumberFormat.coordinate(v.start.lon))
            json.field("shift_start_s", raw: NumberFormat.seconds(v.shiftStart))
            json.field("shift_end_s", raw: NumberFormat.seconds(v.shiftEnd))
            json.closeObject()
        }
        json.closeArray()
        json.key("stops"); json.openArray()
        for s in h.stops {
            json.element(); json.openObject()
            json.field("id", s.id)
            json.field("lat", raw: NumberFormat.coordinate(s.point.lat))
            json.field("lon", raw: NumberFormat.coordinate(s.point.lon))
            json.closeObject()
        }
        json.closeArray()
    }

    mutating func encodeRequest(_ r: TripRequest) {
        json.field("customer_id", r.customerID)
        json.field("origin_lat", raw: NumberFormat.coordinate(r.origin.lat))
        json.field("origin_lon", raw: NumberFormat.coordinate(r.origin.lon))
        json.field("destination_lat", raw: NumberFormat.coordinate(r.destination.lat))
        json.field("destination_lon", raw: NumberFormat.coordinate(r.destination.lon))
        json.field("loads", r.loads.code)
        json.field("approach_speed", r.approachSpeed.rawValue)
        json.field("visual_impairment", bool: r.visualImpairment)
        json.field("desired_departure_s", raw: NumberFormat.seconds(r.desiredDeparture))
    }

    mutating func encodeOffer(_ o: OfferInfo) {
        json.openObject()
        json.field("token", o.token)
        let classes = header?.serviceClasses ?? []
        let i = Int(o.serviceClass)
        json.field("service_class", i >= 0 && i < classes.count ? classes[i].name : "#\(o.serviceClass)")
        placeWithPrefix(o.pickup, "pickup_")
        placeWithPrefix(o.dropoff, "dropoff_")
        json.field("walk_to_pickup_s", raw: NumberFormat.seconds(o.walkToPickup))
        json.field("walk_to_pickup_m", raw: NumberFormat.metres(o.walkToPickupMetres))
        json.field("walk_from_dropoff_s", raw: NumberFormat.seconds(o.walkFromDropoff))
        json.field("walk_from_dropoff_m", raw: NumberFormat.metres(o.walkFromDropoffMetres))
        json.field("pickup_earliest_s", raw: NumberFormat.seconds(o.pickupEarliest))
        json.field("pickup_latest_s", raw: NumberFormat.seconds(o.pickupLatest))
        json.field("dropoff_latest_s", raw: NumberFormat.seconds(o.dropoffLatest))
        json.field("estimated_pickup_s", raw: NumberFormat.seconds(o.estimatedPickup))
        json.field("estimated_dropoff_s", raw: NumberFormat.seconds(o.estimatedDropoff))
        json.field("direct_time_s", raw: NumberFormat.seconds(o.directTime))
        json.field("direct_m", raw: NumberFormat.metres(o.directMetres))
        json.field("max_ride_s", raw: NumberFormat.seconds(o.maxRide))
        json.field("price_cents", int: o.price)
        json.field("expires_at_s", raw: NumberFormat.seconds(o.expiresAt))
        json.closeObject()
    }
}
