/// How long stops take: a fixed stop time plus load-dependent boarding and alighting.
public struct BoardingModel: Sendable, Hashable {
    /// Fixed time per stop (doors, kerb approach).
    public var stopTime: SimTime = .seconds(30)
    public var boardAdult: SimTime = .seconds(10)
    public var boardChild: SimTime = .seconds(15)
    /// Extra per wheelchair (ramp), on boarding and on alighting.
    public var wheelchairExtra: SimTime = .seconds(90)
    /// Extra per child seat on boarding (fastening) and alighting.
    public var childSeatExtra: SimTime = .seconds(30)
    /// Extra on boarding and alighting for a rider with visual-impairment support.
    public var visualImpairmentExtra: SimTime = .seconds(20)
    public var alightAdult: SimTime = .seconds(5)
    public var alightChild: SimTime = .seconds(8)

    public init() {}

    /// Total dwell for boarding `loads`.
    public func boarding(_ loads: [Load], visuallyImpaired: Bool) -> SimTime {
        stopTime
            + loads.reduce(.zero) { t, l in
                t + (l.isChild ? boardChild : boardAdult) + extras(l, visuallyImpaired)
            }
    }

    /// Total dwell for alighting `loads`.
    public func alighting(_ loads: [Load], visuallyImpaired: Bool) -> SimTime {
        stopTime
            + loads.reduce(.zero) { t, l in
                t + (l.isChild ? alightChild : alightAdult) + extras(l, visuallyImpaired)
            }
    }

    private func extras(_ l: Load, _ vi: Bool) -> SimTime {
        (l.wheelchair == .needed ? wheelchairExtra : .zero)
            + (l.childSeat != .notNeeded ? childSeatExtra : .zero)
            + (vi ? visualImpairmentExtra : .zero)
    }
}
