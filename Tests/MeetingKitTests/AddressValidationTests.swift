import MeetingKit
import XCTest

final class AddressValidationTests: XCTestCase {
    private func sip(_ input: String) throws -> String {
        try RoomSystemAddress.parse(callType: .sip, input: input).address
    }
    private func h323(_ input: String) throws -> String {
        try RoomSystemAddress.parse(callType: .h323, input: input).address
    }

    private func assertSIPRejected(
        _ input: String, mentions fragment: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try sip(input), file: file, line: line) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains(fragment), "\(text) should mention \(fragment)", file: file, line: line)
        }
    }

    func testValidSIPURIsAreAcceptedAndCanonical() throws {
        XCTAssertEqual(try sip("sip:boardroom@example.com"), "sip:boardroom@example.com")
        XCTAssertEqual(try sip("SIPS:Room@Video.Example.COM:5061"), "sips:Room@video.example.com:5061")
        XCTAssertEqual(try sip("sip:example.com"), "sip:example.com")
        XCTAssertEqual(
            try sip("sip:room@[2001:db8::1]:5060;transport=tls"), "sip:room@[2001:db8::1]:5060;transport=tls")
        XCTAssertEqual(try sip("sip:alice%20smith@10.0.0.5;lr"), "sip:alice%20smith@10.0.0.5;lr")
        XCTAssertEqual(
            try sip("sip:+14155550100@gw.example.com;user=phone"), "sip:+14155550100@gw.example.com;user=phone")
        XCTAssertEqual(
            try sip("sip:room@host.example.com?subject=hello&priority=urgent"),
            "sip:room@host.example.com?subject=hello&priority=urgent")
    }

    func testBareAddressesBecomeSIPURIs() throws {
        XCTAssertEqual(try sip("room@example.com"), "sip:room@example.com")
        XCTAssertEqual(try sip("10.1.2.3"), "sip:10.1.2.3")
        XCTAssertEqual(try sip("  room@10.1.2.3:5070 "), "sip:room@10.1.2.3:5070")
        XCTAssertEqual(try sip("[2001:db8::5]"), "sip:[2001:db8::5]")
    }

    func testInvalidSIPURIsSayWhatIsWrong() {
        assertSIPRejected("", mentions: "empty")
        assertSIPRejected("sip:", mentions: "nothing after")
        assertSIPRejected("sip:room@", mentions: "host is missing")
        assertSIPRejected("sip:@example.com", mentions: "user part")
        assertSIPRejected("sip:room@exa mple.com", mentions: "space")
        assertSIPRejected("sip:room@256.1.1.1", mentions: "not a valid IPv4")
        assertSIPRejected("sip:room@example.com:99999", mentions: "port")
        assertSIPRejected("sip:room@2001:db8::1", mentions: "brackets")
        assertSIPRejected("sip:room@[2001:db8::zz]", mentions: "IPv6")
        assertSIPRejected("sip:ro<om@example.com", mentions: "must be escaped")
        assertSIPRejected("sip:room%2@example.com", mentions: "two hex digits")
        assertSIPRejected("sip:room@exa_mple.com", mentions: "host name")
        assertSIPRejected("sip:room@-bad.example.com", mentions: "hyphen")
        assertSIPRejected("sip:room@example..com", mentions: "empty label")
        assertSIPRejected("tel:+14155550100", mentions: "not sip")
        assertSIPRejected("https://example.com", mentions: "not sip")
        assertSIPRejected("sip:röom@example.com", mentions: "non-ASCII")
        assertSIPRejected("sip:room@example.com;", mentions: "empty ;parameter")
    }

    func testH323AddressForms() throws {
        XCTAssertEqual(try h323("10.0.0.5"), "10.0.0.5")
        XCTAssertEqual(try h323("10.0.0.5:1720"), "10.0.0.5:1720")
        XCTAssertEqual(try h323("2001:db8::7"), "2001:db8::7")
        XCTAssertEqual(try h323("[2001:db8::7]:1720"), "[2001:db8::7]:1720")
        XCTAssertEqual(try h323("mcu.example.com"), "mcu.example.com")
        XCTAssertEqual(try h323("+4930123456"), "+4930123456")
        XCTAssertEqual(try h323("4930123456"), "4930123456")
        XCTAssertEqual(try h323("boardroom@gk.example.com"), "boardroom@gk.example.com")
        XCTAssertEqual(try h323("10.0.0.5##1234"), "10.0.0.5##1234")
    }

    func testInvalidH323AddressesSayWhatIsWrong() {
        let cases: [(String, String)] = [
            ("", "empty"), ("10.0.0.256", "IPv4"), ("sip:room@example.com", "choose SIP"),
            ("10.0.0.5##", "extension"), ("##1234", "before ##"), ("+12", "3 to 15 digits"),
            ("@gk.example.com", "alias"), ("mcu.example.com:0", "port"), ("mcu example.com", "space"),
            ("+49 30x", "space"),
        ]
        for (input, fragment) in cases {
            XCTAssertThrowsError(try h323(input), input) { error in
                XCTAssertTrue(String(describing: error).contains(fragment), "\(error) should mention \(fragment)")
            }
        }
    }

    func testMeetingIDsAsOperatorsTypeThem() throws {
        XCTAssertEqual(try MeetingReference(parsing: "85746065432"), .id(85_746_065_432))
        XCTAssertEqual(try MeetingReference(parsing: "857 4606 5432"), .id(85_746_065_432))
        XCTAssertEqual(try MeetingReference(parsing: "857-4606-5432"), .id(85_746_065_432))
        XCTAssertEqual(try MeetingReference(parsing: "4444AAAiAAAAAiAiAiiAii=="), .uuid("4444AAAiAAAAAiAiAiiAii=="))
        XCTAssertEqual(MeetingReference.id(85_746_065_432).description, "857 4606 5432")
        for bad in ["", "12345", "1234567890123", "857 4606 543a", "meeting!", "0000000000"] {
            XCTAssertThrowsError(try MeetingReference(parsing: bad), bad)
        }
    }

    func testUUIDsThatZoomWantsDoubleEncoded() {
        XCTAssertEqual(
            MeetingReference.uuid("/ajXp112QmuoKj4854875==").pathSegment, "%252FajXp112QmuoKj4854875%253D%253D")
        XCTAssertEqual(MeetingReference.uuid("ab//cd+ef==").pathSegment, "ab%252F%252Fcd%252Bef%253D%253D")
        XCTAssertEqual(MeetingReference.uuid("abc/def+g==").pathSegment, "abc%2Fdef%2Bg%3D%3D")
        XCTAssertEqual(MeetingReference.id(85_746_065_432).pathSegment, "85746065432")
    }

    func testSIPHeadersAndCallerURI() throws {
        XCTAssertEqual(try CalloutDetails.header(parsing: "X-Ticket=INC-42"), .init(key: "X-Ticket", value: "INC-42"))
        XCTAssertThrowsError(try CalloutDetails.header(parsing: "Ticket=1"))
        XCTAssertThrowsError(try CalloutDetails.header(parsing: "X-Ticket"))
        XCTAssertThrowsError(try CalloutDetails.header(parsing: "X-Bad Name=1"))
        XCTAssertThrowsError(try CalloutDetails.header(parsing: "X-Break=a\r\nInjected: yes"))
        let eleven = (1...11).map { InMeetingEvent.SIPHeader(key: "X-H\($0)", value: "v") }
        XCTAssertThrowsError(try CalloutDetails.validate(headers: eleven))
        XCTAssertThrowsError(
            try CalloutDetails.validate(headers: [.init(key: "X-A", value: "1"), .init(key: "x-a", value: "2")]))
        XCTAssertEqual(try CalloutDetails.fromURI("sip:ops@example.com"), "sip:ops@example.com")
        XCTAssertThrowsError(try CalloutDetails.fromURI("ops@example.com"))
    }

    func testSIPHeaderAndCallerLimitsAreZoomsDocumentedOnes() throws {
        let key32 = "X-" + String(repeating: "k", count: 30)
        XCTAssertNoThrow(try CalloutDetails.validate(.init(key: key32, value: String(repeating: "v", count: 256))))
        XCTAssertThrowsError(try CalloutDetails.validate(.init(key: key32 + "k", value: "v"))) { error in
            XCTAssertEqual((error as? InputError)?.reason, "the name is 33 bytes long, Zoom takes at most 32")
        }
        XCTAssertThrowsError(
            try CalloutDetails.validate(.init(key: "X-Long", value: String(repeating: "v", count: 257)))
        ) { error in
            XCTAssertEqual((error as? InputError)?.reason, "the value is 257 bytes long, Zoom takes at most 256")
        }
        let ten = (1...10).map { InMeetingEvent.SIPHeader(key: "X-H\($0)", value: "v") }
        XCTAssertNoThrow(try CalloutDetails.validate(headers: ten))

        let fromURI256 = "sip:" + String(repeating: "u", count: 240) + "@example.com"
        XCTAssertEqual(fromURI256.utf8.count, 256)
        XCTAssertEqual(try CalloutDetails.fromURI(fromURI256), fromURI256)
        XCTAssertThrowsError(try CalloutDetails.fromURI("sip:u" + fromURI256.dropFirst(4))) { error in
            XCTAssertEqual((error as? InputError)?.reason, "the caller URI is 257 bytes long, Zoom takes at most 256")
        }

        XCTAssertNoThrow(try CalloutDetails.displayName(String(repeating: "n", count: 64)))
        XCTAssertThrowsError(try CalloutDetails.displayName(String(repeating: "n", count: 65)))
        XCTAssertThrowsError(
            try CalloutDetails.displayName(String(repeating: "🚀", count: 33)), "Zoom counts UTF-16 units: 66")
    }

    func testSingleLabelSIPHostIsRefusedButIPLiteralsAndDomainsPass() throws {
        assertSIPRejected("boardroom", mentions: "\"boardroom\" is a single name, which Zoom's cloud cannot resolve")
        assertSIPRejected("sip:room@boardroom", mentions: "single name")
        assertSIPRejected("sip:room@boardroom.:5060", mentions: "single name")
        XCTAssertEqual(try sip("sip:room@10.1.2.3"), "sip:room@10.1.2.3")
        XCTAssertEqual(try sip("sip:room@[2001:db8::1]"), "sip:room@[2001:db8::1]")
        XCTAssertEqual(try sip("boardroom.example.com"), "sip:boardroom.example.com")
    }

    func testPhoneNumbersNormaliseToE164AndKeepTheExtension() throws {
        let cases: [(typed: String, sent: String)] = [
            ("+1 (415) 555-0100", "+14155550100"),
            ("+1-415-555-0100", "+14155550100"),
            ("+44 20 7946-0958", "+442079460958"),
            ("+1 603 233 1333-156", "+16032331333-156"),
            ("+16032331333-156", "+16032331333-156"),
            ("+1-603-233-1333-156", "+16032331333-156"),
            ("+1 603 233 1333 x156", "+16032331333-156"),
            ("+1 603 233 1333 ext. 156", "+16032331333-156"),
            ("+1 603 233 1333 Ext. 156", "+16032331333-156"),
            ("+1 603 233 1333 EXT 156", "+16032331333-156"),
            ("+1 603 233 1333 X156", "+16032331333-156"),
        ]
        for (typed, sent) in cases {
            XCTAssertEqual(try PhoneNumber(parsing: typed).description, sent, typed)
        }
        XCTAssertEqual(try PhoneNumber(parsing: "+1 603 233 1333-156").phoneExtension, "156")
        XCTAssertThrowsError(try PhoneNumber(parsing: "4155550100"))
        XCTAssertThrowsError(try PhoneNumber(parsing: "+1 415 CALL NOW"))
        XCTAssertThrowsError(try PhoneNumber(parsing: "+123"))
        XCTAssertThrowsError(try PhoneNumber(parsing: "+1 603 233 1333 x")) { error in
            XCTAssertEqual((error as? InputError)?.reason, "the extension may hold only digits")
        }
    }

    func testPhoneCalloutDefaultsToZoomsGreetingAndPressOne() throws {
        let call = try CalloutDetails.phoneCallout(number: "+1 603 233 1333-156", name: " ")
        XCTAssertEqual(
            call,
            InMeetingEvent.PhoneCallout(
                inviteeName: "+16032331333-156", phoneNumber: "+16032331333-156",
                requireGreeting: true, requirePressingOne: true))
        let quiet = try CalloutDetails.phoneCallout(
            number: "+14155550100", name: "Dr. Who", requireGreeting: false, requirePressingOne: false)
        XCTAssertFalse(quiet.requireGreeting)
        XCTAssertFalse(quiet.requirePressingOne)
        XCTAssertThrowsError(
            try CalloutDetails.phoneCallout(number: "+14155550100", name: String(repeating: "n", count: 65)))
    }

    func testInviteRequestRejectsSIPOnlyOptionsForH323() throws {
        let target = try RoomSystemAddress.parse(callType: .h323, input: "10.0.0.5")
        let request = InviteRequest(meeting: .id(85_746_065_432), target: target, fromURI: "sip:ops@example.com")
        XCTAssertThrowsError(try request.validated())
    }

    func testCalloutEventBodyMatchesZoomsSchema() throws {
        let target = try RoomSystemAddress.parse(callType: .sip, input: "room@example.com")
        let event = InMeetingEvent.roomSystemCallout(
            .init(
                callType: .sip, deviceAddress: target.address, fromDisplayName: "Ops",
                toDisplayName: "Boardroom", fromURI: "sip:ops@example.com",
                additionalHeaders: [.init(key: "X-Ticket", value: "42")]))
        let json = String(decoding: event.requestBody(), as: UTF8.self)
        XCTAssertEqual(
            json,
            #"{"method":"participant.invite.room_system_callout","params":{"call_type":"sip","device_ip":"sip:room@example.com","sip_headers":{"additional_headers":[{"key":"X-Ticket","value":"42"}],"from_display_name":"Ops","from_uri":"sip:ops@example.com","to_display_name":"Boardroom"}}}"#
        )
        let h323 = InMeetingEvent.roomSystemCallout(
            .init(callType: .h323, deviceAddress: "10.0.0.5", toDisplayName: "Lab"))
        XCTAssertEqual(
            String(decoding: h323.requestBody(), as: UTF8.self),
            #"{"method":"participant.invite.room_system_callout","params":{"call_type":"h323","device_ip":"10.0.0.5","h323_headers":{"to_display_name":"Lab"}}}"#
        )
    }
}
