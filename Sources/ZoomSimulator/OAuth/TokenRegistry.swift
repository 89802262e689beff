import FoundationEssentials

/// Every token, refresh token, authorization code and device code the simulator has issued.
struct TokenRegistry: Sendable {
    private var tokens: [String: IssuedToken] = [:]
    private var refreshGrants: [String: RefreshGrant] = [:]
    private var codes: [String: AuthorizationCode] = [:]
    private var devices: [String: DeviceAuthorization] = [:]

    // MARK: - Access tokens

    /// Issues an access token for an app.
    mutating func issue(
        for app: SimulatedApp, scopes: [String], lifetime: TimeInterval, now: Date,
        using random: inout SeededGenerator
    ) -> IssuedToken {
        let token = IssuedToken(
            value: "sim." + random.token(length: 40), app: app, scopes: scopes,
            expiresAt: now.addingTimeInterval(lifetime))
        tokens[token.value] = token
        return token
    }

    /// The token behind a bearer value, or the reason it is refused.
    func authenticate(_ value: String?, now: Date) -> Result<IssuedToken, APIError> {
        guard let value, let token = tokens[value], !token.revoked else { return .failure(.invalidToken()) }
        guard token.expiresAt > now else { return .failure(.invalidToken(expired: true)) }
        return .success(token)
    }

    /// The token behind a value, valid or not (for logging who sent a request).
    func lookup(_ value: String?) -> IssuedToken? {
        value.flatMap { tokens[$0] }
    }

    /// Makes every token issued so far expired.
    mutating func expireAll(now: Date) {
        tokens = tokens.mapValues { token in
            var token = token
            token.expiresAt = min(token.expiresAt, now)
            return token
        }
    }

    /// Revokes an access or refresh token; whether it was known.
    mutating func revoke(_ value: String) -> Bool {
        if tokens[value] != nil {
            tokens[value]?.revoked = true
            return true
        }
        if refreshGrants[value] != nil {
            refreshGrants[value]?.spent = true
            return true
        }
        return false
    }

    // MARK: - Refresh tokens

    /// Issues a new refresh token for a user OAuth app.
    mutating func issueRefreshToken(for app: SimulatedApp, using random: inout SeededGenerator) -> String {
        let value = "simr." + random.token(length: 40)
        refreshGrants[value] = RefreshGrant(app: app)
        return value
    }

    /// Spends a refresh token: it must exist, be unspent and belong to `clientID`.
    mutating func spendRefreshToken(_ value: String, clientID: String) -> Result<SimulatedApp, OAuthError> {
        guard let grant = refreshGrants[value], !grant.spent, grant.app.clientID == clientID else {
            return .failure(.spentToken)
        }
        refreshGrants[value]?.spent = true
        return .success(grant.app)
    }

    // MARK: - Authorization codes

    /// Records a new authorization code.
    mutating func issueCode(_ code: AuthorizationCode, using random: inout SeededGenerator) -> String {
        let value = random.token(length: 32)
        codes[value] = code
        return value
    }

    /// Redeems an authorization code once, checking client, redirect URI and PKCE verifier.
    mutating func redeemCode(
        _ value: String, clientID: String, redirectURI: String?, verifier: String?,
        clientAuthenticated: Bool, now: Date
    ) -> Result<SimulatedApp, OAuthError> {
        guard let code = codes[value], !code.used, code.expiresAt > now, code.app.clientID == clientID else {
            return .failure(.invalidCode)
        }
        codes[value]?.used = true
        guard redirectURI == code.redirectURI else { return .failure(.invalidRequest("redirect_uri does not match")) }
        if let challenge = code.codeChallenge {
            guard let verifier, PKCE.verify(verifier: verifier, challenge: challenge) else {
                return .failure(OAuthError(status: 400, error: "invalid_grant", reason: "Invalid code_verifier"))
            }
        } else if !clientAuthenticated {
            return .failure(.invalidClient)
        }
        return .success(code.app)
    }

    // MARK: - Device codes

    /// Starts a device authorization.
    mutating func startDeviceAuthorization(
        for app: SimulatedApp, lifetime: TimeInterval, now: Date,
        using random: inout SeededGenerator
    ) -> DeviceAuthorization {
        let letters = Array("BCDFGHJKLMNPQRSTVWXZ")
        let userCode = String((0..<8).map { _ in letters.randomElement(using: &random)! })
        let device = DeviceAuthorization(
            app: app, deviceCode: random.token(length: 43), userCode: userCode,
            expiresAt: now.addingTimeInterval(lifetime))
        devices[device.deviceCode] = device
        return device
    }

    /// Marks the device authorization with this user code as allowed by the user.
    mutating func approveDevice(userCode: String) -> Bool {
        let wanted = userCode.uppercased().filter { $0 != "-" && $0 != " " }
        guard let key = devices.first(where: { $0.value.userCode == wanted })?.key else { return false }
        devices[key]?.approved = true
        return true
    }

    /// One poll of the token endpoint with a device code.
    mutating func pollDevice(_ deviceCode: String, clientID: String, interval: TimeInterval, now: Date) -> Result<
        SimulatedApp, OAuthError
    > {
        guard var device = devices[deviceCode], device.app.clientID == clientID, !device.consumed else {
            return .failure(OAuthError(status: 400, error: "invalid_grant", reason: "Invalid device code"))
        }
        defer { devices[deviceCode] = device }
        guard device.expiresAt > now else { return .failure(.expiredDeviceCode) }
        let tooSoon = device.lastPoll.map { now.timeIntervalSince($0) < interval } ?? false
        device.lastPoll = now
        if tooSoon { return .failure(.slowDown) }
        guard device.approved else { return .failure(.pending) }
        device.consumed = true
        return .success(device.app)
    }
}
