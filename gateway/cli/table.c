/*
 * table.c - what the command line shows of a use case's answer (table.h):
 * cells and text that a terminal can show safely, the pager, CSV.
 */
#include "table.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sysexits.h>
#include <unistd.h>

/* One character of s (at most n bytes): its code point in *cp (U+FFFD for
 * a bad byte) and its length in bytes (at least 1). */
static size_t
utf8_next(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c = p[0];
	size_t len;
	uint32_t v;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (len > n) {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t k = 1; k < len; k++) {
		if ((p[k] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (p[k] & 0x3F);
	}
	*cp = v;
	return len;
}

/* Characters a terminal must not receive from a letter: controls (escape
 * sequences), C1 controls, bidirectional overrides (text that reads
 * otherwise than it is). */
static bool
unsafe_char(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)
	    || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Columns a character takes on a terminal: a simple East Asian Width rule
 * (wide and fullwidth ranges 2, combining marks and zero-width 0, else 1),
 * the same whatever the locale. */
static int
char_width(uint32_t cp)
{
	if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF)
	    || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF)
	    || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x200B && cp <= 0x200F)
	    || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF)
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
	    || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
	    || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
	    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
	    || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
	    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
	    || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

/* The display width of s, controls counted as the one space they print as. */
size_t
table_width(const char *s)
{
	size_t n = strlen(s), w = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		i += utf8_next(s + i, n - i, &cp);
		w += unsafe_char(cp) ? 1 : (size_t)char_width(cp);
	}
	return w;
}

/* Prints s on one line, controls as spaces, in at most max columns (0: no
 * limit), cut at a whole character with "…" when longer; pads with spaces
 * to pad columns. */
void
table_cell(FILE *out, const char *s, size_t max, size_t pad)
{
	size_t n = strlen(s), w = 0;
	bool cut = max > 0 && table_width(s) > max;
	size_t room = cut ? max - 1 : max;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_next(s + i, n - i, &cp);
		int cw = unsafe_char(cp) ? 1 : char_width(cp);
		if (max > 0 && w + (size_t)cw > room)
			break;
		if (unsafe_char(cp))
			fputc(' ', out);
		else if (cp == 0xFFFD && len == 1)
			fputs("\xEF\xBF\xBD", out);
		else
			fwrite(s + i, 1, len, out);
		w += (size_t)cw;
		i += len;
	}
	if (cut) {
		fputs("\xE2\x80\xA6", out);
		w++;
	}
	for (; w < pad; w++)
		fputc(' ', out);
}

/* Prints a letter's text, each line indented; tabs and new lines kept,
 * other controls (escape sequences) shown as U+FFFD. */
void
table_text(FILE *out, const char *s, const char *indent)
{
	size_t n = strlen(s);
	bool bol = true;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_next(s + i, n - i, &cp);
		if (bol) {
			fputs(indent, out);
			bol = false;
		}
		if (cp == '\n') {
			fputc('\n', out);
			bol = true;
		} else if (cp == '\t') {
			fputc('\t', out);
		} else if (cp == '\r') {
			/* CRLF: the LF ends the line */
		} else if (unsafe_char(cp) || (cp == 0xFFFD && len == 1)) {
			fputs("\xEF\xBF\xBD", out);
		} else {
			fwrite(s + i, 1, len, out);
		}
		i += len;
	}
	if (!bol)
		fputc('\n', out);
}

/* The terminal's width, else $COLUMNS, else 0 (no limit: a pipe). */
size_t
table_term_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	const char *c = getenv("COLUMNS");
	if (c && *c) {
		char *e;
		errno = 0;
		long v = strtol(c, &e, 10);
		if (errno == 0 && *e == '\0' && v > 0 && v < 10000)
			return (size_t)v;
	}
	return 0;
}

/* Standard output, or $PAGER (default "less -FRX") when it is a terminal. */
FILE *
table_pager_open(bool *paged)
{
	*paged = false;
	if (!isatty(STDOUT_FILENO))
		return stdout;
	const char *p = getenv("PAGER");
	if (p == NULL)
		p = "less -FRX";
	if (*p == '\0' || strcmp(p, "cat") == 0)
		return stdout;
	fflush(stdout);
	FILE *f = popen(p, "w");
	if (f == NULL)
		return stdout;
	/* the reader may quit before the end */
	signal(SIGPIPE, SIG_IGN);
	*paged = true;
	return f;
}

int
table_pager_close(FILE *f, bool paged)
{
	if (paged) {
		pclose(f);
		return EX_OK;
	}
	return fflush(f) == 0 || errno == EPIPE ? EX_OK : EX_IOERR;
}

/* One RFC 4180 field: quoted when it holds a comma, a quote or a line
 * break. A field that a spreadsheet would take for a formula (beginning
 * with =, +, -, @, a tab or a carriage return: OWASP's CSV injection
 * advice) is neutralised by a leading single quote: a letter's subject is
 * the writer's text, not the office's formula. */
void
table_csv(FILE *out, const char *s, bool last)
{
	if (s == NULL)
		s = "";
	bool formula = s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
	bool quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		fputc('"', out);
	if (formula)
		fputc('\'', out);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			fputc('"', out);
		fputc(*p, out);
	}
	if (quote)
		fputc('"', out);
	fputs(last ? "\r\n" : ",", out);
}

