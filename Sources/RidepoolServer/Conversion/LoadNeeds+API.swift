import RidepoolAPI
import Service
import Simulation

extension Moia_Trip_State_V1_Wheelchair {
    /// The service's need; nil when unspecified. An unknown number adds a violation on `<field>.wheelchair`.
    func service(_ field: String, _ violations: inout [FieldViolation]) -> WheelchairNeed? {
        switch self {
        case .unspecified: return nil
        case .notNeeded: return .notNeeded
        case .needed: return .needed
        case .UNRECOGNIZED(let n):
            violations.append(
                .unknownValue(n, field: field + ".wheelchair", use: "WHEELCHAIR_NOT_NEEDED or WHEELCHAIR_NEEDED"))
            return nil
        }
    }

    init(_ need: WheelchairNeed) {
        self = need == .needed ? .needed : .notNeeded
    }
}

extension Moia_Trip_State_V1_ChildSeat {
    /// The service's seat; nil when unspecified. An unknown number adds a violation on `<field>.child_seat`.
    func service(_ field: String, _ violations: inout [FieldViolation]) -> ChildSeat? {
        switch self {
        case .unspecified: return nil
        case .notNeeded: return .notNeeded
        case .forwards: return .forwards
        case .backwards: return .backwards
        case .booster: return .booster
        case .UNRECOGNIZED(let n):
            let use = "CHILD_SEAT_NOT_NEEDED, _FORWARDS, _BACKWARDS or _BOOSTER"
            violations.append(.unknownValue(n, field: field + ".child_seat", use: use))
            return nil
        }
    }

    init(_ seat: ChildSeat) {
        switch seat {
        case .notNeeded: self = .notNeeded
        case .forwards: self = .forwards
        case .backwards: self = .backwards
        case .booster: self = .booster
        }
    }
}
