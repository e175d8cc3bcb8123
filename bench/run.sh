#!/usr/bin/env bash
# folio's performance beside its peers, on synthetic archives, pages and a feed, in one run.
#   bench/run.sh [POSTS]     (default 100000 posts, about 110 MB)
# Builds folio in release mode, generates the archive (seed 7), then prints
# each figure beside a peer's on the same file, with the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8
# Indexes go to the run's own folder. Every figure but those said to be
# "with its index" is of a first opening (--no-index): the parse itself.
export XDG_CACHE_HOME=$work/cache

# Built as the README installs it (release.sh).
bash release.sh --product folio >/dev/null
bash release.sh --product folio-generate >/dev/null
folio=.build/release/folio
big=$work/big.txt
.build/release/folio-generate "$posts" 7 > "$big"
bytes=$(stat -c %s "$big")
mb=$(python3 -c "print(f'{$bytes / 1e6:.1f}')")
# The generator writes newest first, so folio's default order is the file's.
first=$(grep -m1 -E '^ *• ' "$big" | sed -E 's/^ *• //')
last=$(grep -E '^ *• ' "$big" | tail -1 | sed -E 's/^ *• //')
rare=$(grep -m1 -E '^ *• .*Talleyrand' "$big" | sed -E 's/^ *• //')
tail_line=$(tail -1 "$big")
echo "archive: $posts posts, $mb MB ($big)"

