import Foundation
import Ridepool
import RidepoolServer
import TestSupport
import Testing

/// Binding the sandbox's port: what the user is told when it cannot be bound, and what is left behind.
@Suite struct ListeningTests {
    @Test("a port in use is one error naming host:port and the fix, and no run directory is made")
    func portInUseFailsBeforeTheRunDirectory() async throws {
        let held = try ListeningSocket(host: "127.0.0.1", port: 0)
        let out = NSTemporaryDirectory() + "ridepool-serve-tests/" + UUID().uuidString
        let (listened, listener) = AsyncStream.makeStream(of: Void.self)
        let error = await #expect(throws: RidepoolError.self) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    _ = try await ServeScenario.run(
                        scenarioPath: Fixtures.root + "/scenarios/examples/sandbox.yaml",
                        options: RunOptions(outputRoot: out, runID: "test"),
                        configuration: SandboxConfiguration(host: "127.0.0.1", port: held.port, token: "t"),
                        speed: 1
                    ) { _ in listener.yield() }
                }
                // Should it listen after all, stop it so that the expectation fails instead of hanging.
                group.addTask { for await _ in listened { return } }
                try await group.next()
                group.cancelAll()
            }
        }
        listener.finish()
        #expect(error?.message.contains("127.0.0.1:\(held.port)") == true)
        #expect(error?.message.contains("in use") == true)
        #expect(error?.fix.contains("--port") == true)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("an address that is not this machine's is named, with the fix")
    func foreignAddressIsNamed() throws {
        // 192.0.2.1 is TEST-NET-1 (documentation only): binding it fails locally, no packet is sent.
        let error = #expect(throws: RidepoolError.self) { try ListeningSocket(host: "192.0.2.1", port: 0) }
        #expect(error?.message.contains("192.0.2.1:0") == true)
        #expect(error?.fix.contains("--host") == true)
    }
}
