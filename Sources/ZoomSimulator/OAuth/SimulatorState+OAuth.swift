import FoundationEssentials
import PlainText

extension SimulatorState {
    private struct TokenBody: Encodable {
        var accessToken: String
        var tokenType = "bearer"
        var refreshToken: String?
        var expiresIn: Int
        var scope: String
        var apiUrl: String
    }

    private struct DeviceCodeBody: Encodable {
        var deviceCode: String
        var userCode: String
        var verificationUri: String
        var verificationUriComplete: String
        var expiresIn: Int
        var interval: Int
    }

    /// Handles a request outside `/v2`: the OAuth endpoints of zoom.us. Returns the answer and the
    /// client ID the request identified itself with.
    func handleOAuth(_ request: IncomingRequest, now: Date) -> (OutgoingResponse, String?) {
        let params = request.formParameters
        let clientID = request.basicCredentials?.id ?? params["client_id"]
        do throws(OAuthError) {
            switch (request.method, request.rawPath) {
            case ("POST", "/oauth/token"): return (try token(request, params: params, now: now), clientID)
            case ("GET", "/oauth/authorize"): return (try authorize(params, now: now), clientID)
            case ("POST", "/oauth/devicecode"): return (try deviceCode(request, params: params, now: now), clientID)
            case ("GET", "/oauth/device"): return (approveFromPage(params), clientID)
            case ("POST", "/oauth/revoke"): return (try revoke(request, params: params), clientID)
            default: return (answer(APIError.unknownPath), clientID)
            }
        } catch {
            return (answer(error), clientID)
        }
    }

    // MARK: - Clients

    /// The app a request authenticates as: Basic credentials (or `client_id` + `client_secret`
    /// parameters) must match; with `allowPublic`, a bare `client_id` of a user OAuth app is accepted.
    /// Returns the app and whether a secret was presented.
    private func client(_ request: IncomingRequest, params: [String: String], allowPublic: Bool) throws(OAuthError) -> (
        SimulatedApp, Bool
    ) {
        if let basic = request.basicCredentials
            ?? params["client_secret"].flatMap({ secret in params["client_id"].map { ($0, secret) } })
        {
            guard let app = configuration.app(clientID: basic.0), app.clientSecret == basic.1 else {
                throw .invalidClient
            }
            return (app, true)
        }
        guard allowPublic, let id = params["client_id"], let app = configuration.app(clientID: id),
            app.kind == .userOAuth
        else {
            throw .invalidClient
        }
        return (app, false)
    }

    // MARK: - Token endpoint

    private func token(_ request: IncomingRequest, params: [String: String], now: Date) throws(OAuthError)
        -> OutgoingResponse
    {
        let grant = params["grant_type"] ?? ""
        switch grant {
        case "account_credentials":
            let (app, _) = try client(request, params: params, allowPublic: false)
            guard app.kind == .serverToServer else {
                throw .unauthorizedClient("The app is not a Server-to-Server OAuth app.")
            }
            guard let account = params["account_id"], !account.isEmpty else {
                throw .invalidRequest("Missing account_id")
            }
            guard account == app.accountID else { throw .invalidRequest("Invalid account_id") }
            return tokenResponse(for: app, refreshable: false, now: now)
        case "authorization_code":
            let (app, authenticated) = try client(request, params: params, allowPublic: true)
            let result = tokens.redeemCode(
                params["code"] ?? "", clientID: app.clientID, redirectURI: params["redirect_uri"],
                verifier: params["code_verifier"], clientAuthenticated: authenticated, now: now)
            return tokenResponse(for: try result.get(), refreshable: true, now: now)
        case "refresh_token":
            let (app, _) = try client(request, params: params, allowPublic: true)
            let result = tokens.spendRefreshToken(params["refresh_token"] ?? "", clientID: app.clientID)
            return tokenResponse(for: try result.get(), refreshable: true, now: now)
        case "urn:ietf:params:oauth:grant-type:device_code":
            let (app, _) = try client(request, params: params, allowPublic: true)
            let result = tokens.pollDevice(
                params["device_code"] ?? "", clientID: app.clientID,
                interval: configuration.deviceInterval, now: now)
            return tokenResponse(for: try result.get(), refreshable: true, now: now)
        default:
            throw .unsupportedGrant(grant)
        }
    }

