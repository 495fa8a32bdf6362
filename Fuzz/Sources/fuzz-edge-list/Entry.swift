import Glibc

// SwiftPM links an executable with `main` defined as `<module>_main`, and `-sanitize=fuzzer` links libFuzzer,
// whose `main` calls `LLVMFuzzerTestOneInput`. Both symbols are given here; `main` hands the harness to
// libFuzzer's driver, which parses libFuzzer's usual flags. (The target is compiled with -parse-as-library.)

/// libFuzzer's driver, in the runtime that `-sanitize=fuzzer` links.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("fuzz_edge_list_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argumentCount = argc
    var arguments = argv
    return runFuzzerDriver(&argumentCount, &arguments) { data, size in fuzzEdgeList(data, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzEdgeList(data, size)
}
