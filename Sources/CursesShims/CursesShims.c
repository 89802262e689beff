#define _GNU_SOURCE 1
#include <fcntl.h>
#include <stdio.h>
#include "CursesShims.h"
#include <ncursesw/term.h>

attr_t cursesshim_a_normal(void) { return A_NORMAL; }
attr_t cursesshim_a_bold(void) { return A_BOLD; }
attr_t cursesshim_a_reverse(void) { return A_REVERSE; }
attr_t cursesshim_a_dim(void) { return A_DIM; }
attr_t cursesshim_a_underline(void) { return A_UNDERLINE; }
attr_t cursesshim_color_pair(short pair) { return COLOR_PAIR(pair); }
int cursesshim_key_f(int n) { return KEY_F(n); }
int cursesshim_rows(WINDOW *window) { return getmaxy(window); }
int cursesshim_cols(WINDOW *window) { return getmaxx(window); }

int cursesshim_put_cell(WINDOW *window, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(window, y, x, &cell);
}

#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <errno.h>

static volatile sig_atomic_t wake_fd = -1;
static const int wake_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGWINCH };

static void cursesshim_wake(int signal_number) {
    int saved = errno;
    unsigned char byte = (unsigned char)signal_number;
    if (wake_fd >= 0) { ssize_t ignored = write(wake_fd, &byte, 1); (void)ignored; }
    errno = saved;
}

int cursesshim_install_wake_signals(int fd) {
    wake_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cursesshim_wake;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof wake_signals / sizeof wake_signals[0]; i++) {
        if (sigaction(wake_signals[i], &action, NULL) != 0) return -1;
    }
    return 0;
}

void cursesshim_reset_wake_signals(void) {
    for (size_t i = 0; i < sizeof wake_signals / sizeof wake_signals[0]; i++) signal(wake_signals[i], SIG_DFL);
    wake_fd = -1;
}

int cursesshim_tty_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

SCREEN *cursesshim_newterm(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return NULL;
    /* A terminal that cannot move the cursor (TERM=dumb, a printing terminal) would show a garbled screen. */
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (const char *)-1) {
        endwin();
        delscreen(screen);
        return NULL;
    }
    return screen;
}
WINDOW *cursesshim_stdscr(void) { return stdscr; }
int cursesshim_wake_pipe(int fds[2]) { return pipe2(fds, O_NONBLOCK | O_CLOEXEC); }