    private func tokenResponse(for app: SimulatedApp, refreshable: Bool, now: Date) -> OutgoingResponse {
        let token = tokens.issue(
            for: app, scopes: app.scopes, lifetime: configuration.tokenLifetime, now: now, using: &random)
        let refresh = refreshable ? tokens.issueRefreshToken(for: app, using: &random) : nil
        return .json(
            TokenBody(
                accessToken: token.value, refreshToken: refresh, expiresIn: Int(configuration.tokenLifetime),
                scope: token.scopes.joined(separator: " "), apiUrl: oauthBase),
            note: "token issued to \(app.clientID)")
    }

    // MARK: - Authorization code

    /// `GET /oauth/authorize`: approves at once, as if the user clicked Allow, and redirects back with a code.
    private func authorize(_ params: [String: String], now: Date) throws(OAuthError) -> OutgoingResponse {
        guard params["response_type"] == "code" else { throw .invalidRequest("response_type must be code") }
        guard let id = params["client_id"], let app = configuration.app(clientID: id), app.kind == .userOAuth else {
            throw .invalidClient
        }
        guard let redirect = params["redirect_uri"], !redirect.isEmpty else {
            throw .invalidRequest("Missing redirect_uri")
        }
        let challenge = params["code_challenge"]
        if challenge != nil, params["code_challenge_method"] != "S256" {
            throw .invalidRequest("code_challenge_method must be S256")
        }
        let code = tokens.issueCode(
            AuthorizationCode(
                app: app, redirectURI: redirect, codeChallenge: challenge,
                expiresAt: now.addingTimeInterval(600)), using: &random)
        var location = redirect + (redirect.contains("?") ? "&" : "?") + "code=\(PercentEncoding.encode(code))"
        if let state = params["state"] { location += "&state=\(PercentEncoding.encode(state))" }
        var response = OutgoingResponse.redirect(to: location)
        response.note = "authorization approved for \(app.clientID)"
        return response
    }

    // MARK: - Device grant

    /// `POST /oauth/devicecode`: starts a device authorization for a user OAuth app.
    private func deviceCode(_ request: IncomingRequest, params: [String: String], now: Date) throws(OAuthError)
        -> OutgoingResponse
    {
        let (app, _) = try client(request, params: params, allowPublic: true)
        guard app.kind == .userOAuth else { throw .unauthorizedClient("The device grant needs a user OAuth app.") }
        let device = tokens.startDeviceAuthorization(
            for: app, lifetime: configuration.deviceCodeLifetime, now: now, using: &random)
        let page = "\(oauthBase)/oauth/device"
        return .json(
            DeviceCodeBody(
                deviceCode: device.deviceCode, userCode: device.userCode, verificationUri: page,
                verificationUriComplete: "\(page)?user_code=\(device.userCode)",
                expiresIn: Int(configuration.deviceCodeLifetime),
                interval: Int(configuration.deviceInterval.rounded(.up))),
            note: "device code issued to \(app.clientID)")
    }

    /// `GET /oauth/device?user_code=...`: the verification page; opening it approves the code.
    private func approveFromPage(_ params: [String: String]) -> OutgoingResponse {
        guard let code = params["user_code"], tokens.approveDevice(userCode: code) else {
            return .text(
                "<html><body><p>Enter the code shown on your device: add ?user_code=CODE to this address.</p></body></html>",
                status: 400, contentType: "text/html;charset=UTF-8")
        }
        var response = OutgoingResponse.text(
            "<html><body><p>Device approved. You can return to your terminal.</p></body></html>",
            contentType: "text/html;charset=UTF-8")
        response.note = "device approved"
        return response
    }

    // MARK: - Revocation

    /// `POST /oauth/revoke?token=...`: revokes an access or refresh token.
    private func revoke(_ request: IncomingRequest, params: [String: String]) throws(OAuthError) -> OutgoingResponse {
        _ = try client(request, params: params, allowPublic: true)
        guard let token = params["token"], tokens.revoke(token) else { throw .invalidRequest("Invalid token") }
        return .json(["status": "success"], note: "token revoked")
    }
}
