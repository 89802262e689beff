/// One telephone leg of a participant (`audio_call` in the Dashboard's participant list): the number
/// that called in or was called, how, and the Zoom number it reached. Every field may be missing.
public struct AudioCall: Hashable, Sendable, Decodable {
    /// The participant's number (`call_number`).
    public var callNumber: String?
    /// How the call was made (`call_type`, e.g. `call-in`, `call-out`).
    public var callType: String?
    /// The Zoom number dialled in to or from (`zoom_number`).
    public var zoomNumber: String?

    public init(callNumber: String? = nil, callType: String? = nil, zoomNumber: String? = nil) {
        self.callNumber = callNumber
        self.callType = callType
        self.zoomNumber = zoomNumber
    }

    /// Reads an object with any of the fields; a bare string (as older answers held) is the number.
    public init(from decoder: any Decoder) throws {
        if let fields = try? decoder.container(keyedBy: AnyKey.self) {
            self.init(
                callNumber: fields.string("call_number"), callType: fields.string("call_type"),
                zoomNumber: fields.string("zoom_number"))
        } else {
            self.init(callNumber: try decoder.singleValueContainer().decode(String.self))
        }
    }
}
