#!/usr/bin/env python3
"""Times two or more builds of a terminal program side by side, in turn.

    first_frame.py N TEXT -- COMMAND... [-- COMMAND...]

Each command is started N times in a pty of its own (100x30), in turn with
the others, and timed from the spawn to the moment TEXT is written to the
pty; the median and the tenth percentile are printed in ms. No tmux between:
a change of a millisecond at start is seen, which bench/pty_timer.py's
polling of a tmux pane would blur.
"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

n, text = int(sys.argv[1]), sys.argv[2].encode()
commands = []
for word in sys.argv[3:]:
    if word == "--":
        commands.append([])
    else:
        commands[-1].append(word)

def once(command):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    seen, took = b"", None
    while time.perf_counter() - start < 5:
        if select.select([fd], [], [], 0.5)[0]:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
            if text in seen:
                took = time.perf_counter() - start
                break
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return took

times = [[] for _ in commands]
for _ in range(n):
    for k, command in enumerate(commands):
        times[k].append(once(command))
for command, taken in zip(commands, times):
    done = sorted(t for t in taken if t is not None)
    if not done:
        print(f"{' '.join(command)}: TEXT never seen")
        continue
    print(f"{' '.join(command)}: median {done[len(done) // 2] * 1000:.2f} ms, "
          f"p10 {done[len(done) // 10] * 1000:.2f} ms ({len(done)} of {n} seen)")
