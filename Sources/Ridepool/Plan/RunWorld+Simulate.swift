import Dispatching
import Network
import Simulation

extension RunWorld {
    /// Simulates the world into `sink` with the pooling matcher specialised for its travel model
    /// (as `RunScenario` does). Returns the trips left unfinished.
    func simulate(into sink: any EventSink, progress: ((RunProgress) -> Void)? = nil) -> Int {
        switch travel {
        case let network as NetworkTravelTime:
            Engine(setup: setup, travel: network, area: area, stopFinder: stopIndex,
                   matcher: NetworkPoolingMatcher(base: matcher(network)), sink: sink).run(progress: progress)
        case let straight as StraightLineTravelTime:
            Engine(setup: setup, travel: straight, area: area, stopFinder: stopIndex,
                   matcher: StraightLinePoolingMatcher(base: matcher(straight)), sink: sink).run(progress: progress)
        default:
            generic(travel, sink: sink, progress: progress)
        }
    }

    private func generic<Travel: TravelTimeModel>(_ travel: Travel, sink: any EventSink, progress: ((RunProgress) -> Void)?) -> Int {
        Engine(setup: setup, travel: travel, area: area, stopFinder: stopIndex, matcher: matcher(travel), sink: sink)
            .run(progress: progress)
    }

    private func matcher<Travel: TravelTimeModel>(_ travel: Travel) -> PoolingMatcher<Travel> {
        PoolingMatcher(travel: travel, projection: area.projection, bounds: area.bounds, vehicles: setup.vehicles.count)
    }
}
