import FoundationEssentials

/// The credentials kept between runs, in `tokens.json` under the config directory (0600, in a 0700
/// directory, replaced atomically). It has two slots: the operator's login (a pasted token or user
/// OAuth with its refresh token) and a cache of the current Server-to-Server token, so the cache
/// never overwrites a login. Changes that depend on what is stored go through `update(_:)`, which
/// holds `tokens.lock` so processes take turns.
public struct TokenStore: Sendable {
    /// Everything in the store file.
    public struct Contents: Sendable, Hashable, Codable {
        /// The operator's login: `.pasted` or `.userOAuth`.
        public var login: StoredCredentials?
        /// The last Server-to-Server token, reused until it is about to expire.
        public var serverToServer: StoredCredentials?

        /// Contents with the given slots filled.
        public init(login: StoredCredentials? = nil, serverToServer: StoredCredentials? = nil) {
            self.login = login
            self.serverToServer = serverToServer
        }

        /// Whether nothing is stored.
        public var isEmpty: Bool { login == nil && serverToServer == nil }

        private enum CodingKeys: String, CodingKey {
            case version, login
            case serverToServer = "server_to_server"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let version = try container.decode(Int.self, forKey: .version)
            guard version == TokenStore.formatVersion else {
                throw DecodingError.dataCorruptedError(
                    forKey: .version, in: container,
                    debugDescription: "format version \(version) is not supported")
            }
            login = try container.decodeIfPresent(StoredCredentials.self, forKey: .login)
            serverToServer = try container.decodeIfPresent(StoredCredentials.self, forKey: .serverToServer)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(TokenStore.formatVersion, forKey: .version)
            try container.encodeIfPresent(login, forKey: .login)
            try container.encodeIfPresent(serverToServer, forKey: .serverToServer)
        }
    }

    static let formatVersion = 1

    /// The store file.
    public let file: URL
    /// The lock taken by `update(_:)`.
    public let lock: FileLock

    /// A store in the given config directory.
    public init(directory: ConfigDirectory) {
        file = directory.tokenFile
        lock = FileLock(file: directory.tokenLockFile)
    }

    /// Reads the store; an absent file reads as empty.
    /// - Throws: `TokenStoreError` when the file is readable by others, or corrupt.
    public func load() throws(TokenStoreError) -> Contents {
        let data: Data?
        do { data = try SecureFile.read(file, holdsSecrets: true) } catch { throw .file(error) }
        guard let data else { return Contents() }
        do {
            return try JSONDecoder().decode(Contents.self, from: data)
        } catch {
            throw .corrupt(path: file.path, reason: Self.reason(error))
        }
    }

    /// Replaces the store atomically. An empty `contents` deletes the file.
    public func save(_ contents: Contents) throws(TokenStoreError) {
        do {
            if contents.isEmpty {
                try SecureFile.delete(file)
                return
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data: Data
            do { data = try encoder.encode(contents) } catch {
                throw TokenStoreError.corrupt(path: file.path, reason: "could not encode: \(error)")
            }
            try SecureFile.write(data, to: file)
        } catch let error as FileSecurityError {
            throw .file(error)
        } catch let error as TokenStoreError {
            throw error
        } catch {
            throw .corrupt(path: file.path, reason: "\(error)")
        }
    }

    /// Reads, changes and writes the store while holding `tokens.lock`, so a change based on what
    /// is stored never races another process. `change` may await (a token refresh); whatever it
    /// leaves in `contents` is written, then the lock is released.
    public func update<Result: Sendable>(_ change: (inout Contents) async throws -> Result) async throws -> Result {
        try await lock.withLock {
            var contents = try load()
            let original = contents
            let result = try await change(&contents)
            if contents != original { try save(contents) }
            return result
        }
    }

    /// Deletes the stored credentials (`meeting-tui logout`) once `farewell` has seen them (to revoke
    /// them at Zoom), all under the lock, so no refresh in another process rotates them in between.
    /// An unreadable store is deleted all the same. Returns whether anything was stored.
    @discardableResult
    public func deleteAll(after farewell: (Contents) async -> Void = { _ in }) async throws -> Bool {
        try await lock.withLock {
            await farewell((try? load()) ?? Contents())
            do { return try SecureFile.delete(file) } catch let error as FileSecurityError {
                throw TokenStoreError.file(error)
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "the field \(key.stringValue) is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "the field \(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        default: return "not valid JSON"
        }
    }
}
