import Foundation

/// The JSON envelope every webhook carries, as the documents show it:
/// `{"id": …, "timestamp": …, "webhookVersion": "v1beta1", "data": {…}}`.
struct WebhookEnvelope: Sendable {
    static let version = "v1beta1"

    /// Unique per envelope (a retry sends the same id: receivers deduplicate by it).
    let id: String
    /// When the event happened, RFC 3339.
    let timestamp: String
    /// The payload: a JSON object's text, embedded as it is.
    let data: String

    /// The body's exact bytes (what `x-moia-signature` signs).
    var body: [UInt8] {
        Array(
            #"{"id":\#(Self.quoted(id)),"timestamp":\#(Self.quoted(timestamp)),"webhookVersion":"\#(Self.version)","data":\#(data)}"#
                .utf8)
    }

    /// `text` as a JSON string literal (Foundation's encoder).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? #""""#
    }
}
