#include "CFolioTerminal.h"
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <termios.h>

SCREEN *folio_newterm(FILE *input) { return newterm(NULL, stdout, input); }

FILE *folio_stdin(void) { return stdin; }

void folio_flow_control_off(FILE *input) {
    struct termios modes;
    int fd = fileno(input);
    if (tcgetattr(fd, &modes) != 0) return;
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    tcsetattr(fd, TCSANOW, &modes);
}

void folio_flush(void) { fflush(stdout); }

// The terminal's own sequences, past curses, which has no notion of them
// (SGR mouse mode, OSC 8 and OSC 52): after what curses has buffered.
void folio_write_raw(const char *bytes, size_t count) {
    fflush(stdout);
    while (count > 0) {
        ssize_t n = write(1, bytes, count);
        if (n <= 0) return;
        bytes += n;
        count -= (size_t)n;
    }
}

static volatile sig_atomic_t sgr_mouse_on = 0;
void folio_note_sgr_mouse(int on) { sgr_mouse_on = on; }
WINDOW *folio_stdscr(void) { return stdscr; }

int folio_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static volatile sig_atomic_t quit_signal = 0;

static void on_quit_signal(int sig) { quit_signal = sig; }

void folio_catch_quit_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_quit_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    // Every signal whose default ends the process ends folio the same way,
    // the terminal restored: SIGQUIT's core dump and Swift's backtrace too.
    int ending[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE};
    for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
        struct sigaction old;
        sigaction(ending[i], NULL, &old);
        // A SIGPIPE the parent chose to ignore stays ignored (writes then fail with EPIPE).
        if (ending[i] == SIGPIPE && old.sa_handler == SIG_IGN) continue;
        sigaction(ending[i], &action, NULL);
    }
    // A parent may hand down a blocked mask (threads of a runtime block
    // everything, and posix_spawn keeps the mask): unblock what folio handles.
    sigset_t handled;
    sigemptyset(&handled);
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGTSTP, SIGCONT, SIGWINCH};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&handled, signals[i]);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

int folio_take_quit_signal(void) {
    int sig = quit_signal;
    quit_signal = 0;
    return sig;
}

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define CRASH_SIGNALS (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous[CRASH_SIGNALS];

static void on_crash(int sig) {
    if (!isendwin()) endwin();
    if (sgr_mouse_on) write(1, "\033[?1006l\033[?1000l", 16);
    for (unsigned i = 0; i < CRASH_SIGNALS; i++) {
        if (crash_signals[i] == sig) sigaction(sig, &previous[i], NULL);
    }
    raise(sig);
    // Swift's reporter returns so that a faulting instruction faults again;
    // a signal sent with kill(1) would then let folio run on, off screen.
    signal(sig, SIG_DFL);
    raise(sig);
}

void folio_restore_on_crash(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER | SA_RESETHAND;
    for (unsigned i = 0; i < CRASH_SIGNALS; i++) sigaction(crash_signals[i], &action, &previous[i]);
}
