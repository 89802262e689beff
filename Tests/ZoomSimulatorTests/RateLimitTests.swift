import Foundation
import XCTest
import ZoomSimulator

final class RateLimitTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testResourceIntensiveLabelAllowsTwentyPerMinuteOnBusiness() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let url = simulator.apiBaseURL.adding("/metrics/meetings?type=live&from=2020-01-01&to=2099-12-31")
            for _ in 0..<20 {
                let answer = try await http.api("GET", url, token: token)
                XCTAssertEqual(answer.status, 200)
            }

            let limited = try await http.api("GET", url, token: token)

            XCTAssertEqual(limited.status, 429)
            XCTAssertEqual(limited.header("X-RateLimit-Category"), "Resource-intensive")
            XCTAssertEqual(limited.header("X-RateLimit-Type"), "QPS")
            XCTAssertEqual(limited.header("X-RateLimit-Limit"), "20")
            XCTAssertEqual(limited.header("X-RateLimit-Remaining"), "0")
            XCTAssertNotNil(limited.header("Retry-After").flatMap(Int.init))
        }
    }

    func testForcedRateLimitAnswersTheNextRequestsWithTheGivenHeaders() async throws {
        try await ZoomSimulator.withRunning { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            await simulator.forceRateLimit(next: 1, retryAfter: "Wed, 21 Oct 2026 07:28:00 GMT", type: "Daily-limit")
            let url = simulator.apiBaseURL.adding("/users/me")

            let limited = try await http.api("GET", url, token: token)
            let next = try await http.api("GET", url, token: token)

            XCTAssertEqual(limited.status, 429)
            XCTAssertEqual(limited.header("Retry-After"), "Wed, 21 Oct 2026 07:28:00 GMT")
            XCTAssertEqual(limited.header("X-RateLimit-Type"), "Daily-limit")
            XCTAssertEqual(next.status, 200)
        }
    }
}
