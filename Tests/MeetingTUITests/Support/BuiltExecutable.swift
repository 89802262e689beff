import Foundation

/// The package's executables, built next to this test bundle (`.build/<triple>/debug/`, or the
/// sanitizer scratch paths), for tests that run the real binaries.
enum BuiltExecutable {
    /// The path of the executable `name`, failing with a clear message when it was not built.
    static func url(_ name: String) throws -> URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        // Under `swift test` the first argument is the .xctest bundle; its directory holds the products.
        if bundle.pathExtension != "xctest", let xctest = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            directory = URL(fileURLWithPath: xctest.bundlePath).deletingLastPathComponent()
        }
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "\(url.path) is missing: run `swift build` first"])
        }
        return url
    }
}
