/// A value per request that only some requests get (the quote a rider ordered, its offer as booked):
/// a slot number per request and the values packed densely, so a city day of 400,000 requests of which
/// 175,000 order holds 175,000 quotes (about 400 bytes each) instead of 400,000 optional ones.
///
/// Reads and writes like an array of optionals. Writing nil to a request that has a value leaves the
/// value's storage behind (the engine never does: an order, once made, stays).
struct SparseColumn<Value> {
    /// Per request: the index of its value in `values`, or -1.
    private var slots: [Int32]
    private var values: [Value] = []

    /// `count` requests without a value.
    init(count: Int) { slots = Array(repeating: -1, count: count) }

    var count: Int { slots.count }

    /// One more request, without a value (a request registered through the API).
    mutating func appendEmpty() { slots.append(-1) }

    subscript(request: Int) -> Value? {
        get {
            let slot = slots[request]
            return slot < 0 ? nil : values[Int(slot)]
        }
        set {
            let slot = slots[request]
            guard let newValue else {
                slots[request] = -1
                return
            }
            if slot >= 0 {
                values[Int(slot)] = newValue
            } else {
                slots[request] = Int32(values.count)
                values.append(newValue)
            }
        }
    }
}
