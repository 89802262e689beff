import CCurl
import CurlShims

/// One libcurl easy handle. Besides the options of a transfer it keeps a connection cache,
/// so the next request to the same host on this handle reuses the open (TLS) connection.
///
/// `@unchecked Sendable`: libcurl forbids using an easy handle from two threads at once.
/// `CurlHandlePool` lends each handle to one transfer at a time, and that is the only way it is used.
final class CurlEasyHandle: @unchecked Sendable {
    /// The `CURL *` this object owns.
    let raw: UnsafeMutableRawPointer

    /// Creates a handle, or returns `nil` when libcurl cannot allocate one.
    init?() {
        CurlLibrary.initializeOnce()
        guard let raw = curl_easy_init() else { return nil }
        self.raw = raw
    }

    deinit { curl_easy_cleanup(raw) }

    /// Forgets every option of the last transfer (and every pointer into its buffers),
    /// keeping the live connections, the DNS cache and the TLS session cache.
    func resetOptions() { curl_easy_reset(raw) }

    func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try check(curlshim_setopt_long(raw, option, value), option)
    }

    func set(_ option: CURLoption, _ value: String) throws(TransportError) {
        // libcurl copies string options, so the C string only has to live through the call.
        let code = value.withCString { curlshim_setopt_string(raw, option, $0) }
        try check(code, option)
    }

    func set(_ option: CURLoption, offset value: Int64) throws(TransportError) {
        try check(curlshim_setopt_offset(raw, option, curl_off_t(value)), option)
    }

    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) throws(TransportError) {
        try check(curlshim_setopt_pointer(raw, option, value), option)
    }

    func set(_ option: CURLoption, list value: UnsafeMutablePointer<curl_slist>?) throws(TransportError) {
        try check(curlshim_setopt_slist(raw, option, value), option)
    }

    /// An integer fact about the last transfer, 0 when libcurl does not know it.
    func info(_ info: CURLINFO) -> Int {
        var value = 0
        return curlshim_getinfo_long(raw, info, &value) == CURLE_OK ? value : 0
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(TransportError) {
        guard code == CURLE_OK else {
            throw TransportError.notSent("libcurl rejected option \(option.rawValue): \(CurlLibrary.describe(code))")
        }
    }
}
