internal import CGEOS
import DataFiles
import Simulation

/// One GEOS context (`GEOS_init_r` / `GEOS_finish_r`), owned per simulation run.
///
/// Every GEOS call of a run goes through this context, never a fresh one per call. GEOS reports
/// failures through the error message handler installed here; the last message is kept so that
/// the thrown `DataFileError` can quote it verbatim. Not `Sendable`: a context serves one thread
/// at a time, as GEOS requires of its `_r` API. Every handle-owning class keeps its context alive,
/// so the context is finished only after all geometries, trees and prepared geometries are freed.
public final class GeometryContext {
    /// The GEOS context handle.
    let handle: GEOSContextHandle_t
    /// Receives GEOS's error messages (the handler's userdata).
    private let messages: MessageBox

    public init() {
        guard let handle = GEOS_init_r() else {
            preconditionFailure("GEOS_init_r returned NULL: GEOS could not allocate a context")
        }
        self.handle = handle
        messages = MessageBox()
        let box = Unmanaged.passUnretained(messages).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userdata in
                guard let userdata else { return }
                let box = Unmanaged<MessageBox>.fromOpaque(userdata).takeUnretainedValue()
                box.last = message.map { String(cString: $0) } ?? "(GEOS gave no message)"
            }, box)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// Forgets the last GEOS message, before a call whose only failure signal is the handler.
    func clearMessage() { messages.last = nil }

    /// The last message GEOS reported since `clearMessage()`, if any.
    var lastMessage: String? { messages.last }

    /// A `DataFileError` for a failed GEOS call: `what` went wrong, followed by GEOS's own message.
    func error(_ what: String, file: String?, fix: String? = nil) -> DataFileError {
        let geos = messages.last
        messages.last = nil
        let message = geos.map { "\(what): \($0)" } ?? "\(what) (GEOS gave no message)"
        return DataFileError(file: file, message: message, fix: fix)
    }
}

/// Holds the last GEOS error message; passed to GEOS as the handler's userdata.
final class MessageBox {
    var last: String?
}
