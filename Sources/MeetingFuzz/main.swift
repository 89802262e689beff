import Foundation
import FuzzTargets

#if canImport(Glibc)
    import Glibc
#endif

// `meeting-fuzz TARGET [libFuzzer options]`: runs one fuzz target under libFuzzer.
// libFuzzer is only linked in when built with `-sanitize=fuzzer` (scripts/fuzz.sh does); its
// `LLVMFuzzerRunDriver` is looked up at run time so that the ordinary build links too.

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
typealias RunDriver =
    @convention(c) (
        UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        FuzzCallback
    ) -> Int32

/// The target this process fuzzes; set once before libFuzzer starts calling back.
nonisolated(unsafe) var selectedTarget: FuzzTarget?

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
    let names = FuzzTarget.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
    FileHandle.standardError.write(Data("usage: meeting-fuzz TARGET [libFuzzer options]\ntargets:\n\(names)\n".utf8))
    exit(2)
}
guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "LLVMFuzzerRunDriver") else {
    FileHandle.standardError.write(
        Data("meeting-fuzz was built without libFuzzer: build it with scripts/fuzz.sh (-sanitize=fuzzer)\n".utf8))
    exit(2)
}
selectedTarget = target
let runDriver = unsafeBitCast(symbol, to: RunDriver.self)

// libFuzzer sees the program name followed by its own options (the target name is dropped).
var driverArguments = [arguments[0]] + arguments.dropFirst(2)
var cStrings: [UnsafeMutablePointer<CChar>?] = driverArguments.map { strdup($0) } + [nil]
var argc = Int32(driverArguments.count)
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return runDriver(&argc, &argv) { data, size in
        let input = data.map { Data(bytes: $0, count: size) } ?? Data()
        selectedTarget?.run(input)
        return 0
    }
}
exit(status)
