import Foundation
import Logging
import RidepoolAPI
import Service
import SwiftProtobuf

/// `ridepool serve --webhook`: every trip state change of the live run (Ordered, Accepted (again after
/// a re-assignment to another vehicle), the boarding-authentication phases, PickedUp, Fulfilled,
/// NotFulfilled with its reason; the API's trips and the simulated riders' alike; see
/// `SimEvent.Kind.tripStateChange`) posted as a signed JSON envelope. Trip-state webhooks are ridepool's extension: the documents show the
/// envelope and signature only for other events.
///
/// The envelope's `data` is the trip as `GetTrip` shows it (proto field names, as the documents'
/// webhook payloads spell theirs: `id`, `customer_id`, `state`, …) with the state the change moved it
/// into; its other fields are read when the change is published, right after the simulation step it
/// happened in. `timestamp` is the change's simulated time.
public final class TripWebhooks: Sendable {
    /// Give to `LiveRun` as its observer.
    public let changes: TripStateChanges
    public let dispatcher: WebhookDispatcher

    public init(configuration: WebhookConfiguration, changes: TripStateChanges, logger: Logger) {
        self.changes = changes
        dispatcher = WebhookDispatcher(configuration: configuration, logger: logger)
    }

    /// Queues an envelope for every change since the last call (never waits for delivery).
    func publish(service: TripService, clock: SimulatedClock) {
        var options = JSONEncodingOptions()
        options.preserveProtoFieldNames = true
        for change in changes.drain() {
            guard var trip = service.trip(atIndex: change.request) else { continue }
            trip.state = change.state
            if change.state.category != .inFulfillment { trip.vehicle = nil }
            guard let data = try? TripAPI.Trip(trip, service: service, clock: clock).jsonString(options: options)
            else { continue }
            let envelope = WebhookEnvelope(
                id: UUID().uuidString.lowercased(), timestamp: clock.rfc3339(change.time), data: data)
            dispatcher.enqueue(WebhookDelivery(envelope: envelope, tripID: trip.tripID))
        }
    }
}
