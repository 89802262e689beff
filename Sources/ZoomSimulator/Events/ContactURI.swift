/// The SIP Contact URI a called room system reports as its `sip_uri`. As Zoom documents, it may
/// differ from the address dialled: another host (an IP address) or a transport parameter. The
/// simulator varies it with the call's position in the log, so clients meet every form.
enum ContactURI {
    /// The Contact URI of the `index`th call-out to `dialled`: as dialled, at an IP address over TLS,
    /// or as dialled with `;transport=tcp`, in turn.
    static func reported(forDialled dialled: String, index: Int) -> String {
        let address = dialled.split(separator: "?", maxSplits: 1).first.map(String.init) ?? dialled
        switch index % 3 {
        case 0:
            return dialled
        case 1:
            let afterScheme = address.drop { $0 != ":" }.dropFirst()
            let user = afterScheme.lastIndex(of: "@").map { String(afterScheme[..<$0]) + "@" } ?? ""
            return "sip:\(user)203.0.113.\(index % 250 + 1):5061;transport=tls"
        default:
            return address + ";transport=tcp"
        }
    }
}
