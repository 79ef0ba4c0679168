/*
 * table.h - the command line's rendering of a use case's answer: cells of
 * a table and a letter's text, safe for a terminal (no escape sequences,
 * no bidirectional overrides, wide characters counted as two columns), the
 * pager, RFC 4180 CSV.
 */
#ifndef MB_TABLE_H
#define MB_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The display width of s, controls counted as the one space they print as. */
size_t table_width(const char *s);

/* Prints s on one line, controls as spaces, in at most max columns (0: no
 * limit), cut at a whole character with "…" when longer; pads with spaces
 * to pad columns. */
void table_cell(FILE *out, const char *s, size_t max, size_t pad);

/* Prints a letter's text, each line indented; tabs and new lines kept,
 * other controls (escape sequences) shown as U+FFFD. */
void table_text(FILE *out, const char *s, const char *indent);

/* The terminal's width, else $COLUMNS, else 0 (no limit: a pipe). */
size_t table_term_width(void);

/* Standard output, or $PAGER (default "less -FRX") when it is a terminal;
 * table_pager_close() returns EX_OK or EX_IOERR (a write that failed). */
FILE *table_pager_open(bool *paged);
int table_pager_close(FILE *f, bool paged);

/* One RFC 4180 field (NULL: empty), then "," or, when last, CRLF. A field
 * a spreadsheet would take for a formula is neutralised by a leading
 * single quote. */
void table_csv(FILE *out, const char *s, bool last);

#endif
