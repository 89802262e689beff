extension SimulatorState {
    /// The answer for a REST error, its message ending in the configured stranger's text.
    func answer(_ error: APIError) -> OutgoingResponse {
        var error = error
        error.message += configuration.strangerText ?? ""
        return error.response
    }

    /// The answer for an OAuth error, its reason ending in the configured stranger's text.
    func answer(_ error: OAuthError) -> OutgoingResponse {
        var error = error
        error.reason += configuration.strangerText ?? ""
        return error.response
    }
}
