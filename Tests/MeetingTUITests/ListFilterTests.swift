import Foundation
import MeetingKit
import XCTest

@testable import MeetingConsole

private typealias F = ConsoleFixtures

/// The kept filter matches: growing, shrinking and replacing the filter, new lists and `showLeft`
/// give what filtering the whole list afresh gives; background refreshes leave the title alone.
final class ListFilterTests: XCTestCase {
    /// Every participant whose name or device contains `needle`, the slow way.
    private func expected(_ items: [Participant], _ needle: String, showLeft: Bool) -> [String] {
        items.filter {
            (showLeft || $0.isPresent)
                && (needle.isEmpty || "\($0.name) \($0.device ?? "")".lowercased().contains(needle.lowercased()))
        }
        .map(\.name)
    }

    func testParticipantFilterMatchesAFreshScanAsItGrowsShrinksAndChanges() {
        var list = ParticipantsList(meeting: MeetingTarget(reference: .id(1)))
        list.items = (0..<400).map { index in
            Participant(
                id: "p\(index)", name: ["Maria Rossi", "Mario Tanaka", "Ånne Ösel", "山田 太郎"][index % 4] + " \(index)",
                device: ["Mac", "SIP", "Windows"][index % 3], leaveTime: index % 5 == 0 ? F.now : nil)
        }
        for filter in ["m", "ma", "mar", "mari", "maria", "mari", "m", "", "ösel", "Ö", "山田", "sip", "sip 1", "x", ""] {
            list.cursor.filter = filter
            XCTAssertEqual(
                list.visible.map(\.name), expected(list.items, filter, showLeft: list.showLeft), "filter \"\(filter)\"")
            list.showLeft.toggle()
            XCTAssertEqual(
                list.visible.map(\.name), expected(list.items, filter, showLeft: list.showLeft),
                "filter \"\(filter)\", showLeft toggled")
        }
        list.cursor.filter = "mario"
        list.items = Array(list.items.prefix(10)) + [Participant(id: "new", name: "Mario New", device: "iOS")]
        XCTAssertEqual(
            list.visible.map(\.name), expected(list.items, "mario", showLeft: list.showLeft),
            "a new list is filtered afresh")
        XCTAssertEqual(list.counts.left, 2)
    }

    func testMeetingFilterNarrowsByTextAndByMeetingID() {
        var state = F.state()
        F.press([.character("/")], in: &state)
        F.type("8", in: &state)
        XCTAssertEqual(
            state.meetings.visible.map(\.topic), ["Weekly sync", "Design review", "Support standup"], "8 is in every ID"
        )
        F.type("57", in: &state)
        XCTAssertEqual(state.meetings.visible.map(\.topic), ["Weekly sync"])
        F.press([.backspace, .backspace, .backspace], in: &state)
        F.type("sup", in: &state)
        XCTAssertEqual(state.meetings.visible.map(\.topic), ["Support standup"])
        F.press([.backspace, .backspace, .backspace], in: &state)
        XCTAssertEqual(state.meetings.visible.count, 3)
    }

    func testOnlyRefreshesTheOperatorAskedForSayRefreshing() {
        var state = F.state()
        state.now = F.now.addingTimeInterval(31)
        XCTAssertEqual(Reducer.reduce(&state, .tick), [.refreshMeetings(pages: 1)])
        XCTAssertEqual(
            Renderer.render(state).line(1), "Meetings (3) │ all of the account │ every 30 s",
            "a background refresh repaints nothing")
        _ = Reducer.reduce(&state, .meetingsLoaded(F.meetings, source: .account))
        XCTAssertEqual(F.press([.character("r")], in: &state), [.refreshMeetings(pages: 1)])
        XCTAssertEqual(Renderer.render(state).line(1), "Meetings (3) │ all of the account │ refreshing…")
        _ = Reducer.reduce(&state, .meetingsFailed("Zoom is down"))
        state.now = state.now.addingTimeInterval(61)
        XCTAssertEqual(
            Renderer.render(state).line(1), "Meetings (3) │ all of the account │ refreshed 14:30:31 (stale), every 30 s"
        )
    }
}

/// Refresh intervals follow from Zoom's rate labels and daily cap (PollingBudget), per page the
/// view holds; the meeting list is fetched page by page as the view reaches its end.
final class RefreshBudgetTests: XCTestCase {
    typealias F = ConsoleFixtures

