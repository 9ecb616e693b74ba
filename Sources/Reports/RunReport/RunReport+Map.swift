import Simulation

extension RunReport {
    /// The service area, stops, where requests start (density), where requests got no offer or were rejected
    /// at dispatch, and where vehicles broke down.
    func mapSection() -> String {
        let trips = tables.trips
        let noOffer = trips.lazy.filter { $0.finalState == "NoOffer" }.map(\.origin)
        let rejected = trips.lazy.filter { $0.reason == "Rejected" }.map(\.origin)
        let map = MapChart(
            title: "Service area, stops and demand (origins)", rings: serviceArea, density: trips.map(\.origin),
            densityName: "request origins",
            markers: [
                .init(name: "stops", points: header.stops.map(\.point), color: "#555555", shape: .dot, radius: 1.6),
                .init(
                    name: "no offer (origin)", points: Array(noOffer), color: ChartColors.vermilion, shape: .cross,
                    radius: 2.6
                ),
                .init(
                    name: "rejected at dispatch (origin)", points: Array(rejected), color: ChartColors.purple,
                    shape: .ring,
                    radius: 3)
            ]
                + (series.breakdownPlaces.isEmpty
                    ? []
                    : [
                        .init(
                            name: "vehicle breakdowns", points: series.breakdownPlaces, color: ChartColors.ink,
                            shape: .cross, radius: 4.5)
                    ]))
        let hidden = map.hiddenCount, merged = map.mergedLayers
        let caption =
            "North up; scale bar at the bottom left. Shading: requests starting in each grid cell (square-root scale). "
            + (hidden > 0
                ? "\(hidden) marked points lie outside the frame (outside the service area's envelope) and are not drawn."
                : "")
            + (merged.isEmpty
                ? ""
                : " Layers of more than \(HTMLText.count(MapChart.markerLimit)) points (\(merged.joined(separator: ", "))) "
                    + "draw overlapping markers once: one per square twice a marker's radius.")
        return HTMLPage.figure(map.svg(), caption: caption)
    }
}
