#!/usr/bin/env bash
# Builds folio.1 and the bash, zsh and fish completions into man/out, from
# the argument definitions (swift-argument-parser's generate-manual plugin
# and --generate-completion-script), adds the sections the parser does not
# know (keys, files, environment, exit status), and checks that every
# option is in each of them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=man/out
mkdir -p "$out"
swift build --product folio >/dev/null
bin="$(swift build --show-bin-path)/folio"
swift package generate-manual --configuration debug >/dev/null
generated=.build/plugins/GenerateManual/outputs/folio/folio.1

# The keys, from the keymap: `Title` lines, then `  keys  what they do`.
keys=$("$bin" --keys | awk '
  /^[^ ]/ { if (open) print ".El"; print ".Ss " $0; print ".Bl -tag -width Ds -compact"; open = 1; next }
  /^  / { sub(/^  /, ""); split($0, parts, /  +/); print ".It Sy " parts[1]; print parts[2] }
  END { if (open) print ".El" }')

# The parser's own EXIT STATUS (.Ex -std) gives way to folio's sections.
awk -v keys="$keys" -v sections="$(cat man/sections.mdoc)" '
  /^\.Sh "EXIT STATUS"/ { print ".Sh KEYS"; print keys; print sections; skip = 1; next }
  skip && /^\.Sh / { skip = 0 }
  !skip { print }' "$generated" > "$out/folio.1"

"$bin" --generate-completion-script bash > "$out/folio.bash"
"$bin" --generate-completion-script zsh > "$out/_folio"
"$bin" --generate-completion-script fish > "$out/folio.fish"

# Every option of --help is in the page and in each completion.
options=$("$bin" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
missing=0
for option in $options; do
  grep -qF -- "Fl -${option#--}" "$out/folio.1" || { echo "man page lacks $option" >&2; missing=1; }
  for completion in folio.bash _folio folio.fish; do
    name=${option#--}
    grep -qE -- "(--$name|-l '$name')" "$out/$completion" || { echo "$completion lacks $option" >&2; missing=1; }
  done
done
for section in KEYS FILES ENVIRONMENT "EXIT STATUS"; do
  grep -q "^\.Sh $section" "$out/folio.1" || { echo "man page lacks $section" >&2; missing=1; }
done
grep -q "next unread post" "$out/folio.1" || { echo "man page lacks the keys" >&2; missing=1; }
if command -v mandoc >/dev/null 2>&1; then mandoc -T lint -W warning "$out/folio.1" || true; fi
[ "$missing" = 0 ] || exit 1
echo "man page and completions: $(echo "$options" | wc -w) options in each, in $out"
