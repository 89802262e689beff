#include "CursesShims.h"

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
