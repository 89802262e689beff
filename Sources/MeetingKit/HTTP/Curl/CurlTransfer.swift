import CCurl
import CurlShims
import FoundationEssentials

/// One request performed on one easy handle: sets the options, collects the answer and
/// turns libcurl's result into an `HTTPResponse` or an error. Runs on a thread of its own,
/// because `curl_easy_perform` blocks until the transfer ends.
struct CurlTransfer {
    /// What a finished transfer produced, and how many new connections it opened.
    struct Outcome {
        var result: Result<HTTPResponse, any Error>
        var connectionsOpened: Int
    }

    let request: HTTPRequest
    let configuration: CurlTransport.Configuration
    let cancellation: CurlCancellation

    /// Performs the transfer. Leaves the handle without options (pointing into no buffers of
    /// this transfer) but with its connections, ready for the next transfer.
    func perform(on handle: CurlEasyHandle) -> Outcome {
        let sink = CurlResponseSink(limit: configuration.maximumResponseBytes, cancellation: cancellation)
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        // Runs before the buffers above are freed (defers run last first).
        defer { handle.resetOptions() }

        let code: CURLcode
        do {
            headerList = try Self.headerList(for: request)
            try configure(handle, sink: sink, headers: headerList, errorBuffer: errorBuffer)
            code = withExtendedLifetime(sink) { curl_easy_perform(handle.raw) }
        } catch {
            return Outcome(result: .failure(error), connectionsOpened: 0)
        }

        let connections = handle.info(CURLINFO_NUM_CONNECTS)
        guard code == CURLE_OK else {
            let error: any Error
            let requestBytesSent = handle.info(CURLINFO_REQUEST_SIZE)
            if sink.exceededLimit || code == CURLE_FILESIZE_EXCEEDED {
                error = TransportError.responseTooLarge(limit: configuration.maximumResponseBytes)
            } else if code == CURLE_ABORTED_BY_CALLBACK, cancellation.isCancelled {
                // Once the request is out, stopping the wait does not undo it: say so rather than "cancelled".
                error =
                    requestBytesSent == 0
                    ? CancellationError() : TransportError.noAnswer("cancelled after the request was sent")
            } else {
                error = TransportError.curl(
                    code, detail: String(cString: errorBuffer), requestBytesSent: requestBytesSent)
            }
            return Outcome(result: .failure(error), connectionsOpened: connections)
        }
        let response = HTTPResponse(status: handle.info(CURLINFO_RESPONSE_CODE), headers: sink.headers, body: sink.body)
        return Outcome(result: .success(response), connectionsOpened: connections)
    }

    // MARK: - Options

    private func configure(
        _ handle: CurlEasyHandle, sink: CurlResponseSink,
        headers: UnsafeMutablePointer<curl_slist>?, errorBuffer: UnsafeMutablePointer<CChar>
    ) throws(TransportError) {
        try handle.set(CURLOPT_URL, request.url.absoluteString)
        try handle.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try handle.set(CURLOPT_NOSIGNAL, 1)
        try handle.set(CURLOPT_SSL_VERIFYPEER, 1)
        try handle.set(CURLOPT_SSL_VERIFYHOST, 2)
        try handle.set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(configuration.connectTimeout))
        try handle.set(CURLOPT_TIMEOUT_MS, Self.milliseconds(configuration.totalTimeout))
        try handle.set(CURLOPT_TCP_KEEPALIVE, 1)
        try handle.set(CURLOPT_USERAGENT, CurlTransport.userAgent)
        try handle.set(CURLOPT_ACCEPT_ENCODING, "")
        try handle.set(CURLOPT_MAXFILESIZE_LARGE, offset: Int64(configuration.maximumResponseBytes))
        try handle.set(CURLOPT_HTTPHEADER, list: headers)
        try handle.set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try setMethodAndBody(on: handle)
        if !request.method.isIdempotentRead {
            // libcurl silently sends a request again when a reused connection closes before any
            // answer byte; the server may have processed the first copy (a call-out placed twice).
            // A fresh connection is never retried that way, so a lost answer surfaces as `.noAnswer`.
            try handle.set(CURLOPT_FRESH_CONNECT, 1)
        }

        let context = Unmanaged.passUnretained(sink).toOpaque()
        try handle.set(CURLOPT_WRITEDATA, pointer: context)
        try handle.set(CURLOPT_HEADERDATA, pointer: context)
        try handle.set(CURLOPT_XFERINFODATA, pointer: context)
        try handle.set(CURLOPT_NOPROGRESS, 0)
        try Self.check(
            curlshim_setopt_write_function(handle.raw) { data, size, count, context in
                let sink = Unmanaged<CurlResponseSink>.fromOpaque(context!).takeUnretainedValue()
                return sink.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
            })
        try Self.check(
            curlshim_setopt_header_function(handle.raw) { data, size, count, context in
                let sink = Unmanaged<CurlResponseSink>.fromOpaque(context!).takeUnretainedValue()
                sink.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
                return size * count
            })
        try Self.check(
            curlshim_setopt_progress_function(handle.raw) { context, _, _, _, _ in
                Unmanaged<CurlResponseSink>.fromOpaque(context!).takeUnretainedValue().cancellation.isCancelled ? 1 : 0
            })
    }

    /// GET as such; every other method by name. A body is copied into libcurl, which sends it
    /// with its length; POST, PUT and PATCH without a body send an empty one (`Content-Length: 0`).
    private func setMethodAndBody(on handle: CurlEasyHandle) throws(TransportError) {
        if request.method == .get, request.body == nil {
            try handle.set(CURLOPT_HTTPGET, 1)
            return
        }
        try handle.set(CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        guard request.body != nil || request.method != .delete else { return }
        let body = request.body ?? Data()
        try handle.set(CURLOPT_POSTFIELDSIZE_LARGE, offset: Int64(body.count))
        // COPYPOSTFIELDS copies POSTFIELDSIZE bytes now, so the body need not outlive this call.
        let code = body.withUnsafeBytes { bytes in
            "".withCString { empty in
                curlshim_setopt_pointer(
                    handle.raw, CURLOPT_COPYPOSTFIELDS,
                    UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(empty)))
            }
        }
        try Self.check(code)
    }

    /// The request's header fields as a libcurl list, plus `Expect:` (empty) so that libcurl
    /// does not wait for `100 Continue` before sending a body.
    private static func headerList(for request: HTTPRequest) throws(TransportError) -> UnsafeMutablePointer<curl_slist>?
    {
        var list: UnsafeMutablePointer<curl_slist>?
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            guard !name.isEmpty,
                !(name + value).unicodeScalars.contains(where: { "\r\n\0".unicodeScalars.contains($0) })
            else {
                curl_slist_free_all(list)
                throw TransportError.notSent("the header field \"\(name.prefix(40))\" is not valid")
            }
            // "Name;" is libcurl's spelling of a field with an empty value ("Name:" would remove the field).
            list = curl_slist_append(list, value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        return curl_slist_append(list, "Expect:")
    }

    private static func milliseconds(_ seconds: TimeInterval) -> Int {
        max(1, Int((seconds * 1000).rounded()))
    }

    private static func check(_ code: CURLcode) throws(TransportError) {
        guard code == CURLE_OK else { throw TransportError.notSent("libcurl: \(CurlLibrary.describe(code))") }
    }
}
