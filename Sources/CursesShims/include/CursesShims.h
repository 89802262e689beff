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

#endif
