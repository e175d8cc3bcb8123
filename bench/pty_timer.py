#!/usr/bin/env python3
"""Times a terminal program in a real terminal: a tmux pane of its own.

    pty_timer.py COLS ROWS TIMEOUT -- COMMAND... ; steps on stdin, one a line:
      wait TEXT        until TEXT is on the screen (tmux capture-pane)
      gone TEXT        until TEXT is no longer on the screen
      send KEYS        type KEYS literally (\\n is Enter, \\x1b Esc)
      mark NAME        print seconds since launch as NAME

The screen is polled every few milliseconds, the same way for every program
measured, so figures compare programs, not harnesses. Prints `NAME SECONDS`
lines; exits 1 if a wait times out.
"""
import os, shlex, subprocess, sys, tempfile, time, uuid

cols, rows, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
command = sys.argv[sys.argv.index("--") + 1:]
steps = [line.rstrip("\n") for line in sys.stdin if line.strip()]
socket = "folio-bench-" + uuid.uuid4().hex[:8]
env = dict(os.environ, TMUX_TMPDIR=tempfile.mkdtemp())
env.pop("TMUX", None)

def tmux(*args, capture=False):
    return subprocess.run(["tmux", "-L", socket, *args], env=env, check=False,
                          stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).stdout

script = "export LANG=C.UTF-8 TERM=tmux-256color; exec " + " ".join(shlex.quote(c) for c in command)
start = time.monotonic()
tmux("-f", "/dev/null", "new-session", "-d", "-x", cols, "-y", rows, "sh -c " + shlex.quote(script))
failed = False
try:
    for step in steps:
        verb, _, arg = step.partition(" ")
        text = arg.replace("\\n", "\n").replace("\\x1b", "\x1b")
        if verb in ("wait", "gone"):
            deadline = time.monotonic() + timeout
            while (text in tmux("capture-pane", "-p", capture=True).decode("utf-8", "replace")) == (verb == "gone"):
                if time.monotonic() > deadline:
                    print(f"timeout waiting for {arg!r}", file=sys.stderr)
                    failed = True
                    break
                time.sleep(0.003)
            if failed:
                break
        elif verb == "send":
            tmux("send-keys", "-l", text)
        elif verb == "mark":
            print(f"{arg} {time.monotonic() - start:.4f}", flush=True)
finally:
    tmux("kill-server")
sys.exit(1 if failed else 0)
