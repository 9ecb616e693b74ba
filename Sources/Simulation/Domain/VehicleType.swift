/// A kind of vehicle and its interacting capacity dimensions.
///
/// A wheelchair place, while used, folds away `seatsFoldedPerWheelchair` seats; child seats are
/// installed on seats, so a child in a child seat takes both the child seat and a seat.
public struct VehicleType: Hashable, Sendable {
    public var name: String
    /// Its capacity dimensions (read on the dispatch hot path without the name).
    public var capacity: Capacity
    /// Riders authenticate at the vehicle before boarding (autonomous shuttles): their trips pass
    /// `ReadyForBoardingAuthentication` and `BoardingAuthenticationCompleted` before `PickedUp`.
    public var boardingAuthentication: Bool
    /// Electric vehicles' battery and consumption (`nil`: range is not modelled).
    public var battery: Battery?

    public init(name: String, capacity: Capacity, boardingAuthentication: Bool = false, battery: Battery? = nil) {
        self.name = name; self.capacity = capacity; self.boardingAuthentication = boardingAuthentication
        self.battery = battery
    }

    public init(
        name: String, seats: Int16, wheelchairPlaces: Int16 = 0, seatsFoldedPerWheelchair: Int16 = 0,
        forwardsSeats: Int16 = 0, backwardsSeats: Int16 = 0, boosterSeats: Int16 = 0,
        boardingAuthentication: Bool = false, battery: Battery? = nil
    ) {
        self.init(
            name: name,
            capacity: Capacity(
                seats: seats, wheelchairPlaces: wheelchairPlaces,
                seatsFoldedPerWheelchair: seatsFoldedPerWheelchair, forwardsSeats: forwardsSeats,
                backwardsSeats: backwardsSeats, boosterSeats: boosterSeats),
            boardingAuthentication: boardingAuthentication, battery: battery)
    }

    /// Whether `occupancy` fits in every dimension at once.
    @inlinable public func fits(_ o: Occupancy) -> Bool { capacity.fits(o) }
}

/// A vehicle type's interacting capacity dimensions (see `VehicleType`).
public struct Capacity: Hashable, Sendable {
    public var seats: Int16
    public var wheelchairPlaces: Int16
    public var seatsFoldedPerWheelchair: Int16
    public var forwardsSeats: Int16
    public var backwardsSeats: Int16
    public var boosterSeats: Int16

    @inlinable public init(
        seats: Int16, wheelchairPlaces: Int16, seatsFoldedPerWheelchair: Int16,
        forwardsSeats: Int16, backwardsSeats: Int16, boosterSeats: Int16
    ) {
        self.seats = seats; self.wheelchairPlaces = wheelchairPlaces
        self.seatsFoldedPerWheelchair = seatsFoldedPerWheelchair
        self.forwardsSeats = forwardsSeats; self.backwardsSeats = backwardsSeats; self.boosterSeats = boosterSeats
    }

    /// Whether `occupancy` fits in every dimension at once: a wheelchair in use folds its seats away.
    /// - Complexity: O(1); on the dispatch hot path.
    @inlinable public func fits(_ o: Occupancy) -> Bool {
        o.wheelchairs <= wheelchairPlaces
            && o.seats <= seats - o.wheelchairs * seatsFoldedPerWheelchair
            && o.forwardsSeats <= forwardsSeats
            && o.backwardsSeats <= backwardsSeats
            && o.boosterSeats <= boosterSeats
            && o.seats >= 0 && o.wheelchairs >= 0
    }
}

extension Array where Element == VehicleType {
    /// Whether some type could carry `loads` on an empty vehicle (else the request is `INVALID_LOAD`).
    public func canEverCarry(_ loads: [Load]) -> Bool {
        guard !loads.isEmpty, !loads.contains(where: { $0.wheelchair == .needed && $0.childSeat != .notNeeded }) else {
            return false
        }
        let need = loads.demand
        return contains { $0.fits(need) }
    }
}
