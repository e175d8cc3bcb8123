#!/usr/bin/env bash
# Renders each page.html of the corpus into the two text captures people make
# of it: lynx.txt (`lynx -dump`) and w3m.txt (`w3m -dump`), at 80 columns.
# The captures are committed, so tests need neither browser; run this only to
# add a page (needs Debian's lynx and w3m). A <base> with the page's own
# address goes in first, so lynx's References list the page's real links and
# not this machine's paths.
set -euo pipefail
cd "$(dirname "$0")"
[ $# -gt 0 ] || set -- */
for dir in "$@"; do
  dir=${dir%/}
  [ -f "$dir/page.html" ] || continue
  url=$(sed -n 's/^ *"url": *"\(.*\)",*$/\1/p' "$dir/expected.json" | head -1)
  # The address goes into sed's replacement, where & and | are special.
  esc=$(printf '%s' "$url" | sed 's/[&|\\]/\\&/g')
  tmp=$(mktemp --suffix=.html)
  { printf '<base href="%s">\n' "$url"; cat "$dir/page.html"; } > "$tmp"
  # Links to the page itself (#top, empty hrefs) name the temporary file.
  lynx -dump -force_html -display_charset=utf-8 -width=80 "$tmp" |
    sed -e "s|file://localhost$tmp|$esc|g" -e "s|file://$tmp|$esc|g" > "$dir/lynx.txt"
  w3m -dump -T text/html -O UTF-8 -cols 80 "$tmp" > "$dir/w3m.txt"
  rm -f "$tmp"
done
