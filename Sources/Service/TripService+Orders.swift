import Simulation

/// `OrderTrip`: one offer of a request becomes a trip in `Ordered`, if the offer is still the caller's and
/// fresh; the dispatcher accepts or rejects it later (the trip's state shows when).
extension TripService {
    /// Orders the offer behind `offerToken`; returns the trip id.
    public func orderTrip(customerID: String?, offerToken: String) throws(ServiceError) -> String {
        let customer = try authenticatedCustomer(customerID)
        guard Self.isWellFormed(offerToken), let offer = offers[offerToken] else {
            throw .invalidArgument(
                "offer_token is not a token this service issued; use a token from RequestTripOffers",
                [FieldViolation(field: "offer_token", description: "unknown or malformed offer token")],
                reason: .invalidOfferToken)
        }
        guard offer.customerID == customer.id else {
            throw ServiceError(.customerUnauthorized, "the offer belongs to another customer")
        }
        let r = offer.request
        guard tripOwner[r] == nil else {
            throw ServiceError(
                .offerAlreadyOrdered, "an offer of this request was already ordered (trip \(desk.request(r).id))")
        }
        do throws(ServiceError) {
            guard now <= offer.quote.offer.expiresAt else {
                throw ServiceError(
                    .offerExpired, "the offer expired at \(offer.quote.offer.expiresAt); request new offers")
            }
            if let active = activeTripIndex(of: customer.id) {
                throw ServiceError(.ongoingTrip, "customer has trip \(desk.request(active).id) in progress")
            }
        } catch {
            desk.report(r, .orderRefused(Self.logged(error)))
            throw error
        }
        desk.order(r, offer.quote, offerIndex: offer.index)
        let id = desk.request(r).id
        tripsByID[id] = r
        tripOwner[r] = customer.id
        latestTrip[customer.id] = r
        return id
    }

    /// `of_<base-36 digits>_<index>`.
    static func isWellFormed(_ token: String) -> Bool {
        let parts = token.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "of" && !parts[1].isEmpty && !parts[2].isEmpty
            && parts[1].allSatisfy { $0.isASCII && ($0.isNumber || $0.isLowercase) }
            && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
