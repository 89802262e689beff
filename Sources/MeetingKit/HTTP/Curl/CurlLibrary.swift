import CCurl
import CurlShims

/// Process-wide libcurl facts: the one-time global initialisation and error texts.
enum CurlLibrary {
    /// `curl_global_init` must run once before any other libcurl call; a lazily initialised
    /// static runs it exactly once, whichever thread gets there first.
    private static let globalInitialization: CURLcode = curlshim_global_init()

    /// Runs `curl_global_init` if it has not run yet.
    static func initializeOnce() { _ = globalInitialization }

    /// libcurl's English description of a result code.
    static func describe(_ code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }
}
