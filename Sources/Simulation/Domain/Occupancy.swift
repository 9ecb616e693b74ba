/// What is on board (or what a group needs), per capacity dimension.
///
/// `seats` counts riders on a seat (children in a child seat included); `wheelchairs` counts riders
/// in a wheelchair place; the three child-seat counts say which installed child seats are in use.
public struct Occupancy: Hashable, Sendable {
    public var seats: Int16 = 0
    public var wheelchairs: Int16 = 0
    public var forwardsSeats: Int16 = 0
    public var backwardsSeats: Int16 = 0
    public var boosterSeats: Int16 = 0

    public init() {}

    public init(seats: Int16, wheelchairs: Int16 = 0, forwards: Int16 = 0, backwards: Int16 = 0, booster: Int16 = 0) {
        self.seats = seats; self.wheelchairs = wheelchairs
        forwardsSeats = forwards; backwardsSeats = backwards; boosterSeats = booster
    }

    /// Riders on board.
    @inlinable public var riders: Int { Int(seats) + Int(wheelchairs) }
    @inlinable public var isEmpty: Bool { riders == 0 }

    @inlinable public static func += (a: inout Occupancy, b: Occupancy) {
        a.seats += b.seats; a.wheelchairs += b.wheelchairs
        a.forwardsSeats += b.forwardsSeats; a.backwardsSeats += b.backwardsSeats; a.boosterSeats += b.boosterSeats
    }
    @inlinable public static func -= (a: inout Occupancy, b: Occupancy) {
        a.seats -= b.seats; a.wheelchairs -= b.wheelchairs
        a.forwardsSeats -= b.forwardsSeats; a.backwardsSeats -= b.backwardsSeats; a.boosterSeats -= b.boosterSeats
    }
    @inlinable public static func + (a: Occupancy, b: Occupancy) -> Occupancy { var c = a; c += b; return c }
    @inlinable public static func - (a: Occupancy, b: Occupancy) -> Occupancy { var c = a; c -= b; return c }
}
