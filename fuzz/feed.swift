// libFuzzer target for the feed formats (RSS, Atom, JSON Feed): any bytes
// must parse without a crash or a hang, and what comes out must hold what
// every format promises (promises.swift).
// Built by fuzz/run.sh with -sanitize=fuzzer,address.

import FolioFeed

func check(_ bytes: [UInt8]) {
    holdsPromises(Feed.parse(bytes: bytes, file: "fuzz.xml"))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
