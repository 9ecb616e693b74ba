import ArgumentParser
import Dispatch
import Foundation
import Ridepool
import RidepoolServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the integration API over gRPC, backed by a live simulation of the scenario.",
        discussion: """
            The scenario's simulation (its own riders and fleet included) runs at --speed × real time. With \
            --clock wall (the default) simulated time starts at the current time of day (UTC), so a request \
            leaving now means now: the run starts at the scenario's start and catches up to the current time \
            of day at once (its own riders before it ride); before the scenario's start the clock waits there, \
            after its end the city stands still. With --clock scenario it starts at the scenario's start. \
            The API's timestamps show simulated time on today's date (UTC), and every response carries it in \
            the ridepool-sim-time header. Every API call needs \
            "authorization: Bearer <token>"; customer-scoped trip calls also "customer-id: <id>". \
            With --webhook URL --webhook-secret S, every trip state change (Ordered, Accepted, the boarding \
            authentication phases, PickedUp, Fulfilled, NotFulfilled with its reason) is posted to URL as a JSON envelope {id, timestamp, \
            webhookVersion, data: the trip as GetTrip shows it}, signed in x-moia-signature (hex HMAC-SHA256 of \
            the body under S), retried with backoff; delivery never holds up the simulation. \
            SIGINT or SIGTERM stops the server and writes the run's results as `ridepool run` does.
            """)

    @Argument(help: "The scenario file (YAML).") var scenario: String
    @Option(help: "The address to listen on (loopback unless you mean otherwise).") var host = "127.0.0.1"
    @Option(help: "The TCP port (0: any free port).") var port = 50051
    @Option(help: "Simulated seconds per real second.") var speed = 1.0
    @Option(help: "Where simulated time starts: wall (the current time of day, UTC) or scenario (its start).")
    var clock: ClockChoice = .wall
    @Option(help: "The bearer token clients must send (default: a random one, printed at start).") var token: String?
    @Option(help: "Replace the scenario's seed.") var seed: UInt64?
    @Option(name: .customLong("fleet-size"), help: "Replace the fleet size.") var fleetSize: Int?
    @Option(name: .customLong("demand-scale"), help: "Multiply the scenario's own demand.") var demandScale: Double?
    @Option(help: "Put the run directory under DIR/<scenario>/ instead of results/<scenario>/.") var out = "results"
    @Option(name: .customLong("run-id"), help: "Name of the run directory (default: UTC time and seed).") var runID:
        String?
    @Option(name: .customLong("cache-dir"), help: "Where road-network travel matrices are cached.") var cacheDir:
        String?
    @Flag(name: .customLong("no-cache"), help: "Never read or write the travel-matrix cache.") var noCache = false
    @Option(name: .customLong("max-request-bytes"), help: "The largest request message accepted.") var maxRequestBytes =
        64 * 1024
    @Option(name: .customLong("max-calls"), help: "API calls handled at once, over all connections.") var maxCalls =
        1024
    @Option(
        name: .customLong("oauth-port"),
        help:
            "Serve the OAuth2 client-credentials endpoint POST /auth/oauth/token (HTTP/1.1) on this port (0: any free one)."
    )
    var oauthPort: Int?
    @Option(name: .customLong("client-id"), help: "The OAuth2 client id (with --oauth-port).") var clientID =
        "ridepool-sandbox"
    @Option(name: .customLong("client-secret"), help: "The OAuth2 client secret (default: a random one, printed).")
    var clientSecret: String?
    @Option(name: .customLong("token-lifetime"), help: "Seconds an issued access token is valid.") var tokenLifetime =
        3600
    @Option(
        help:
            "Post every trip state change as a signed JSON envelope to this http:// URL (needs --webhook-secret).")
    var webhook: String?
    @Option(
        name: .customLong("webhook-secret"),
        help: "The key of the webhooks' x-moia-signature (hex HMAC-SHA256 of the body).")
    var webhookSecret: String?

    func validate() throws {
        // Up to a million simulated seconds per real second: the clock's milliseconds stay far inside Int64.
        guard speed > 0, speed <= 1_000_000 else { throw ValidationError("--speed must be a number in (0, 1000000]") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        if let oauthPort, !(0...65535).contains(oauthPort) { throw ValidationError("--oauth-port must be 0…65535") }
        guard tokenLifetime > 0 else { throw ValidationError("--token-lifetime must be positive") }
        if let token, token.isEmpty || token.contains(where: \.isWhitespace) {
            throw ValidationError("--token must be non-empty and without spaces")
        }
        do {
            _ = try WebhookConfiguration.fromFlags(url: webhook, secret: webhookSecret)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let options = RunOptions(
            seed: seed, fleetSize: fleetSize, demandScale: demandScale, outputRoot: out,
            runID: runID ?? RunCommand.defaultRunID(seed: seed),
            cacheDirectory: noCache ? nil : cacheDir ?? RunCommand.defaultCacheDirectory())
        var configuration = SandboxConfiguration(
            host: host, port: port, token: token ?? Self.randomToken(),
            maxRequestBytes: maxRequestBytes, maxCallsInFlight: maxCalls)
        let secret = clientSecret ?? Self.randomToken()
        if oauthPort != nil {
            configuration.issuedTokens = AccessTokens(
                clientID: clientID, clientSecret: secret,
                lifetime: .seconds(tokenLifetime))
        }
        let (oauthPort, clientID) = (self.oauthPort, self.clientID)
        let sandboxConfiguration = configuration
        let (scenario, speed) = (self.scenario, self.speed)
        let mode: ClockMode = clock == .wall ? .wall(now: Date()) : .scenario
        let webhook = try WebhookConfiguration.fromFlags(url: self.webhook, secret: webhookSecret)
        let result = try Self.blocking {
            try await ServeScenario.run(
                scenarioPath: scenario, options: options, configuration: sandboxConfiguration,
                speed: speed, clock: mode, oauthPort: oauthPort, webhook: webhook
            ) { listening in
                let oauth =
                    listening.oauthPort.map {
                        "  oauth: POST http://\(listening.host):\($0)/auth/oauth/token (Basic \(clientID):\(secret), grant_type=client_credentials)\n"
                    } ?? ""
                let webhooks =
                    listening.webhook.map {
                        "  webhooks: POST \($0) for every trip state change (x-moia-signature: HMAC-SHA256 of the body)\n"
                    } ?? ""
                // Unbuffered, so that a script reading the pipe sees the port at once.
                FileHandle.standardOutput.write(
                    Data(
                        """
                        ridepool serve: listening on \(listening.host.contains(":") ? "[\(listening.host)]" : listening.host):\(listening.port)
                          token: \(listening.token)   (send "authorization: Bearer \(listening.token)")
                          clock: \(listening.clock.rfc3339(listening.clock.simTime())) at \(speed)× real time
                          results on SIGINT/SIGTERM: \(listening.directory)
                        \(oauth)\(webhooks)
                        """.utf8))
            }
        }
        print(result.summary.kpiTable())
        if result.unfinished > 0 { print("\(result.unfinished) trips were still running when the server stopped") }
        print("results: \(result.directory)")
    }

    /// 24 random bytes as hex.
    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<24).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &g)) }.joined()
    }

    /// Runs async work from this synchronous command and waits for it (the CLI's entry point is synchronous).
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// `--clock`.
enum ClockChoice: String, ExpressibleByArgument, CaseIterable {
    case wall, scenario
}

/// The result handed from the async task to the waiting thread (written once, before the signal).
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
