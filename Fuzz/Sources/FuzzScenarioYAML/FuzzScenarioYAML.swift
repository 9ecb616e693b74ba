import FuzzSupport
import Scenario

/// The scenario file's folder: a scratch copy of `scenarios/examples/`, so that the tiny example's
/// data files (`data/tiny_*.csv`, …) sit beside the fuzzed YAML as they do beside `tiny.yaml`.
let folder = FuzzInput.copyOnce("scenarios/examples", as: "examples")

/// The input is a scenario file's YAML text: parsed and validated; when valid, its fleet is built
/// (the vehicles' checks) and its resolved YAML written, as `ridepool run` does first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let spec = try? ScenarioLoader.load(yaml: FuzzInput.text(data, size), file: folder + "/fuzz.yaml") else {
        return 0
    }
    _ = try? spec.vehicles()
    _ = spec.resolvedYAML()
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
