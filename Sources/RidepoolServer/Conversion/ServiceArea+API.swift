import RidepoolAPI
import Service
import Simulation

extension ServiceAreaAPI.ServiceArea {
    /// The API message of `area`; service hours are planned in UTC, as the sandbox's clock shows time.
    init(_ area: OperatingArea) {
        self.init()
        id = area.id
        displayName = area.displayName
        polygons = area.polygons.map { polygon in
            .with {
                $0.exterior = .init(polygon.exterior)
                $0.holes = polygon.holes.map(ServiceAreaAPI.Ring.init)
            }
        }
        stops = area.stops.map { stop in
            .with {
                $0.id = stop.id
                $0.location = .init(stop.point)
            }
        }
        doorToDoor = area.doorToDoor
        timeZone = "UTC"
    }
}

extension ServiceAreaAPI.ServiceHours {
    init(_ window: ServiceWindow, clock: SimulatedClock) {
        self.init()
        startTime = clock.timestamp(window.start)
        endTime = clock.timestamp(window.end)
    }
}

extension ServiceAreaAPI.Ring {
    init(_ points: [GeoPoint]) {
        self.init()
        self.points = points.map(ServiceAreaAPI.LatLon.init)
    }
}

extension ServiceAreaAPI.LatLon {
    init(_ point: GeoPoint) {
        self.init()
        latitude = point.lat
        longitude = point.lon
    }
}
