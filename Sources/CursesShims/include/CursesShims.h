#ifndef CURSES_SHIMS_H
#define CURSES_SHIMS_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>

/// Attribute and key values that ncurses defines as macros Swift cannot import.
attr_t cursesshim_a_normal(void);
attr_t cursesshim_a_bold(void);
attr_t cursesshim_a_reverse(void);
attr_t cursesshim_a_dim(void);
attr_t cursesshim_a_underline(void);
attr_t cursesshim_color_pair(short pair);
int cursesshim_key_f(int n);
/// Screen size without touching the LINES/COLS globals.
int cursesshim_rows(WINDOW *window);
int cursesshim_cols(WINDOW *window);
/// Writes one cell: a string of one base character plus combining marks, with attributes and colour pair.
int cursesshim_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attrs, short pair);

/// Starts curses on the process's stdin/stdout (`newterm(NULL, stdout, stdin)`); NULL when the terminal type is unknown
/// or cannot move the cursor (`TERM=dumb`), so that a full screen cannot be drawn on it.
SCREEN *cursesshim_newterm(void);
/// The standard screen window of the current terminal.
WINDOW *cursesshim_stdscr(void);
/// A non-blocking, close-on-exec pipe: fds[0] to read, fds[1] to write. Returns 0 or -1.
int cursesshim_wake_pipe(int fds[2]);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGWINCH that only write the signal's
/// number (one byte) to `fd` (the self-pipe trick). Returns 0, or -1 if a handler could not be set.
int cursesshim_install_wake_signals(int fd);
/// Puts SIGINT, SIGTERM, SIGHUP and SIGWINCH back to their default handling.
void cursesshim_reset_wake_signals(void);
/// The terminal's size from the tty (TIOCGWINSZ); returns -1 when `fd` is not a terminal.
int cursesshim_tty_size(int fd, int *rows, int *cols);

#endif
