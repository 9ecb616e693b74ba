import Simulation

/// The service areas of a run and their service hours: `ServiceAreaService`'s semantics.
///
/// `GetServiceArea` looks an area up by id (`NOT_FOUND` / `SERVICE_AREA_NOT_FOUND`); `ListServiceAreas`
/// and `ListServiceHours` page as every list of the API does (`PageRequest`: `INVALID_PAGE_SIZE`,
/// `INVALID_PAGE_TOKEN`, the token bound to every other parameter). Service hours are listed as
/// concrete spans on the simulated timeline: the areas' daily hours on each day that `period` (the
/// run's simulated time, start to end and drain) touches. A value: the catalogue never changes while
/// the run lasts, so a token's position is an index into a fixed list.
public struct ServiceAreaCatalog: Hashable, Sendable {
    /// The areas in listing order.
    public let areas: [OperatingArea]
    /// The simulated time the service hours are listed for.
    public let period: Range<SimTime>
    /// Binds tokens to this catalogue: one from another run's areas does not match.
    let identity: UInt64

    public init(areas: [OperatingArea], period: Range<SimTime>) {
        self.areas = areas
        self.period = period
        identity = Fingerprint.of(
            ["serviceAreaCatalog", String(period.lowerBound.ms), String(period.upperBound.ms)] + areas.map(\.id))
    }

    /// `GetServiceArea`: the area with this id; `NOT_FOUND` / `SERVICE_AREA_NOT_FOUND` otherwise.
    /// - Complexity: O(areas).
    public func area(_ id: String) throws(ServiceError) -> OperatingArea {
        guard let area = areas.first(where: { $0.id == id }) else {
            let known = areas.isEmpty ? "none is served" : "served: " + areas.map(\.id).joined(separator: ", ")
            throw ServiceError(
                .serviceAreaNotFound,
                "no service area with id \"\(id)\"; use an id that ListServiceAreas returns (\(known))")
        }
        return area
    }

    /// The service hours of area `id` on the run's timeline, in time order (`NOT_FOUND` for an unknown id).
    public func serviceHours(of id: String) throws(ServiceError) -> [ServiceWindow] {
        ServiceWindow.daily(try area(id).hours, overlapping: period)
    }
}
