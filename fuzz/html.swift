// libFuzzer target for the HTML format: any bytes must parse without a
// crash, and what comes out must hold what every format promises
// (promises.swift).
// Built by fuzz/run.sh with -sanitize=fuzzer,address.

import FolioHTML

func check(_ bytes: [UInt8]) {
    holdsPromises(HTMLPage.parse(bytes: bytes, file: "fuzz.html"))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
