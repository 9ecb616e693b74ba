import Simulation

/// The rider-facing service: customers, flags, offers, orders and trips with the integration API's rules.
///
/// Every simulated rider books through this class exactly as an API client does (the gRPC sandbox is a
/// thin adapter over it); the engine behind `desk` keeps the fleet and the clock. Errors are
/// `ServiceError` values with the API's canonical code, reason and field violations.
///
/// Not thread-safe: one caller at a time (the engine's loop, or a server that serialises its calls).
public final class TripService {
    /// The engine. Unowned: whoever runs the simulation owns both and keeps the engine alive.
    unowned let desk: any DispatchDesk
    let streams: RandomStreams
    public internal(set) var customers: CustomerDirectory
    /// The customer extension's corporate accounts (ours).
    public internal(set) var accounts: AccountDirectory
    /// Offers by token.
    var offers: [String: OfferRecord] = [:]
    /// Trips by id, and each ordered request's customer (an ordered request's other offers are spent too).
    var tripsByID: [String: Int32] = [:]
    var tripOwner: [Int32: String] = [:]
    /// Each customer's latest ordered trip (active while not terminal).
    var latestTrip: [String: Int32] = [:]

    public init(desk: any DispatchDesk, seed: UInt64) {
        self.desk = desk
        streams = RandomStreams(seed: seed)
        var g = streams.stream(.customers)
        customers = CustomerDirectory(flags: desk.rules.flags, seed: g.next())
        var a = streams.stream(.accounts)
        accounts = AccountDirectory(seed: a.next())
    }

    /// The simulated time now.
    public var now: SimTime { desk.now }
}

/// An offer as the service remembers it.
struct OfferRecord {
    var request: Int32
    var index: Int
    var customerID: String
    var quote: Quote
}
