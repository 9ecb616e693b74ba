import GRPCNIOTransportCore
import NIOCore
import NIOPosix

/// The sandbox's listener for grpc-swift's `HTTP2ServerTransport.Custom`: plaintext HTTP/2 on an
/// already bound `ListeningSocket`.
///
/// grpc-swift's ready-made Posix transport also links TLS (swift-nio-ssl, swift-certificates and
/// two BoringSSL builds), which a loopback sandbox does not use and which made most of the build
/// time; this factory does what that transport does for `.plaintext`, and no more.
struct PlaintextListener: HTTP2ServerTransport.ListenerFactory {
    let socket: ListeningSocket
    let eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    func makeListeningChannel(
        listenerConfigurator: HTTP2ServerTransport.ListenerConfigurator,
        connectionConfigurator: HTTP2ServerTransport.ConnectionConfigurator
    ) async throws -> NIOAsyncChannel<HTTP2ServerTransport.ConnectionConfigurator.ConnectionChannel, Never> {
        guard let descriptor = socket.take() else {
            throw ChannelError.ioOnClosedChannel  // served twice: the socket belongs to the first server
        }
        return try await ServerBootstrap(group: eventLoopGroup)
            .serverChannelInitializer { listenerConfigurator.configure(channel: $0) }
            .bind(NIOBSDSocket.Handle(descriptor)) { channel in
                connectionConfigurator.configure(channel: channel, tls: .none)
            }
    }
}
