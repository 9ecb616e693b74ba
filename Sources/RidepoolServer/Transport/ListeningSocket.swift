import NIOCore
import Ridepool
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TCP socket bound to the sandbox's address and listening, made before anything else of a run,
/// so that a port in use is one clear error before the run directory exists.
///
/// Owns the descriptor until `PlaintextListener` takes it for the server; closes it if nobody did.
public final class ListeningSocket: Sendable {
    /// The host as the user gave it.
    public let host: String
    /// The port bound (the one the system picked when asked for 0).
    public let port: Int
    private let descriptor: Mutex<CInt?>

    /// Binds `host:port` (an IPv4 or IPv6 address, or a name such as `localhost`) and listens.
    /// - Throws: `RidepoolError` naming `host:port`, why it cannot be bound and what to do.
    public init(host: String, port: Int) throws {
        let address: SocketAddress
        do {
            address = try SocketAddress.makeAddressResolvingHost(host, port: port)
        } catch {
            throw RidepoolError(
                "cannot listen on \(host):\(port): \(host) is no address of this machine",
                fix: "give --host an address of this machine, e.g. 127.0.0.1 or ::1")
        }
        let fd = Self.openSocket(family: address.protocol.rawValue)
        guard fd >= 0 else { throw Self.failure(host: host, port: port, errno: errno) }
        var yes: CInt = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<CInt>.size))
        let bound = address.withSockAddr { pointer, size in bind(fd, pointer, socklen_t(size)) }
        guard bound == 0, listen(fd, 256) == 0 else {
            let code = errno
            close(fd)
            throw Self.failure(host: host, port: port, errno: code)
        }
        self.host = host
        self.port = Self.boundPort(fd) ?? port
        descriptor = Mutex(fd)
    }

    /// Hands the descriptor over (once); its new owner closes it.
    func take() -> CInt? {
        descriptor.withLock { fd in
            defer { fd = nil }; return fd
        }
    }

    deinit {
        if let fd = take() { close(fd) }
    }

    private static func openSocket(family: CInt) -> CInt {
        #if canImport(Darwin)
            let fd = socket(family, SOCK_STREAM, 0)
            if fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return fd
        #else
            return socket(family, CInt(SOCK_STREAM.rawValue) | CInt(SOCK_CLOEXEC.rawValue), 0)
        #endif
    }

    /// The port the socket is bound to (what the system chose for port 0).
    private static func boundPort(_ fd: CInt) -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
        }
        guard ok else { return nil }
        let address = storage
        return withUnsafePointer(to: address) { pointer in
            switch CInt(address.ss_family) {
            case AF_INET:
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin_port))
                }
            case AF_INET6:
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin6_port))
                }
            default:
                nil
            }
        }
    }

    /// The user's error for a failed socket, bind or listen: what happened at `host:port` and the fix.
    static func failure(host: String, port: Int, errno code: CInt) -> RidepoolError {
        let place = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        switch code {
        case EADDRINUSE:
            return RidepoolError(
                "cannot listen on \(place): the port is in use (another program, perhaps another ridepool serve, listens there)",
                fix: "choose another --port (0 picks a free one) or stop the program that uses it")
        case EACCES:
            return RidepoolError(
                "cannot listen on \(place): no permission to use port \(port)",
                fix: "choose a --port of 1024 or above (0 picks a free one)")
        case EADDRNOTAVAIL:
            return RidepoolError(
                "cannot listen on \(place): \(host) is no address of this machine",
                fix: "give --host an address of this machine, e.g. 127.0.0.1 or ::1")
        default:
            return RidepoolError(
                "cannot listen on \(place): \(String(cString: strerror(code)))",
                fix: "check --host and --port (0 picks a free port)")
        }
    }
}
