/// The riders of a replayed peer workload: each request is quoted when it arrives and its best offer
/// is booked at once, as a dispatcher-only simulator such as RidePy does ("insert immediately, or
/// reject"). There are no customers, no offer tokens, no choice, no decision delay, no cancellations
/// and no no-shows, so the run measures the dispatch alone, the same work the peer does.
///
/// The event log has the usual shape: `requested`, then `offered` (without token) with `ordered` and
/// `accepted`, or `no_offer` with the reason.
public final class ReplayRiders: RiderAgent {
    unowned let desk: any DispatchDesk
    let query: QuoteQuery

    public init(desk: any DispatchDesk) {
        self.desk = desk
        query = QuoteQuery(classes: Array(desk.serviceClasses.indices), waitWeight: desk.defaultWaitWeight)
    }

    public func perform(_ step: RiderStep) {
        guard case .request(let r) = step else { preconditionFailure("a replayed rider only requests (\(step))") }
        desk.record(.requested(request: r, desk.request(r)))
        switch desk.quote(r, query) {
        case .failure(let reason):
            desk.record(.noOffer(request: r, reason: reason.rawValue))
        case .success(let quotes):
            desk.record(.offered(request: r, offers: quotes.map(\.offer)))
            // The quote was made from the plans as they are now: booking it cannot fail.
            guard desk.book(r, quotes[0], offerIndex: 0) != nil else {
                preconditionFailure("request \(r): booking the offer quoted a moment ago failed")
            }
        }
    }

    public func showsUp(_ r: Int32) -> Bool { true }
}

extension Engine {
    /// Lets the setup's requests book at once through `ReplayRiders` (a replayed workload). The engine
    /// keeps the riders alive.
    public func attachReplayRiders() {
        riders = ReplayRiders(desk: self)
    }
}
