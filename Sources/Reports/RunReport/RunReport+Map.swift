import Simulation

extension RunReport {
    /// The service area, stops, where requests start (density), where requests got no offer or were rejected
    /// at dispatch, and where vehicles broke down.
    func mapSection() -> String {
        let trips = tables.trips
        let noOffer = trips.filter { $0.finalState == "NoOffer" }.map(\.origin)
        let rejected = trips.filter { $0.reason == "Rejected" }.map(\.origin)
        let map = MapChart(
            title: "Service area, stops and demand (origins)", rings: serviceArea, density: trips.map(\.origin),
            densityName: "request origins",
            markers: [
                .init(name: "stops", points: header.stops.map(\.point), color: "#555555", shape: .dot, radius: 1.6),
                .init(
                    name: "no offer (origin)", points: noOffer, color: ChartColors.vermilion, shape: .cross, radius: 2.6
                ),
                .init(
                    name: "rejected at dispatch (origin)", points: rejected, color: ChartColors.purple, shape: .ring,
                    radius: 3)
            ]
                + (series.breakdownPlaces.isEmpty
                    ? []
                    : [
                        .init(
                            name: "vehicle breakdowns", points: series.breakdownPlaces, color: ChartColors.ink,
                            shape: .cross, radius: 4.5)
                    ]))
        let hidden = map.hiddenCount
        let caption =
            "North up; scale bar at the bottom left. Shading: requests starting in each grid cell (square-root scale). "
            + (hidden > 0
                ? "\(hidden) marked points lie outside the frame (outside the service area's envelope) and are not drawn."
                : "")
        return HTMLPage.figure(map.svg(), caption: caption)
    }
}
