extension AsyncStream {
    /// A stream and its continuation, as `makeStream()` gives them, except that the stream ends by
    /// itself after `deadline` seconds of wall time: a test waiting for an element that never comes
    /// fails instead of hanging.
    public static func makeStream(endingAfter deadline: Double) -> (
        stream: AsyncStream<Element>, continuation: Continuation
    ) {
        let (stream, continuation) = makeStream()
        Task {
            try? await Task.sleep(nanoseconds: UInt64(deadline * 1_000_000_000))
            continuation.finish()
        }
        return (stream, continuation)
    }
}
