import Simulation

/// One entry of a load mix: a group of loads and its relative weight.
public struct LoadMixEntry: Hashable, Sendable {
    public var loads: [Load]
    /// Relative weight (> 0); weights need not sum to 1.
    public var weight: Double
    public init(loads: [Load], weight: Double) { self.loads = loads; self.weight = weight }
}

/// Where requests come from and what riders they carry.
public struct DemandSpec: Hashable, Sendable {
    /// Absolute path of a demand CSV to replay (see `DemandFile`), if any.
    public var replayPath: String?
    /// Poisson arrival rates, requests per hour for each hour of the day 0…23, if any.
    public var hourlyRates: [Double]?
    /// Multiplies demand, in (0, `maxScale`].
    public var scale: Double
    /// The largest demand scale (with `--demand-scale`): a replayed row's copies stay countable
    /// (each copy draws from its own stream, numbered 0…255).
    public static let maxScale = 100.0
    /// Drawn for requests that carry no loads of their own.
    public var loadMix: [LoadMixEntry]
    /// Relative weights of approach speeds for requests that carry none (missing speeds: weight 0).
    public var approachSpeedMix: [ApproachSpeed: Double]
    /// Share of requests without their own flag that ask for visual-impairment support, in [0, 1].
    public var visualImpairmentShare: Double
    /// Requests booked ahead by draw (`demand.prebooked`); `nil`: only rows with their own
    /// `booking_time_s` are booked ahead.
    public var prebooked: PrebookedDemand?

    public init(
        replayPath: String? = nil, hourlyRates: [Double]? = nil, scale: Double = 1,
        loadMix: [LoadMixEntry] = [LoadMixEntry(loads: [.adult], weight: 1)],
        approachSpeedMix: [ApproachSpeed: Double] = [.medium: 1], visualImpairmentShare: Double = 0,
        prebooked: PrebookedDemand? = nil
    ) {
        self.replayPath = replayPath; self.hourlyRates = hourlyRates; self.scale = scale
        self.loadMix = loadMix; self.approachSpeedMix = approachSpeedMix
        self.visualImpairmentShare = visualImpairmentShare; self.prebooked = prebooked
    }
}
