import Glibc

/// The name of the temporary file an atomic write fills before renaming it over its target:
/// `.<target>.<writer pid>.<random>.tmp`, hidden, in the target's directory. The writer's process
/// ID lets a later writer tell a file abandoned by a killed process from one still being written.
struct TemporaryName: Equatable {
    /// The name of the file being replaced.
    let target: String
    /// The process writing it.
    let writer: pid_t
    /// Keeps two writes by one process apart.
    let nonce: UInt32

    init(target: String, writer: pid_t, nonce: UInt32 = .random(in: 0...UInt32.max)) {
        self.target = target
        self.writer = writer
        self.nonce = nonce
    }

    /// Reads a directory entry's name; nil when it is not such a temporary file.
    init?(fileName: String) {
        guard fileName.hasPrefix("."), fileName.hasSuffix(".tmp") else { return nil }
        let fields = fileName.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard fields.count >= 3, let writer = pid_t(fields[fields.count - 2]), writer > 0,
            let nonce = UInt32(fields[fields.count - 1])
        else { return nil }
        self.init(target: fields.dropLast(2).joined(separator: "."), writer: writer, nonce: nonce)
    }

    /// The directory entry's name.
    var fileName: String { ".\(target).\(writer).\(nonce).tmp" }
}
