import FoundationEssentials
import Glibc
import PlainText

/// The zone times of day are shown in: the machine's local zone (`TZ`, else `/etc/localtime`, as
/// the C library reads them), or UTC (what tests pin, whatever the machine's zone).
public enum DisplayTimeZone: Sendable, Equatable {
    case local
    case utc

    /// "14:05", or "14:05:09" with `seconds`: the time of day of `date` in this zone, the second's
    /// fraction dropped.
    public func clock(_ date: Date, seconds: Bool = false) -> String {
        let (hour, minute, second) = timeOfDay(date)
        let hoursAndMinutes = String(zeroPadding: hour, width: 2) + ":" + String(zeroPadding: minute, width: 2)
        return seconds ? hoursAndMinutes + ":" + String(zeroPadding: second, width: 2) : hoursAndMinutes
    }

    private func timeOfDay(_ date: Date) -> (hour: Int, minute: Int, second: Int) {
        let utc = CivilTime(date)
        let interval = date.timeIntervalSince1970
        guard self == .local, interval.isFinite, interval.magnitude < 1e12 else {
            return (utc.hour, utc.minute, utc.second)
        }
        var moment = time_t(interval.rounded(.down))
        var fields = tm()
        guard localtime_r(&moment, &fields) != nil else { return (utc.hour, utc.minute, utc.second) }
        return (Int(fields.tm_hour), Int(fields.tm_min), Int(fields.tm_sec))
    }
}
