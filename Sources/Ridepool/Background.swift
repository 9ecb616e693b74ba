import Dispatch

/// A value computed on another thread while the caller goes on; `value()` waits for it.
///
/// `@unchecked Sendable`: `result` is written once by the worker before it signals `done`, and read
/// by the caller only after waiting on `done`.
final class Background<Value>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)
    /// Whether the caller has waited for `done` (read and written by the caller only).
    private var waited = false

    /// Starts `work` on a global queue. It must only read state that nobody changes meanwhile.
    init(_ work: @escaping () -> Value) {
        nonisolated(unsafe) let work = work
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, once `work` has returned (at once after the first call).
    func value() -> Value {
        if !waited {
            done.wait()
            waited = true
        }
        return result!
    }
}
