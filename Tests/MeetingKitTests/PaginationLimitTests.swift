import Foundation
import Hummingbird
import Locking
import MeetingKit
import MeetingTestSupport
import XCTest

/// A broken or hostile server cannot keep the client fetching a list forever: it stops at the
/// page limit, and at a page token it has seen before.
final class PaginationLimitTests: XCTestCase {
    /// A peer whose meeting list never ends: every page names a new next page (`endless`), or
    /// the same one again (`repeating`). Counts the pages served.
    private func startPeer(pagesServed: Locked<Int>) async throws -> LoopbackServer {
        let router = Router()
        for variant in ["endless", "repeating"] {
            router.get("v2/\(variant)/users/me/meetings") { _, _ -> Response in
                let page = pagesServed.withLock { served in
                    served += 1
                    return served
                }
                let token = variant == "endless" ? "page-\(page)" : "same-token"
                let body =
                    #"{"meetings": [{"id": \#(85_000_000_000 + page), "topic": "Page \#(page)"}], "next_page_token": "\#(token)"}"#
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: .init(byteBuffer: ByteBuffer(string: body)))
            }
        }
        let server = try await LoopbackServer.start(router)
        addTeardownBlock { await server.stop() }
        return server
    }

    private func client(_ server: LoopbackServer, _ variant: String, maxPages: Int) -> ZoomClient {
        ZoomClient(
            configuration: .init(
                apiBaseURL: server.url("/v2/\(variant)"), retry: ClientHarness.retry, maxPages: maxPages),
            transport: CurlTransport(), tokens: FixedTokenProvider(), clock: ManualClock())
    }

    func testAnEndlessListStopsAtThePageLimit() async throws {
        let served = Locked(0)
        let server = try await startPeer(pagesServed: served)
        do {
            let meetings = try await client(server, "endless", maxPages: 7).liveMeetings()
            XCTFail("an endless list was read to an end: \(meetings.count) meetings")
        } catch let error as ZoomAPIError {
            XCTAssertEqual(error, .malformedResponse("the list went on past 7 pages; stopped there"))
        }
        XCTAssertEqual(served.withLock { $0 }, 7, "exactly the page limit is fetched")
    }

    func testARepeatedPageTokenStopsTheList() async throws {
        let served = Locked(0)
        let server = try await startPeer(pagesServed: served)
        do {
            _ = try await client(server, "repeating", maxPages: 200).liveMeetings()
            XCTFail("a list whose page token repeats was read to an end")
        } catch let error as ZoomAPIError {
            XCTAssertEqual(
                error, .malformedResponse("Zoom sent the same page token twice; the list was not read to its end"))
        }
        XCTAssertEqual(served.withLock { $0 }, 2, "the second page names the token of the first: no third request")
    }
}