# Best of three wall-clock runs, in seconds.
best() {
  python3 - "$@" <<'PY'
import subprocess, sys, time
times = []
for _ in range(3):
    t = time.monotonic()
    subprocess.run(sys.argv[1], shell=True, check=False)
    times.append(time.monotonic() - t)
print(f"{min(times):.4f}")
PY
}
ratio() { python3 -c "print(f'{$1 / max($2, 1e-4):.1f}x')"; }
line() { printf '%-34s %9ss   %-28s %9ss   %s\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$4")"; }

echo
echo "parse (folio --list to /dev/null)"
t_folio=$(best "$folio --no-index --no-state --list $big > /dev/null")
t_wc=$(best "wc -l $big > /dev/null")
t_grep=$(best "grep -c 'Posted by' $big | cat > /dev/null")
line "folio --list" "$t_folio" "wc -l" "$t_wc"
line "folio --list" "$t_folio" "grep -c 'Posted by' | cat" "$t_grep"
echo "  folio parses $(python3 -c "print(f'{$bytes / 1e6 / $t_folio:.0f}')") MB/s; wc -l $(python3 -c "print(f'{$bytes / 1e6 / $t_wc:.0f}')") MB/s"

# In a 100x30 tmux pane: the steps on stdin, run three times; the least
# seconds from launch to the mark t (or from the mark s to t).
pty() {
  local steps
  steps=$(cat)
  for _ in 1 2 3; do printf '%s\n' "$steps" | python3 bench/pty_timer.py 100 30 60 -- "$@"; echo; done \
    | awk '$1=="s"{s=$2} $1=="t"{print $2 - s; s=0}' | sort -g | head -1
}

# The first screen, and the last post after G, of FILE beside less, in
# $reader (folio, with or without its index); f is left at folio's G.
reader="$folio --no-index --no-state"
opening() {
  local file=$1 first=${2:0:30} last=${3:0:30} tail_line=$4 l g
  f=$(printf 'wait %s\nmark t\n' "$first" | pty $reader "$file")
  l=$(printf 'wait %s\nmark t\n' "$first" | pty less "$file")
  line "first screen: folio" "$f" "less" "$l"
  f=$(printf 'wait %s\nsend G\nwait %s\nmark t\n' "$first" "$last" | pty $reader "$file")
  l=$(printf 'wait %s\nmark t\n' "$tail_line" | pty less +G "$file")
  line "open and jump (G): folio" "$f" "less +G" "$l"
  # The key itself, pressed once the first screen is up, in both.
  g=$(printf 'wait %s\nmark s\nsend G\nwait %s\nmark t\n' "$first" "$last" | pty $reader "$file")
  l=$(printf 'wait %s\nmark s\nsend G\nwait %s\nmark t\n' "$first" "$tail_line" | pty less "$file")
  line "  G after the first screen: folio" "$g" "less, then G" "$l"
}

echo
echo "interactive, in a 100x30 tmux pane (seconds, best of three)"
opening "$big" "$first" "$last" "$tail_line"
n=$(printf 'wait %s\nmark t\n' "$tail_line" | pty less -N +G "$big")
line "open and jump (G): folio" "$f" "less -N +G" "$n"

# An archive of a couple of megabytes opens on its start while the rest is
# read, as the large one does.
few=$work/few.txt
.build/release/folio-generate $((posts / 50)) 7 > "$few"
few_first=$(grep -m1 -E '^ *• ' "$few" | sed -E 's/^ *• //')
f=$(printf 'wait %s\nmark t\n' "${few_first:0:30}" | pty $reader "$few")
l=$(printf 'wait %s\nmark t\n' "${few_first:0:30}" | pty less "$few")
line "first screen, $(du -m "$few" | cut -f1) MB: folio" "$f" "less" "$l"

js=$(python3 -c "print('j' * 1000)")
# folio shows the first screen before it has read the whole archive. What a
# person does at once is measured from the first screen, while the rest is
# read; then again once all is in (the header's note is gone).
loaded="reading the rest"
# less -S: after 1000 j the screen starts at line 1001; wait for a line of it.
probe=$(awk -v a=1001 -v b=1028 'NR>=a && NR<=b && length($0) > 40 { print substr($0, 1, 30); exit }' "$big")
l=$(printf 'wait %s\nmark s\nsend %s\nwait %s\nmark t\n' "$first" "$js" "$probe" | pty less -S "$big")
f=$(printf 'wait %s\nmark s\nsend %s\nwait  1001/\nmark t\n' "$first" "$js" | pty $folio --no-index --no-state "$big")
line "1,000 j at once: folio" "$f" "less -S" "$l"
f=$(printf 'wait %s\ngone %s\nmark s\nsend %s\nwait  1001/%s\nmark t\n' "$first" "$loaded" "$js" "$posts" \
    | pty $folio --no-index --no-state "$big")
line "  the same once all is in" "$f" "less -S" "$l"

l=$(printf 'wait %s\nmark s\nsend /Talleyrand\\n\nwait Talleyrand\nmark t\n' "$first" | pty less "$big")
f=$(printf 'wait %s\nmark s\nsend /Talleyrand\\n\nwait %s\nmark t\n' "$first" "${rare:0:40}" \
    | pty $folio --no-index --no-state "$big")
line "/Talleyrand at once: folio" "$f" "less" "$l"
f=$(printf 'wait %s\ngone %s\nmark s\nsend /Talleyrand\\n\nwait %s\nmark t\n' "$first" "$loaded" "${rare:0:40}" \
    | pty $folio --no-index --no-state "$big")
line "  the same once all is in" "$f" "less" "$l"

# 100,000 read marks (a state file of about 7 MB): the first screen beside
# the first screen without them, and beside less.
marks=$work/marks
mkdir -p "$marks"
python3 - "$marks/state.json" <<'PY'
import json, random, sys
random.seed(7)
posts = {f"{random.getrandbits(64):016x}": {"read": True, "part": 0, "at": 1.7e9 + n, "readAt": 1.7e9 + n} for n in range(100000)}
json.dump({"version": 1, "posts": posts, "places": {}, "searches": {}}, open(sys.argv[1], "w"))
PY
f0=$(printf 'wait %s\nmark t\n' "$first" | pty $folio --no-index --no-state "$big")
f=$(printf 'wait %s\nmark t\n' "$first" | pty $folio --no-index --state-dir "$marks" "$big")
line "first screen, 100,000 marks" "$f" "folio without marks" "$f0"

echo
echo "memory (peak resident set)"
rss=$( { /usr/bin/time -f '%M' $folio --no-index --no-state --list "$big" > /dev/null; } 2>&1 | tail -1)
printf '%-34s %7s MB   file %s MB   %s\n' "folio --list" "$((rss / 1024))" "$mb" "$(python3 -c "print(f'{$rss * 1024 / $bytes:.2f}x the file')")"

# A folder of 1,000 saved HTML pages, each one post with a byline, headings,
# a list and code: the first screen comes from the first pages while the
# rest are read, on both cores.
pages=$work/pages
mkdir -p "$pages"
python3 - "$pages" <<'PY'
import os, random, sys
random.seed(7)
words = "Europe policy security markets energy reform trade the and of to in a is that for on with as by".split()
for n in range(1000):
    title = f"Page {n:04d}: " + " ".join(random.choice(words) for _ in range(6)).capitalize()
    paras = "".join("<p>" + " ".join(random.choice(words) for _ in range(random.randint(40, 120))) + ".</p>\n"
                    for _ in range(random.randint(5, 25)))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Bench Blog</title>
<script>var analytics = {{}};</script></head><body><header><nav><a href="/">Home</a></nav></header>
<article><h1 class="entry-title">{title}</h1><p class="byline">By Ada Lindqvist · <time datetime="20{10 + n % 14:02d}-0{1 + n % 9}-1{n % 9}">date</time></p>
<div class="entry-content">{paras}<h2>Notes</h2><ul><li>one item</li><li>another item</li></ul><pre><code>let n = {n}
print(n)</code></pre></div></article><footer>© Bench Blog</footer></body></html>"""
    with open(os.path.join(sys.argv[1], f"page-{n:04d}.html"), "w") as f:
        f.write(html)
PY
first_page=page-0000.html
first_title=$(sed -n 's/.*<h1 class="entry-title">\([^<]*\)<.*/\1/p' "$pages/$first_page")
echo
echo "a folder of 1,000 saved HTML pages ($(du -sm "$pages" | cut -f1) MB)"
t_pages=$(best "$folio --no-index --no-state --list $pages > /dev/null")
t_cat=$(best "cat $pages/*.html | wc -l > /dev/null")
line "folio --list (all pages)" "$t_pages" "cat | wc -l" "$t_cat"
echo "  folio parses $(python3 -c "print(f'{1000 / $t_pages:.0f}')") pages/s on $(nproc) cores"
f=$(printf 'wait Page 00\nmark t\n' | pty $folio --no-index --no-state "$pages")
l=$(printf 'wait %s\nmark t\n' "${first_title:0:30}" | pty less "$pages/$first_page")
line "first screen: folio (folder)" "$f" "less (first page)" "$l"

# A feed of 100,000 items (about 117 MB), read whole: beside xmllint, which
# only checks the XML (libxml2-utils), on the same file.
feed=$work/feed.xml
python3 bench/feed.py 100000 > "$feed"
feed_mb=$(python3 -c "print(f'{$(stat -c %s "$feed") / 1e6:.1f}')")
echo
echo "a feed of 100,000 items ($feed_mb MB)"
t_feed=$(best "$folio --no-index --no-state --list $feed > /dev/null")
if command -v xmllint > /dev/null; then
  t_lint=$(best "xmllint --noout $feed")
  line "folio --list (feed)" "$t_feed" "xmllint --noout" "$t_lint"
  t_stream=$(best "xmllint --noout --stream $feed")
  line "folio --list (feed)" "$t_feed" "xmllint --noout --stream" "$t_stream"
else
  echo "folio --list (feed)                 ${t_feed}s   (xmllint not installed: apt-get install libxml2-utils)"
fi
rss=$( { /usr/bin/time -f '%M' $folio --no-index --no-state --list "$feed" > /dev/null; } 2>&1 | tail -1)
printf '%-34s %7s MB   file %s MB   %s\n' "folio --list (feed)" "$((rss / 1024))" "$feed_mb" \
  "$(python3 -c "print(f'{$rss * 1024 / $(stat -c %s "$feed"):.2f}x the file')")"
if command -v xmllint > /dev/null; then
  lint=$( { /usr/bin/time -f '%M' xmllint --noout "$feed"; } 2>&1 | tail -1)
  printf '%-34s %7s MB\n' "xmllint --noout" "$((lint / 1024))"
fi
# Its first screen comes from its start while the rest is read.
f=$(printf 'wait Item 0\nmark t\n' | pty $folio --no-index --no-state "$feed")
l=$(printf 'wait Bench Feed\nmark t\n' | pty less "$feed")
line "first screen: folio (feed)" "$f" "less" "$l"

# A gigabyte: ten generated archives (different seeds) one after another.
gig=$work/gig.txt
for seed in 1 2 3 4 5 6 7 8 9 10; do .build/release/folio-generate "$posts" "$seed"; done > "$gig"
gig_bytes=$(stat -c %s "$gig")
gig_mb=$(python3 -c "print(f'{$gig_bytes / 1e6:.0f}')")
gig_first=$(grep -m1 -E '^ *• ' "$gig" | sed -E 's/^ *• //')
gig_last=$(grep -E '^ *• ' "$gig" | tail -1 | sed -E 's/^ *• //')
gig_tail=$(tail -1 "$gig")
echo
echo "ten archives one after another ($gig_mb MB)"
opening "$gig" "$gig_first" "$gig_last" "$gig_tail"
f=$(printf 'wait %s\nmark t\n' "$((posts * 10)) posts" | python3 bench/pty_timer.py 100 30 120 -- $folio --no-index --no-state "$gig" | awk '{print $2}')
printf '%-34s %9ss\n' "all of it in the reader" "$f"
t_folio=$( { /usr/bin/time -f '%e %M' $folio --no-index --no-state --list "$gig" > /dev/null; } 2>&1 | tail -1)
t_wc=$(best "wc -l $gig > /dev/null")
line "folio --list" "${t_folio% *}" "wc -l" "$t_wc"
printf '%-34s %7s MB   file %s MB   %s\n' "folio --list, peak memory" "$(( ${t_folio#* } / 1024 ))" "$gig_mb" \
  "$(python3 -c "print(f'{${t_folio#* } * 1024 / $gig_bytes:.2f}x the file')")"

# Opened again: the index the --list above wrote is read instead of the file.
echo
echo "the same, opened again with its index"
t_index=$(best "$folio --no-state --list $gig > /dev/null")
line "folio --list, from the index" "$t_index" "wc -l" "$t_wc"
rss=$( { /usr/bin/time -f '%M' $folio --no-state --list "$gig" > /dev/null; } 2>&1 | tail -1)
printf '%-34s %7s MB   file %s MB\n' "  its peak memory" "$((rss / 1024))" "$gig_mb"
reader="$folio --no-state"
opening "$gig" "$gig_first" "$gig_last" "$gig_tail"
f=$(printf 'wait %s\nmark t\n' "$((posts * 10)) posts" | python3 bench/pty_timer.py 100 30 120 -- $reader "$gig" | awk '{print $2}')
printf '%-34s %9ss\n' "all of it in the reader" "$f"

# The benchmark archive too, its index written by a --list first.
echo
echo "the $mb MB archive, opened again with its index"
$folio --no-state --list "$big" > /dev/null
t_index=$(best "$folio --no-state --list $big > /dev/null")
t_wc=$(best "wc -l $big > /dev/null")
line "folio --list, from the index" "$t_index" "wc -l" "$t_wc"
opening "$big" "$first" "$last" "$tail_line"