    func testFloorsFollowFromEachEndpointsLabelAndTheDailyCap() {
        XCTAssertEqual(PollingBudget.secondsPerRequest(.dashboardMeetings), 12, "a quarter of 20 a minute")
        XCTAssertEqual(
            PollingBudget.secondsPerRequest(.dashboardParticipants), 6, "a quarter of 60,000 a day is one per 5.76 s")
        XCTAssertEqual(PollingBudget.secondsPerRequest(.userMeetings), 2, "a quarter of 2 a second")
    }

    func testIntervalsGrowWithThePagesTheViewHolds() {
        let intervals = RefreshIntervals(meetings: 10, participants: 5)
        XCTAssertEqual(intervals.meetings(pages: 1, source: .account), 12)
        XCTAssertEqual(intervals.meetings(pages: 7, source: .account), 84)
        XCTAssertEqual(intervals.meetings(pages: 1, source: .user), 10)
        XCTAssertEqual(intervals.participants(listing: 8), 6)
        XCTAssertEqual(intervals.participants(listing: 10_000), 204, "34 pages, one per 6 s")
    }

    func testTheFirstPageIsShownAndTheNextFetchedWhenTheCursorReachesTheEnd() {
        var state = F.state(loaded: false)
        XCTAssertEqual(
            Reducer.reduce(&state, .meetingsLoaded(F.meetings, source: .account, nextPageToken: "page-2")), [])
        XCTAssertEqual(Renderer.render(state).line(1), "Meetings (3+) │ all of the account │ every 30 s")
        XCTAssertEqual(F.press([.down], in: &state), [])
        XCTAssertEqual(F.press([.down], in: &state), [.loadMoreMeetings(.account, token: "page-2")])
        XCTAssertEqual(F.press([.down], in: &state), [], "one page at a time")
        XCTAssertEqual(
            Renderer.render(state).line(1), "Meetings (3+) │ all of the account │ loading more… │ every 30 s")

        let next = [LiveMeeting(id: 77_777_777_777, uuid: "u4", topic: "Page two"), F.meetings[0]]
        XCTAssertEqual(Reducer.reduce(&state, .moreMeetingsLoaded(next, nextPageToken: nil)), [])
        XCTAssertEqual(
            state.meetings.items.map(\.topic), F.meetings.map(\.topic) + ["Page two"],
            "a meeting that moved pages is listed once")
        XCTAssertEqual(state.meetings.pages, 2)
        state.now = F.now.addingTimeInterval(30)
        XCTAssertEqual(
            Reducer.reduce(&state, .tick), [.refreshMeetings(pages: 2)], "a refresh reads the pages the view holds")
    }

    func testAFilterWithFewMatchesFetchesTheNextPage() {
        var state = F.state(loaded: false)
        _ = Reducer.reduce(
            &state, .meetingsLoaded(F.meetings, source: .user, nextPageToken: "page-2", note: "no Dashboard"))
        F.press([.character("/")], in: &state)
        XCTAssertEqual(F.type("x", in: &state), [.loadMoreMeetings(.user, token: "page-2")])
    }

    func testTheUsersOwnListSaysInstantMeetingsAreMissing() {
        var state = F.state(loaded: false)
        _ = Reducer.reduce(
            &state,
            .meetingsLoaded(
                F.meetings, source: .user, note: "the account-wide list needs dashboard_meetings:read:admin"))
        XCTAssertEqual(state.log.count, 1)
        XCTAssertEqual(
            state.message,
            StatusMessage(
                "Showing your scheduled meetings only: the account-wide list needs dashboard_meetings:read:admin. "
                    + "Zoom's list of a user's meetings leaves out instant meetings: :meeting ID opens one by its ID.",
                role: .warning))
        let title = Renderer.render(withColumns(state, 160)).line(1)
        XCTAssertEqual(
            title, "Meetings (3) │ your scheduled meetings (instant ones are not listed: :meeting ID) │ every 30 s")
        _ = Reducer.reduce(
            &state,
            .meetingsLoaded(
                F.meetings, source: .user, note: "the account-wide list needs dashboard_meetings:read:admin"))
        XCTAssertEqual(state.log.count, 1, "said once, not on every refresh")
    }

    private func withColumns(_ state: AppState, _ columns: Int) -> AppState {
        var wide = state
        wide.size = TerminalSize(rows: state.size.rows, columns: columns)
        return wide
    }
}
