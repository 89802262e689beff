import CCurl

extension TransportError {
    /// libcurl results that mean the request never reached the server: the name did not resolve,
    /// the connection or the TLS handshake failed, or the request could not even be formed.
    private static let failuresBeforeSending: Set<UInt32> = [
        CURLE_UNSUPPORTED_PROTOCOL, CURLE_FAILED_INIT, CURLE_URL_MALFORMAT, CURLE_NOT_BUILT_IN,
        CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT,
        CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
        CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED,
        CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
        CURLE_SSL_INVALIDCERTSTATUS, CURLE_PROXY, CURLE_BAD_FUNCTION_ARGUMENT, CURLE_UNKNOWN_OPTION,
    ].reduce(into: []) { $0.insert($1.rawValue) }

    /// Classifies a failed libcurl transfer by whether the server may have processed the request.
    ///
    /// A failure is `.notSent` only when libcurl failed before the request went out *and* reports
    /// that no byte of it was sent; a timeout counts as not sent only in that case (it expired while
    /// resolving, connecting or in the TLS handshake). Everything else is `.noAnswer`.
    /// - Parameters:
    ///   - detail: libcurl's error buffer (host, port, elapsed time); never headers or body.
    ///   - requestBytesSent: `CURLINFO_REQUEST_SIZE` of the failed transfer.
    static func curl(_ code: CURLcode, detail: String, requestBytesSent: Int) -> TransportError {
        let reason = detail.isEmpty ? CurlLibrary.describe(code) : "\(CurlLibrary.describe(code)) (\(detail))"
        guard requestBytesSent == 0 else { return .noAnswer(reason) }
        if failuresBeforeSending.contains(code.rawValue) || code == CURLE_OPERATION_TIMEDOUT {
            return .notSent(reason)
        }
        return .noAnswer(reason)
    }
}
