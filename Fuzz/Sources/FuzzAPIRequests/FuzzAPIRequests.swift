import Dispatch
import Foundation
import FuzzSupport
import Ridepool
import RidepoolServer
import SwiftProtobuf

/// The input is a short session of API calls against a live sandbox (`scenarios/examples/sandbox.yaml`
/// on a manual clock, made once per process), each call's bytes decoded as its RPC's request message
/// and handed to the backend that `ridepool serve`'s gRPC services call (`LiveSandbox`: the request
/// conversions and the service layer's validation behind them). Errors are answers; traps are findings.
///
/// Input: up to 8 steps `selector, length, message[length]` (the last message takes what is left).
/// The selector's low 4 bits choose the RPC (the cases of `Session.call`, modulo 13); bit 4 sends the
/// last created customer's id as the `customer-id` header; bit 5 replaces the message's id field with
/// the last customer id, offer token or trip id seen (in RequestTripOffers: the departure time becomes
/// the sandbox's now plus the message's seconds modulo two hours, as seeds cannot know the day);
/// bit 6 moves the clock on one simulated minute first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var rest = Data(FuzzInput.buffer(data, size))[...]
    var steps: [(selector: UInt8, message: Data)] = []
    while steps.count < 8, let selector = rest.popFirst() {
        let length = Int(rest.popFirst() ?? 0)
        steps.append((selector, Data(rest.prefix(length))))
        rest = rest.dropFirst(length)
    }
    blocking { [steps] in
        var session = Session()
        for step in steps { await session.call(step.selector, step.message) }
    }
    return 0
}

/// The sandbox every input talks to; its results go to the scratch folder.
let sandbox: LiveSandbox = {
    let options = RunOptions(outputRoot: FuzzInput.scratch + "/results", runID: "fuzz", writesEventLog: false)
    let run = try! LiveRun(
        scenarioPath: FuzzInput.repositoryRoot + "/scenarios/examples/sandbox.yaml", options: options)
    return LiveSandbox(run: run, speed: nil)
}()

/// The ids one input has seen so far, for the steps after.
struct Session {
    var customer: String?, offer: String?, trip: String?

    /// Decodes `bytes` as the request of RPC `selector & 15` and calls it.
    mutating func call(_ selector: UInt8, _ bytes: Data) async {
        if selector & 0x40 != 0 { await sandbox.advance(by: .seconds(60)) }
        let header = selector & 0x10 != 0 ? customer : nil
        let linked = selector & 0x20 != 0
        func decode<M: SwiftProtobuf.Message>(_: M.Type, _ link: (inout M) -> Void = { _ in }) -> M? {
            guard var message = try? M(serializedBytes: bytes) else { return nil }
            if linked { link(&message) }
            return message
        }
        let c = customer ?? "", o = offer ?? "", t = trip ?? ""
        do {
            switch Int(selector & 15) % 13 {
            case 0:
                if let r = decode(CustomerAPI.CreateCustomerRequest.self) {
                    customer = try await sandbox.createCustomer(r).customer.id
                }
            case 1:
                if let r = decode(CustomerAPI.GetCustomerRequest.self, { $0.id = c }) {
                    _ = try await sandbox.getCustomer(r)
                }
            case 2: if let r = decode(CustomerAPI.ListCustomersRequest.self) { _ = try await sandbox.listCustomers(r) }
            case 3:
                if let r = decode(CustomerAPI.UpdateCustomerRequest.self, { $0.customer.id = c }) {
                    _ = try await sandbox.updateCustomer(r)
                }
            case 4:
                if let r = decode(CustomerAPI.DeleteCustomerRequest.self, { $0.id = c }) {
                    _ = try await sandbox.deleteCustomer(r)
                }
            case 5:
                if let r = decode(CustomerAPI.ListCustomerFlagsRequest.self, { $0.customerID = c }) {
                    _ = try await sandbox.listCustomerFlags(r)
                }
            case 6:
                if let r = decode(CustomerAPI.AddCustomerFlagRequest.self, { $0.customerID = c }) {
                    _ = try await sandbox.addCustomerFlag(r)
                }
            case 7:
                if let r = decode(CustomerAPI.RemoveCustomerFlagRequest.self, { $0.customerID = c }) {
                    _ = try await sandbox.removeCustomerFlag(r)
                }
            case 8:
                if var r = decode(TripAPI.RequestTripOffersRequest.self) {
                    if linked,
                        let now = try? Google_Protobuf_Timestamp(jsonString: "\"\(await sandbox.simulatedNow())\"")
                    {
                        r.departureTime = Google_Protobuf_Timestamp(
                            seconds: now.seconds + r.departureTime.seconds % 7200, nanos: 0)
                    }
                    offer = try await sandbox.requestTripOffers(r, customerID: header).offers.first?.token ?? offer
                }
            case 9:
                if let r = decode(TripAPI.OrderTripRequest.self, { $0.offerToken = o }) {
                    trip = try await sandbox.orderTrip(r, customerID: header).tripID
                }
            case 10:
                if let r = decode(TripAPI.GetTripRequest.self, { $0.tripID = t }) {
                    _ = try await sandbox.getTrip(r, customerID: header)
                }
            case 11:
                if let r = decode(TripAPI.CancelTripAsCustomerRequest.self, { $0.tripID = t }) {
                    _ = try await sandbox.cancelTripAsCustomer(r, customerID: header)
                }
            default:
                if let r = decode(TripAPI.CancelTripAsIntegratorRequest.self, { $0.tripID = t }) {
                    _ = try await sandbox.cancelTripAsIntegrator(r)
                }
            }
        } catch {
            _ = "\(error)"  // every error is an answer; rendering it must not trap either
        }
    }
}

/// Runs `body` on the concurrency pool and waits for it (libFuzzer's callback is synchronous).
func blocking(_ body: @escaping @Sendable () async -> Void) {
    let done = DispatchSemaphore(value: 0)
    Task {
        await body(); done.signal()
    }
    done.wait()
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
