// swift-tools-version:6.0
// ridepool: a ridepooling trip-dispatch simulator. Layers and rules: see docs/architecture.md
// (each arrow in that picture is one `dependencies:` entry here). Beyond the picture: `DataFiles`
// (reading files, gzip, CSV with line numbers) sits beside `Simulation` at the bottom, for Scenario,
// RoadNetwork, Geometry and the verifier in Reports.
import PackageDescription

/// Release builds of the engine, the matcher, the travel models and the event consumers skip Swift's
/// dynamic exclusivity checks: the engine's loop reads and writes its own state millions of times, and
/// the road network's travel-time look-up ran two checks per call (about 6 % of the Cottbus day under
/// `perf`); each check is a thread-local look-up, and a run is single-threaded. Debug builds, where the
/// tests run, keep every check.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "ridepool",
    platforms: [.macOS(.v15)],  // v15: grpc-swift-2
    products: [
        .executable(name: "ridepool", targets: ["RidepoolCLI"]),
        .library(name: "Ridepool", targets: ["Ridepool"]),
        // The engine's parts for the micro-benchmarks in Benchmarks/ (a package of its own, see README.md).
        .library(name: "RidepoolEngine", targets: ["Simulation", "RoadNetwork", "Dispatching"]),
        // Every input reader and the sandbox's request handling, for the fuzz targets in Fuzz/ (a package
        // of its own, built with sanitizers by scripts/fuzz.sh; the flags never reach this package's builds).
        .library(name: "RidepoolInputs", targets: [
            "DataFiles", "Scenario", "RoadNetwork", "Geometry", "Simulation", "RidepoolServer", "RidepoolAPI",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The gRPC sandbox (`ridepool serve`): grpc-swift-2, its HTTP/2 transport (core only, over a
        // plaintext NIOPosix listener of ours: see RidepoolServer below), protobuf, lifecycle.
        .package(url: "https://github.com/grpc/grpc-swift-2", from: "2.4.0"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport", from: "2.9.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.96.0"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        // HMAC-SHA256 of the sandbox's webhook bodies (`x-moia-signature`); only RidepoolServer uses it.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // GEOS, the C library, found through pkg-config `geos` (Debian: libgeos-dev).
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        // zlib, the C library, for gzip-compressed data files (Debian: zlib1g-dev). Only DataFiles uses it.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // CBC, COIN-OR's MIP solver (EPL), its C interface through pkg-config `cbc` (Debian: coinor-libcbc-dev).
        // Only Assignment uses it; why CBC and not GLPK: docs/peers.md §7.
        .systemLibrary(name: "CCbc", pkgConfig: "cbc", providers: [.apt(["coinor-libcbc-dev"])]),
        // glibc's malloc_trim (libc itself, no package): a finished simulation's freed pages go back
        // before the run's tables are built. Only Ridepool (ProcessMemory) uses it.
        .systemLibrary(name: "CMalloc"),

        // Pure Swift: time, event queue, engine, domain model and the seams as protocols.
        .target(name: "Simulation", dependencies: [
            .product(name: "HeapModule", package: "swift-collections"),
        ], swiftSettings: hotPath),
        // Reading data files: whole files (gzip inflated), CSV tables with line numbers. The only target that sees zlib.
        .target(name: "DataFiles", dependencies: ["CZlib"]),
        // The only target that sees GEOS.
        .target(name: "Geometry", dependencies: ["Simulation", "DataFiles", "CGEOS"]),
        // Travel-time models: straight line, and the road graph (loading, shortest paths, matrices).
        .target(name: "RoadNetwork", dependencies: ["Simulation", "DataFiles"], swiftSettings: hotPath),
        // The pooling matcher: insertion search, candidate pruning. (DESIGN.md's "Dispatch": the name
        // `Dispatch` is taken by the system's libdispatch module.)
        // Batch re-optimisation (`Batch/`) builds the trip–vehicle graph and hands its integer program to Assignment.
        .target(name: "Dispatching", dependencies: ["Simulation", "Assignment"], swiftSettings: hotPath),
        // Batch assignment's integer program (Alonso-Mora et al. 2017), given its columns: CBC behind
        // `AssignmentSolver`, and a brute-force reference. Imports none of ours; the only target that sees CBC.
        .target(name: "Assignment", dependencies: ["CCbc"]),
        // Fleet operations' policies behind Simulation's `FleetOperator`: min-cost-flow rebalancing between zones.
        .target(name: "Operations", dependencies: ["Simulation"]),
        // Scenario files (YAML, CSV) into validated values, every problem with its location.
        // (Service: the simulated riders' behaviour, `RiderBehaviour`, is theirs.)
        .target(name: "Scenario", dependencies: ["Simulation", "Service", "DataFiles", "Yams"]),
        // The rider-facing integration API's semantics: customers, flags, paging, typed errors (offers,
        // orders and trips, too). Pure Swift; the gRPC adapter later is a thin layer over it.
        .target(name: "Service", dependencies: ["Simulation"]),
        // The event log into tables, KPIs and files; the run report; the independent verifier.
        .target(name: "Reports", dependencies: ["Simulation", "DataFiles"], swiftSettings: hotPath),
        // Use-cases (run, validate, verify, bench, the live run behind serve) and the run machinery.
        .target(name: "Ridepool", dependencies: [
            "Simulation", "Geometry", "RoadNetwork", "Dispatching", "Assignment", "Operations", "Scenario", "Service",
            "Reports", "Yams", "CMalloc",
        ]),
        // Capacity planning (`ridepool plan`): the fleet search, the hourly shift plan and its check, grids
        // split into shards, plan.json and plan.html. It builds on Reports' KPIs, charts and writers, and
        // simulates many worlds with Ridepool's run machinery, so it sits above Ridepool (the CLI imports both).
        .target(name: "Planning", dependencies: [
            "Ridepool", "Reports", "Scenario", "Simulation", "Geometry", "RoadNetwork",
        ]),
        // Code generated from proto/ by scripts/generate-proto.sh (committed; never generated in CI).
        .target(name: "RidepoolAPI", dependencies: [
            .product(name: "GRPCCore", package: "grpc-swift-2"),
            .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf"),
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
        ]),
        // `ridepool serve`: the integration API over gRPC, a thin adapter over the service layer.
        .target(name: "RidepoolServer", dependencies: [
            "Ridepool", "Service", "Simulation", "RidepoolAPI",
            .product(name: "GRPCCore", package: "grpc-swift-2"),
            // Only for GRPCNIOTransportCore (HTTP2ServerTransport.Custom), which it re-exports: on Linux the
            // product holds nothing else. Not GRPCNIOTransportHTTP2Posix: that one links TLS (swift-nio-ssl,
            // swift-certificates, two BoringSSL builds, most of the gRPC build time), and the sandbox is
            // plaintext; our PlaintextListener binds with NIOPosix instead.
            .product(name: "GRPCNIOTransportHTTP2TransportServices", package: "grpc-swift-nio-transport"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            // The OAuth2 token endpoint (`POST /auth/oauth/token`), plain HTTP/1.1 on its own port.
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf"),
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            // The webhooks' `x-moia-signature` (HMAC-SHA256); never hand-rolled.
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "RidepoolCLI", dependencies: [
            "Ridepool", "Planning", "RidepoolServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // What several test targets share: the repository's paths, scratch files, and the small
        // hand-built engine world (TestWorld, RunLog). Only public API of the targets it sees.
        .target(name: "TestSupport", dependencies: ["Simulation", "Dispatching", "RoadNetwork", "Service"],
                path: "Tests/TestSupport"),
        .testTarget(name: "DataFilesTests", dependencies: ["DataFiles"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation"]),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry", "DataFiles", "Simulation", "TestSupport"]),
        .testTarget(name: "RoadNetworkTests", dependencies: ["RoadNetwork", "DataFiles", "Geometry", "Simulation", "TestSupport"]),
        .testTarget(name: "DispatchingTests", dependencies: ["Dispatching", "RoadNetwork"]),
        .testTarget(name: "OperationsTests", dependencies: ["Operations", "Simulation"]),
        .testTarget(name: "AssignmentTests", dependencies: ["Assignment"]),
        .testTarget(name: "EngineTests", dependencies: [
            "Simulation", "Dispatching", "Assignment", "RoadNetwork", "Service", "TestSupport",
        ]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "Service", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "DataFiles", "TestSupport"]),
        .testTarget(name: "ServiceTests", dependencies: ["Service", "Simulation", "TestSupport"]),
        .testTarget(name: "RidepoolTests", dependencies: ["Ridepool", "TestSupport"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "Ridepool", "Reports", "TestSupport"]),
        .testTarget(name: "RidepoolServerTests", dependencies: [
            "RidepoolServer", "RidepoolAPI", "Ridepool", "TestSupport",
            .product(name: "GRPCCore", package: "grpc-swift-2"),
            // The client side without TLS as well: HTTP2ClientTransport.WrappedChannel over a NIOPosix connection.
            .product(name: "GRPCNIOTransportHTTP2TransportServices", package: "grpc-swift-nio-transport"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf"),
            .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            // The webhook receiver (HTTP/1.1 on loopback) and the signature check.
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], exclude: ["Fixtures"]),  // read by path: the documents' payloads (scripts/extract-api-payloads.py)
    ]
)
