import Simulation

extension Summary {
    /// One depot's chargers over the run: plugs, the most in use at once (and when first), the
    /// time-weighted mean in use from the run's start to its end.
    public struct ChargerUse: Hashable, Sendable {
        public var depotID: String
        public var plugs: Int
        public var peak: Int
        public var peakAt: SimTime?
        public var meanInUse: Double?
    }

    /// The lowest state of charge of any electric vehicle (as a share of its capacity).
    public struct LowestCharge: Hashable, Sendable {
        public var vehicleID: String
        public var share: Double
        public var wh: Double
    }

    /// `summary.json`'s `operations` (runs with fleet operations): fleet totals of `vehicles.csv`'s
    /// operations columns, and the chargers' use.
    public struct Operations: Hashable, Sendable {
        /// Σ metres driven empty per purpose, in `DrivePurpose` order; and all vehicle metres.
        public var metresByPurpose = [Double](repeating: 0, count: DrivePurpose.allCases.count)
        public var metresTotal = 0.0
        /// Σ energy used by electric vehicles in Wh; nil without any.
        public var energyWh: Double?
        public var chargingSessions = 0
        public var chargedWh = 0.0
        public var chargingSeconds = 0.0
        public var queueEvents = 0
        public var queueSeconds = 0.0
        public var chargers: [ChargerUse] = []
        public var breaksTaken = 0
        public var breaksScheduled = 0
        public var breakSeconds = 0.0
        /// Vehicles that came home after their shift's end, and Σ their overtime.
        public var overtimeVehicles = 0
        public var overtimeSeconds = 0.0
        public var lowestCharge: LowestCharge?

        /// Sums the rows' operations (rows without are skipped) and takes the chargers' use as given.
        public init(vehicles: [VehicleRow], chargers: [ChargerUse]) {
            self.chargers = chargers
            for v in vehicles {
                metresTotal += v.metresTotal
                guard let o = v.operations else { continue }
                for p in DrivePurpose.allCases { metresByPurpose[p.rawValue] += o.metres(p) }
                if o.capacityWh != nil { energyWh = (energyWh ?? 0) + o.energyWh }
                chargingSessions += o.chargingSessions; chargedWh += o.chargedWh
                chargingSeconds += o.charging.seconds
                queueEvents += o.queueEvents; queueSeconds += o.queue.seconds
                breaksTaken += o.breaks; breakSeconds += o.breakTime.seconds
                if o.breakScheduled { breaksScheduled += 1 }
                if o.overtime.ms > 0 { overtimeVehicles += 1; overtimeSeconds += o.overtime.seconds }
                if let share = o.minSoc, let wh = o.minSocWh, share < lowestCharge?.share ?? .infinity {
                    lowestCharge = LowestCharge(vehicleID: v.vehicleID, share: share, wh: wh)
                }
            }
        }

        /// Metres of `purpose` ÷ all vehicle metres.
        public func share(_ purpose: DrivePurpose) -> Double? {
            metresTotal > 0 ? metresByPurpose[purpose.rawValue] / metresTotal : nil
        }

        /// Writes `"operations": {…}` (key order and units: `results/README.md`).
        func write(to j: inout JSONBuffer) {
            j.key("operations"); j.openObject()
            j.key("empty_km"); j.openObject()
            for p in DrivePurpose.allCases { j.field(p.key, fixed: metresByPurpose[p.rawValue] / 1000, 3) }
            j.closeObject()
            j.key("empty_km_share"); j.openObject()
            for p in DrivePurpose.allCases { j.field(p.key, fixed: share(p), 4) }
            j.closeObject()
            j.field("energy_kwh", fixed: energyWh.map { $0 / 1000 }, 3)
            j.key("charging"); j.openObject()
            j.field("sessions", int: chargingSessions); j.field("charged_kwh", fixed: chargedWh / 1000, 3)
            j.field("plugged_h", fixed: chargingSeconds / 3600, 3)
            j.field("queue_events", int: queueEvents); j.field("queue_min", fixed: queueSeconds / 60, 3)
            j.closeObject()
            j.key("chargers"); j.openObject()
            for c in chargers {
                j.key(c.depotID); j.openObject()
                j.field("plugs", int: c.plugs); j.field("peak_in_use", int: c.peak)
                j.key("peak_at_s"); if let t = c.peakAt { j.seconds(t) } else { j.null() }
                j.field("mean_in_use", fixed: c.meanInUse, 4)
                j.closeObject()
            }
            j.closeObject()
            j.key("breaks"); j.openObject()
            j.field("taken", int: breaksTaken); j.field("scheduled", int: breaksScheduled)
            j.field("total_min", fixed: breakSeconds / 60, 3)
            j.closeObject()
            j.key("overtime"); j.openObject()
            j.field("vehicles", int: overtimeVehicles); j.field("total_min", fixed: overtimeSeconds / 60, 3)
            j.closeObject()
            j.key("min_soc"); j.openObject()
            j.field("share", fixed: lowestCharge?.share, 4); j.field("wh", fixed: lowestCharge?.wh, 1)
            j.key("vehicle_id"); if let id = lowestCharge?.vehicleID { j.string(id) } else { j.null() }
            j.closeObject()
            j.closeObject()
        }
    }
}
