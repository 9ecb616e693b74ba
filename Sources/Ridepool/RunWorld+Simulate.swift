import Dispatching
import RoadNetwork
import Service
import Simulation

extension RunWorld {
    /// Simulates the world into `sink`: the engine with the pooling matcher specialised for its travel
    /// model, and the scenario's riders booking through the service layer. Returns the trips left unfinished.
    package func simulate(
        into sink: any EventSink, progress: ((RunProgress) -> Void)? = nil, stats: MatcherStats? = nil
    ) -> Int {
        makeEngine(into: sink, stats: stats).engine.run(progress: progress)
    }

    /// The engine for this world (the pooling matcher specialised for its travel model) with the
    /// scenario's riders attached through the service layer; not started.
    func makeEngine(into sink: any EventSink, stats: MatcherStats? = nil)
        -> (engine: any SteppedEngine, riders: SimulatedRiders)
    {
        switch travel {
        case .network(let network):
            make(network, NetworkPoolingMatcher(base: matcher(network, stats)), sink: sink)
        case .straightLine(let straight):
            make(straight, StraightLinePoolingMatcher(base: matcher(straight, stats)), sink: sink)
        }
    }

    private func make<Travel: TravelTimeModel, M: Matcher>(_ travel: Travel, _ matcher: M, sink: any EventSink)
        -> (engine: any SteppedEngine, riders: SimulatedRiders)
    {
        let engine = Engine(
            setup: setup, travel: travel, area: area, stopFinder: stopIndex, matcher: matcher, sink: sink)
        engine.fleetOperator = fleetOperator(travel)
        engine.batchAssigner = batchAssigner(travel)
        return (engine, SimulatedRiders.attach(to: engine, behaviour: spec.riders))
    }

    private func matcher<Travel: TravelTimeModel>(_ travel: Travel, _ stats: MatcherStats? = nil) -> PoolingMatcher<
        Travel
    > {
        PoolingMatcher(
            travel: travel, projection: area.projection, bounds: area.bounds, vehicles: setup.vehicles.count,
            stats: stats)
    }
}

/// The engine's entry points, whatever its travel model and matcher: a whole run (`ridepool run`),
/// or start, advance step by step and finish (`ridepool serve`).
protocol SteppedEngine: AnyObject {
    func run(progress: ((RunProgress) -> Void)?) -> Int
    func start()
    func advance(until limit: SimTime, progress: ((RunProgress) -> Void)?)
    func finish() -> Int
    /// The scenario's requests and those made through the API.
    var requestCount: Int { get }
}

extension Engine: SteppedEngine {}
