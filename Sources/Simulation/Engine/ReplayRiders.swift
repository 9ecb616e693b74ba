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
        switch step {
        case .request(let r): request(r)
        case .authenticate(let r): _ = desk.authenticate(r)
        case .decide, .cancel: preconditionFailure("a replayed rider neither decides nor cancels (\(step))")
        }
    }

    private func request(_ r: Int32) {
        desk.report(r, .requested)
        switch desk.quote(r, query) {
        case .failure(let reason):
            desk.report(r, .noOffer(reason))
        case .success(let quotes):
            desk.report(r, .offered(quotes.map(\.offer)))
            desk.order(r, quotes[0], offerIndex: 0)
            // The quote was made from the plans as they are now: without latency it is accepted at once.
            precondition(
                desk.state(r) == .accepted || desk.state(r) == .ordered,
                "request \(r): the offer quoted a moment ago was rejected")
        }
    }

    public func showsUp(_ r: Int32) -> Bool { true }

    /// Replayed riders authenticate at once.
    public func readyForBoardingAuthentication(_ r: Int32) { desk.schedule(.authenticate(r), at: desk.now) }
}

extension Engine {
    /// Lets the setup's requests book at once through `ReplayRiders` (a replayed workload). The engine
    /// keeps the riders alive.
    public func attachReplayRiders() {
        riders = ReplayRiders(desk: self)
    }
}
