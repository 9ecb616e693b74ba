import RoadNetwork
import Simulation

/// A scenario's travel model, chosen once when the world is built: one case per concrete model.
///
/// The engine and the pooling matcher are generic over the model; switching over these cases (not
/// casting an `any TravelTimeModel` back) hands each its concrete type, so that the compiler
/// specialises them and the millions of travel-time look-ups of a run are direct calls.
package enum RunTravel {
    case straightLine(StraightLineTravelTime)
    case network(NetworkTravelTime)

    /// The model behind the protocol, for what is off the hot path (registering places).
    package var model: any TravelTimeModel {
        switch self {
        case .straightLine(let travel): travel
        case .network(let travel): travel
        }
    }
}
