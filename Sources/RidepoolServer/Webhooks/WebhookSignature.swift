import Crypto
import Foundation

/// `x-moia-signature`: the lowercase hex HMAC-SHA256 of a webhook's exact body bytes under the shared
/// secret (as the documents' webhooks are signed). swift-crypto's HMAC, never a hand-rolled one.
public enum WebhookSignature {
    public static let header = "x-moia-signature"

    public static func hex(of body: [UInt8], secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return code.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
