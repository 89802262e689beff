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
        items.filter { (showLeft || $0.isPresent) && (needle.isEmpty || "\($0.name) \($0.device ?? "")".lowercased().contains(needle.lowercased())) }
            .map(\.name)
    }

    func testParticipantFilterMatchesAFreshScanAsItGrowsShrinksAndChanges() {
        var list = ParticipantsList(meeting: MeetingTarget(reference: .id(1)))
        list.items = (0..<400).map { index in
            Participant(id: "p\(index)", name: ["Maria Rossi", "Mario Tanaka", "Ånne Ösel", "山田 太郎"][index % 4] + " \(index)",
                        device: ["Mac", "SIP", "Windows"][index % 3], leaveTime: index % 5 == 0 ? F.now : nil)
        }
        for filter in ["m", "ma", "mar", "mari", "maria", "mari", "m", "", "ösel", "Ö", "山田", "sip", "sip 1", "x", ""] {
            list.cursor.filter = filter
            XCTAssertEqual(list.visible.map(\.name), expected(list.items, filter, showLeft: list.showLeft), "filter \"\(filter)\"")
            list.showLeft.toggle()
            XCTAssertEqual(list.visible.map(\.name), expected(list.items, filter, showLeft: list.showLeft), "filter \"\(filter)\", showLeft toggled")
        }
        list.cursor.filter = "mario"
        list.items = Array(list.items.prefix(10)) + [Participant(id: "new", name: "Mario New", device: "iOS")]
        XCTAssertEqual(list.visible.map(\.name), expected(list.items, "mario", showLeft: list.showLeft), "a new list is filtered afresh")
        XCTAssertEqual(list.counts.left, 2)
    }

    func testMeetingFilterNarrowsByTextAndByMeetingID() {
        var state = F.state()
        F.press([.character("/")], in: &state)
        F.type("8", in: &state)
        XCTAssertEqual(state.meetings.visible.map(\.topic), ["Weekly sync", "Design review", "Support standup"], "8 is in every ID")
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
        XCTAssertEqual(Reducer.reduce(&state, .tick), [.refreshMeetings])
        XCTAssertEqual(Renderer.render(state).line(1), "Meetings (3) │ all of the account │ every 30 s", "a background refresh repaints nothing")
        _ = Reducer.reduce(&state, .meetingsLoaded(F.meetings, source: .account))
        XCTAssertEqual(F.press([.character("r")], in: &state), [.refreshMeetings])
        XCTAssertEqual(Renderer.render(state).line(1), "Meetings (3) │ all of the account │ refreshing…")
        _ = Reducer.reduce(&state, .meetingsFailed("Zoom is down"))
        state.now = state.now.addingTimeInterval(61)
        XCTAssertEqual(Renderer.render(state).line(1), "Meetings (3) │ all of the account │ refreshed 14:30:31 (stale), every 30 s")
    }
}

/// Long meeting lists refresh less often, so background refreshes stay within Zoom's list budget.
final class RefreshBudgetTests: XCTestCase {
    func testListsOfManyPagesStretchTheMeetingRefreshInterval() {
        let intervals = RefreshIntervals(meetings: 30, participants: 10)
        XCTAssertEqual(intervals.meetings(listing: 4), 30)
        XCTAssertEqual(intervals.meetings(listing: 600), 30, "2 pages, 4 requests a minute")
        XCTAssertEqual(intervals.meetings(listing: 2000), 84, "7 pages at most 5 requests a minute")
        var state = F.state(meetings: (0..<2000).map { LiveMeeting(id: Int64(1_000 + $0), uuid: "u\($0)", topic: "Meeting \($0)") })
        XCTAssertEqual(state.meetings.nextRefresh, F.now.addingTimeInterval(84))
        XCTAssertEqual(Renderer.render(state).line(1), "Meetings (2000) │ all of the account │ every 84 s")
        state.now = F.now.addingTimeInterval(60)
        XCTAssertEqual(Reducer.reduce(&state, .tick), [], "not due yet")
    }
}
