import RidepoolAPI
import Service

/// `ServiceAreaService`: the run's service area catalogue, which never changes while it runs (so no
/// call needs the simulation to catch up).
extension LiveSandbox {
    public func getServiceArea(_ r: ServiceAreaAPI.GetServiceAreaRequest) throws
        -> ServiceAreaAPI.GetServiceAreaResponse
    {
        let area = try run.serviceAreas.area(r.id)
        return .with { $0.serviceArea = .init(area) }
    }

    public func listServiceAreas(_ r: ServiceAreaAPI.ListServiceAreasRequest) throws
        -> ServiceAreaAPI.ListServiceAreasResponse
    {
        let page = try run.serviceAreas.listAreas(pageSize: r.requestedPageSize, pageToken: r.pageToken)
        return .init(page, into: \.serviceAreas, ServiceAreaAPI.ServiceArea.init)
    }

    public func listServiceHours(_ r: ServiceAreaAPI.ListServiceHoursRequest) throws
        -> ServiceAreaAPI.ListServiceHoursResponse
    {
        let page = try run.serviceAreas.listServiceHours(
            of: r.serviceAreaID, pageSize: r.requestedPageSize, pageToken: r.pageToken)
        return .init(page, into: \.serviceHours) { ServiceAreaAPI.ServiceHours($0, clock: clock) }
    }
}
