import Simulation

extension RunReport {
    /// Per corporate account: trips, fares and attributed vehicle-km (only for runs with accounts).
    func accountSection() -> String {
        let rows = tables.summary.perAccount.map { a -> [String] in
            [
                HTMLText.escape(a.id == "none" ? "(no account)" : a.name), HTMLText.escape(a.id == "none" ? "" : a.id),
                HTMLText.count(a.requests), HTMLText.count(a.fulfilled), HTMLText.number(Double(a.fareCents) / 100, 2),
                HTMLText.number(a.attributedMetres / 1000, 1)
            ]
        }
        return HTMLPage.table(["account", "id", "requests", "fulfilled", "fares", "vehicle-km"], rows)
            + "<p class=\"note\">Fares: the sum of the ordered offers' prices of fulfilled trips, in the currency's "
            + "main unit (the scenario's service classes price every offer: base fare + per-km fare on the direct "
            + "distance). Vehicle-km: each leg a vehicle drives with riders on board is split equally among the trips "
            + "on board; legs driven empty are attributed to no trip, so the accounts' vehicle-km add up to less than "
            + "the fleet's.</p>"
    }
}
