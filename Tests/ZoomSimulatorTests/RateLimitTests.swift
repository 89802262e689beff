import Foundation
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

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

/// The daily cap of Heavy and Resource-intensive requests, shared by the account.
final class DailyLimitTests: XCTestCase {
    private let http = LoopbackHTTP()

    func testDailyCapAnswersZoomsMessageAndEveryOtherTimeNoTypeHeader() async throws {
        var configuration = SimulatorConfiguration()
        configuration.rateLimitsEnabled = false
        configuration.dailyHeavyRequestCap = 2
        try await ZoomSimulator.withRunning(configuration) { simulator in
            let token = await simulator.issueToken(for: .accountLevel)
            let ids = await simulator.liveMeetingIDs()
            let meeting = try XCTUnwrap(ids.first)
            let list = simulator.apiBaseURL.adding("/metrics/meetings?type=live&from=2026-01-01&to=2026-01-07")
            let participants = simulator.apiBaseURL.adding("/metrics/meetings/\(meeting)/participants?type=live")

            let first = try await http.api("GET", list, token: token)
            let second = try await http.api("GET", participants, token: token)
            let third = try await http.api("GET", list, token: token)
            let fourth = try await http.api("GET", participants, token: token)
            let light = try await http.api("GET", simulator.apiBaseURL.adding("/users/me"), token: token)

            XCTAssertEqual(
                [first.status, second.status, third.status, fourth.status, light.status], [200, 200, 429, 429, 200],
                "Heavy and Resource-intensive share the cap; Light is outside it")
            XCTAssertNil(third.header("X-RateLimit-Type"), "sometimes Zoom sends no type header")
            XCTAssertTrue((third.json["message"] as? String)?.contains("daily rate limit") == true)
            XCTAssertEqual(fourth.header("X-RateLimit-Type"), "Daily-limit")
        }
    }
}
