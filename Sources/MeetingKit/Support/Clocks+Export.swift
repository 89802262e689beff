/// `MeetingClock` and `SystemClock` live in Clocks, which the simulator shares; whoever imports
/// MeetingKit sees them as before.
@_exported import Clocks
