/// Why the token store could not be used.
public enum TokenStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is unsafe or could not be read or written.
    case file(FileSecurityError)
    /// The file is not a token store meeting-tui can read.
    case corrupt(path: String, reason: String)

    public var description: String {
        switch self {
        case .file(let error):
            return error.description
        case .corrupt(let path, let reason):
            return "the stored credentials in \(path) cannot be read (\(reason)); "
                + "run `meeting-tui logout` to delete them and log in again"
        }
    }
}
