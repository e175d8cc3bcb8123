#!/usr/bin/env bash
# Builds folio in release mode as it is installed and benchmarked: the Swift
# runtime inside the binary, and Foundation proper left out of it.
#
# No code of folio uses more than FoundationEssentials, but TOMLKit imports
# Foundation (for Data and Date, which are FoundationEssentials' own), and
# linked statically that import drew all of Foundation, CoreFoundation and
# ICU into folio through a symbol two of those libraries both define: an
# 83 MB binary, 35 MB without, and about 1 ms more at every start. So their
# libraries are not linked at all: a use of one fails here, at the link, not
# at a run. Arguments go on to `swift build` (`--product folio`).
set -euo pipefail
cd "$(dirname "$0")"
flags=()
for library in Foundation CoreFoundation _FoundationICU FoundationInternationalization; do
  flags+=(-Xswiftc -Xfrontend -Xswiftc -disable-autolink-library -Xswiftc -Xfrontend -Xswiftc "$library")
done
swift build -c release --static-swift-stdlib "${flags[@]}" "$@"
