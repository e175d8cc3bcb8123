#ifndef CFOLIOTERMINAL_H
#define CFOLIOTERMINAL_H
// Only NCURSES_WIDECHAR: glibc feature macros here would make glibc's
// structs differ from those of Swift's Glibc and Dispatch modules.
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

// Macros Swift cannot import, as constants.
static const attr_t FOLIO_A_BOLD = A_BOLD;
static const attr_t FOLIO_A_REVERSE = A_REVERSE;
static const attr_t FOLIO_A_UNDERLINE = A_UNDERLINE;
static const attr_t FOLIO_A_DIM = A_DIM;
static const attr_t FOLIO_A_ITALIC = A_ITALIC;
static const mmask_t FOLIO_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t FOLIO_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t FOLIO_BUTTON5_PRESSED = BUTTON5_PRESSED;

// Opens curses on the process's terminal; NULL where TERM is unknown
// (newterm, unlike initscr, returns instead of exiting).
SCREEN *folio_newterm(FILE *input);
FILE *folio_stdin(void);
// Ctrl-S and Ctrl-Q are keys, not flow control, while the reader runs;
// curses' endwin puts back the modes the terminal had.
void folio_flow_control_off(FILE *input);
// Bytes for the terminal itself, after what curses has buffered.
void folio_write_raw(const char *bytes, size_t count);
// Sends what putp, vid_attr and mvcur wrote: they go through stdio's
// stdout, which curses' own drawing (flushed by doupdate) does not.
void folio_flush(void);
// Whether a crash must switch SGR mouse reports off.
void folio_note_sgr_mouse(int on);
WINDOW *folio_stdscr(void);
// Whether the terminal can move the cursor (TERM=dumb cannot).
int folio_can_address_cursor(void);
// curses' COLORS and COLOR_PAIRS: C globals Swift 6 will not read directly.
static inline int folio_colors(void) { return COLORS; }
static inline int folio_color_pairs(void) { return COLOR_PAIRS; }

// SIGINT, SIGTERM, SIGHUP and the other signals that would end the
// process only record the signal, without SA_RESTART so
// that a blocked read returns; the loop restores the terminal and exits.
// Installed before curses starts, so that ncurses keeps its own out.
void folio_catch_quit_signals(void);
int folio_take_quit_signal(void);

// On a crash: restore the terminal, then let the previous handler (Swift's
// backtracer) run, so its report is readable.
void folio_restore_on_crash(void);
#endif
