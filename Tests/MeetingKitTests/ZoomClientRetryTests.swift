import Foundation
import MeetingKit
import XCTest
import ZoomSimulator
import ZoomSimulatorHTTP

/// What `ZoomClient` repeats, and what it must not, against the simulator's faults.
final class ZoomClientRetryTests: XCTestCase {
    private static let callout = InMeetingEvent.roomSystemCallout(
        .init(callType: .sip, deviceAddress: "sip:room@rooms.example.com"))

    // MARK: - 401

    func testExpiredTokenIsRenewedOnceAndTheRequestRepeated() async throws {
        let harness = try await ClientHarness.start(for: self)
        _ = try await harness.client.currentUser()
        await harness.simulator.expireAllTokens()

        _ = try await harness.client.currentUser()
        let renewals = await harness.tokens.renewals
        XCTAssertEqual(renewals, 1)
        let statuses = await harness.requests("GET", "/users/me").map(\.status)
        XCTAssertEqual(statuses, [200, 401, 200])
    }

    func testRenewalThatDoesNotHelpIsReportedAsUnauthorized() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.faults.expireTokensEveryRequests = 1 }, for: self)
        do {
            _ = try await harness.client.currentUser()
            XCTFail("an expired token was accepted")
        } catch let error as ZoomAPIError {
            guard case .unauthorized(let code, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(code, 124)
        }
        let renewals = await harness.tokens.renewals
        XCTAssertEqual(renewals, 1)
        let requests = await harness.requests("GET", "/users/me")
        XCTAssertEqual(requests.count, 2)
    }

    // MARK: - 429

    func testRateLimitWithRetryAfterSecondsIsWaitedOutThenSentOnceMore() async throws {
        let harness = try await ClientHarness.start(for: self)
        await harness.simulator.forceRateLimit(next: 1, retryAfter: "2")
        _ = try await harness.client.currentUser()
        XCTAssertEqual(harness.clock.sleeps, [2])
        let statuses = await harness.requests("GET", "/users/me").map(\.status)
        XCTAssertEqual(statuses, [429, 200])
    }

    func testRateLimitWithRetryAfterDateIsWaitedOut() async throws {
        let harness = try await ClientHarness.start(for: self)
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "GMT")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        await harness.simulator.forceRateLimit(next: 1, retryAfter: format.string(from: Date().addingTimeInterval(5)))
        _ = try await harness.client.currentUser()
        XCTAssertEqual(harness.clock.sleeps.count, 1)
        XCTAssertTrue((3...5).contains(harness.clock.sleeps.first ?? 0), "\(harness.clock.sleeps)")
        let statuses = await harness.requests("GET", "/users/me").map(\.status)
        XCTAssertEqual(statuses, [429, 200])
    }

    func testDailyLimitIsReportedNotRetried() async throws {
        let harness = try await ClientHarness.start(for: self)
        await harness.simulator.forceRateLimit(next: 1, retryAfter: "60", type: "Daily-limit")
        do {
            _ = try await harness.client.currentUser()
            XCTFail("the daily limit was not reported")
        } catch let ZoomAPIError.rateLimited(info) {
            XCTAssertTrue(info.isDailyLimit)
        }
        XCTAssertEqual(harness.clock.sleeps, [])
        let requests = await harness.requests("GET", "/users/me")
        XCTAssertEqual(requests.count, 1)
    }

    func testRateLimitLongerThanAllowedIsReportedNotWaited() async throws {
        let harness = try await ClientHarness.start(for: self)
        await harness.simulator.forceRateLimit(next: 1, retryAfter: "120")
        do {
            _ = try await harness.client.currentUser()
            XCTFail("a two-minute wait was not reported")
        } catch let ZoomAPIError.rateLimited(info) {
            XCTAssertEqual(info.retryAfter, 120)
        }
        XCTAssertEqual(harness.clock.sleeps, [])
    }

    // MARK: - Reads

    func testReadIsRetriedOnServerErrorsUpToTheLimit() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.faults.serverErrorRate = 1 }, for: self)
        do {
            _ = try await harness.client.currentUser()
            XCTFail("a 5xx answer was taken for success")
        } catch let ZoomAPIError.zoom(status, _, _) {
            XCTAssertTrue([500, 503].contains(status), "\(status)")
        }
        let requests = await harness.requests("GET", "/users/me")
        XCTAssertEqual(requests.count, ClientHarness.retry.readAttempts)
        XCTAssertEqual(harness.clock.sleeps.count, ClientHarness.retry.readAttempts - 1)
    }

    func testReadIsRetriedWhenTheConnectionDrops() async throws {
        let harness = try await ClientHarness.start(for: self)
        await harness.simulator.setFaults(FaultConfiguration(dropBeforeProcessingRate: 1))
        do {
            _ = try await harness.client.currentUser()
            XCTFail("a dropped connection was taken for an answer")
        } catch let ZoomAPIError.transport(error) {
            XCTAssertFalse(error.certainlyNotProcessed, "\(error)")
        }
        let requests = await harness.requests("GET", "/users/me")
        XCTAssertEqual(requests.count, ClientHarness.retry.readAttempts)
    }

    func testMalformedAnswerIsReported() async throws {
        let harness = try await ClientHarness.start(
            ClientHarness.configuration { $0.faults.malformedBodyRate = 1 }, for: self)
        do {
            _ = try await harness.client.currentUser()
            XCTFail("an HTML page was read as a user")
        } catch let error as ZoomAPIError {
            guard case .malformedResponse = error else { return XCTFail("\(error)") }
        }
    }

    // MARK: - Writes

    func testCalloutIsNotRepeatedAfterAnAmbiguousDrop() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        await harness.simulator.setFaults(FaultConfiguration(dropAfterProcessingRate: 1))
        do {
            try await harness.client.send(Self.callout, to: .id(meeting.id))
            XCTFail("a call-out without an answer was reported as sent")
        } catch let ZoomAPIError.transport(error) {
            XCTAssertFalse(error.certainlyNotProcessed, "\(error)")
        }
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
        let requests = await harness.requests("PATCH", "/live_meetings/")
        XCTAssertEqual(requests.count, 1)
    }

    func testCalloutIsRepeatedAfterARateLimit() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        await harness.simulator.forceRateLimit(next: 1, retryAfter: "1")
        try await harness.client.send(Self.callout, to: .id(meeting.id))
        let callouts = await harness.simulator.callouts()
        XCTAssertEqual(callouts.count, 1)
        let statuses = await harness.requests("PATCH", "/live_meetings/").map(\.status)
        XCTAssertEqual(statuses, [429, 202])
        XCTAssertEqual(harness.clock.sleeps, [1])
    }

    func testEndMeetingIsNotRepeatedAfterAServerError() async throws {
        let harness = try await ClientHarness.start(for: self)
        let meeting = try await harness.liveMeeting()
        await harness.simulator.setFaults(FaultConfiguration(serverErrorRate: 1))
        do {
            try await harness.client.endMeeting(.id(meeting.id))
            XCTFail("a 5xx answer was taken for success")
        } catch let ZoomAPIError.zoom(status, _, _) {
            XCTAssertTrue([500, 503].contains(status), "\(status)")
        }
        let requests = await harness.requests("PUT", "/meetings/")
        XCTAssertEqual(requests.count, 1)
    }
}
