/// What the fault configuration decided for one API request.
struct FaultPlan: Sendable {
    /// Seconds to wait before handling.
    var delay: Double = 0
    /// Answer with this 5xx status instead of processing.
    var serverError: Int?
    var dropBeforeProcessing = false
    var dropAfterProcessing = false
    var malformedBody = false

    /// Draws the decisions for one request.
    init(_ faults: FaultConfiguration, method: String, random: inout SeededGenerator) {
        if let latency = faults.latency { delay = Double.random(in: latency, using: &random) }
        if let spike = faults.latencySpike, random.chance(faults.latencySpikeRate) {
            delay += Double.random(in: spike, using: &random)
        }
        if random.chance(faults.dropBeforeProcessingRate) {
            dropBeforeProcessing = true
        } else if random.chance(faults.serverErrorRate) {
            serverError = Bool.random(using: &random) ? 500 : 503
        } else if random.chance(faults.dropAfterProcessingRate) {
            dropAfterProcessing = true
        } else if method == "GET" && random.chance(faults.malformedBodyRate) {
            malformedBody = true
        }
    }

    /// The answer for an injected server error: 500 with JSON, 503 with an HTML page as a proxy sends it.
    static func serverErrorResponse(_ status: Int) -> OutgoingResponse {
        var response =
            status == 500
            ? APIError(status: 500, code: 500, message: "Internal Server Error").response
            : .text(
                "<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503</h1></body></html>",
                status: 503, contentType: "text/html")
        response.note = "injected \(status)"
        return response
    }

    /// A 200 whose body is not JSON.
    static let malformedResponse: OutgoingResponse = {
        var response = OutgoingResponse.text(
            "<html><body>Service gateway: upstream sent an invalid answer</body></html>", contentType: "text/html")
        response.note = "injected malformed body"
        return response
    }()
}
