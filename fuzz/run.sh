#!/usr/bin/env bash
# Fuzzes the capture parser, the HTML and feed formats and the text layout with libFuzzer and
# AddressSanitizer, each for a bounded time (default 60 seconds), and fails
# on any crash, leaving the input that crashed in fuzz/crashes/.
#   bash fuzz/run.sh [SECONDS]   (TARGETS="html" to fuzz only some of parser, html, feed, layout)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
# The libraries are built by SwiftPM with coverage and AddressSanitizer in
# a scratch path of their own; each target is then compiled and linked
# against their objects by swiftc, so that libFuzzer supplies main().
for product in FolioReader FolioHTML FolioFeed; do
  swift build -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address --target $product >/dev/null
done
lib=.build-fuzz/x86_64-unknown-linux-gnu/debug
mkdir -p fuzz/crashes
status=0
for target in ${TARGETS:-parser html feed layout}; do
  # The HTML and feed formats load libxml2 through CLibXML2, found through
  # its module map, and share the promises they are held to.
  extra=()
  if [ "$target" = html ] || [ "$target" = feed ]; then
    extra=(-Xcc -fmodule-map-file=Sources/CLibXML2/include/module.modulemap -I Sources/CLibXML2/include
           "$lib"/FolioHTML.build/*.o "$lib"/CLibXML2.build/*.o fuzz/promises.swift)
  fi
  if [ "$target" = feed ]; then extra+=("$lib"/FolioFeed.build/*.o); fi
  swiftc -g -sanitize=fuzzer,address -parse-as-library -I "$lib/Modules" \
    -Xcc -fmodule-map-file="$lib/CFolioWidth.build/module.modulemap" -I Sources/CFolioWidth/include \
    -Xcc -fmodule-map-file="$lib/CFolioUTF8.build/module.modulemap" -I Sources/CFolioUTF8/include \
    -Xcc -fmodule-map-file="$lib/CFolioLines.build/module.modulemap" -I Sources/CFolioLines/include "${extra[@]}" \
    "fuzz/$target.swift" "$lib"/FolioModel.build/*.o "$lib"/FolioReader.build/*.o "$lib"/CFolioWidth.build/*.o \
    "$lib"/CFolioUTF8.build/*.o "$lib"/CFolioLines.build/*.o \
    -o ".build-fuzz/fuzz-$target" 2> ".build-fuzz/link-$target.log" \
    || { cat ".build-fuzz/link-$target.log"; exit 1; }  # gold warns about each ASan symbol: shown only on failure
  corpus=$(mktemp -d)
  cp fuzz/seeds/$target/* "$corpus"/
  # The parser starts from the sample capture too, kept once in seeds/.
  if [ "$target" = parser ]; then cp seeds/*.txt "$corpus"/; fi
  echo "fuzzing the $target for ${seconds}s"
  # Swift's backtracer would keep libFuzzer from saving the crashing input.
  if ! SWIFT_BACKTRACE=enable=no ".build-fuzz/fuzz-$target" "$corpus" fuzz/seeds/$target \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -dict=fuzz/folio.dict -artifact_prefix="fuzz/crashes/$target-" -print_final_stats=1 \
        > "$corpus.log" 2>&1; then
    echo "the $target crashed; the input is in fuzz/crashes/:"
    grep -iE "error|panic|fatal|precondition|summary" "$corpus.log" | head -20
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$corpus.log" | sed "s/^/  $target: /"
  echo "  $target: corpus grew to $(ls "$corpus" | wc -l) inputs"
  rm -rf "$corpus" "$corpus.log"
done
exit $status
