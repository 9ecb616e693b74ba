import Foundation
import Ridepool

/// The receiver of the sandbox's webhooks: an `http://` URL with a host (`--webhook`).
///
/// Plain HTTP only: ridepool links no TLS (see `Package.swift`), so an `https://` URL is refused with
/// the way round it (a receiver on this machine, or a local proxy that forwards to the HTTPS endpoint).
public struct WebhookTarget: Hashable, Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int
    /// The path and query the POST goes to (`/` when the URL has none).
    public let path: String

    /// Parses and checks `url`; the error names `--webhook`, what is wrong and the fix.
    public init(url: String) throws(RidepoolError) {
        let example = "write it like http://127.0.0.1:8080/webhooks"
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased() else {
            throw RidepoolError("--webhook \"\(url)\" is not an absolute URL", fix: example)
        }
        guard scheme == "http" else {
            let why =
                scheme == "https"
                ? "the sandbox posts webhooks over plain HTTP only (ridepool builds no TLS)"
                : "the scheme must be http"
            throw RidepoolError(
                "--webhook \"\(url)\": \(why)",
                fix: "give an http:// receiver (on this machine, or a local proxy forwarding to your HTTPS endpoint); "
                    + example)
        }
        guard let host = parts.host, !host.isEmpty else {
            throw RidepoolError("--webhook \"\(url)\" names no host", fix: example)
        }
        guard parts.user == nil, parts.password == nil, parts.fragment == nil else {
            throw RidepoolError(
                "--webhook \"\(url)\" carries credentials or a fragment, which a webhook POST does not send",
                fix: "drop them: the receiver authenticates the sandbox by x-moia-signature (--webhook-secret)")
        }
        let port = parts.port ?? 80
        guard (1...65535).contains(port) else {
            throw RidepoolError("--webhook \"\(url)\": port \(port) is out of range", fix: "use a port in 1…65535")
        }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = port
        let query = parts.percentEncodedQuery.map { "?" + $0 } ?? ""
        path = (parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath) + query
    }

    /// The `Host` header: the host, with the port unless it is 80.
    public var hostHeader: String {
        let name = host.contains(":") ? "[\(host)]" : host
        return port == 80 ? name : "\(name):\(port)"
    }

    /// `http://host:port/path`.
    public var description: String { "http://\(hostHeader)\(path)" }
}
