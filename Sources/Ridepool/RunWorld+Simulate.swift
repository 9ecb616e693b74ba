import Dispatching
import RoadNetwork
import Service
import Simulation

extension RunWorld {
    /// Simulates the world into `sink`: the engine with the pooling matcher specialised for its travel
    /// model, and the scenario's riders booking through the service layer. Returns the trips left unfinished.
    func simulate(into sink: any EventSink, progress: ((RunProgress) -> Void)? = nil, stats: MatcherStats? = nil) -> Int {
        switch travel {
        case let network as NetworkTravelTime:
            run(network, NetworkPoolingMatcher(base: matcher(network, stats)), sink: sink, progress: progress)
        case let straight as StraightLineTravelTime:
            run(straight, StraightLinePoolingMatcher(base: matcher(straight, stats)), sink: sink, progress: progress)
        default:
            generic(travel, sink: sink, progress: progress, stats: stats)
        }
    }

    private func generic<Travel: TravelTimeModel>(_ travel: Travel, sink: any EventSink, progress: ((RunProgress) -> Void)?,
                                                 stats: MatcherStats?) -> Int {
        run(travel, matcher(travel, stats), sink: sink, progress: progress)
    }

    private func run<Travel: TravelTimeModel, M: Matcher>(_ travel: Travel, _ matcher: M, sink: any EventSink,
                                                          progress: ((RunProgress) -> Void)?) -> Int {
        let engine = Engine(setup: setup, travel: travel, area: area, stopFinder: stopIndex, matcher: matcher, sink: sink)
        SimulatedRiders.attach(to: engine)
        return engine.run(progress: progress)
    }

    private func matcher<Travel: TravelTimeModel>(_ travel: Travel, _ stats: MatcherStats? = nil) -> PoolingMatcher<Travel> {
        PoolingMatcher(travel: travel, projection: area.projection, bounds: area.bounds, vehicles: setup.vehicles.count,
                       stats: stats)
    }
}
