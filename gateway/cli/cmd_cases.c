/*
 * cmd_cases.c - `mayorbox cases`: the clerks' and supervisors' side of the
 * case file. list, show, reclassify, assign, close (queueing the answer in
 * the outbox that the gateway sends), reopen, seal, confirm and release
 * (recall first: a case sealed on weaker evidence), stats.
 *
 * Every sub-command connects with the caller's own login (--db, the
 * configuration's [database] conninfo, else libpq's PG* variables) and sets
 * search_path = office, public (schema 006): a supervisor reads the office
 * views (public and vault rows, no sealed column), a clerk -- who has no
 * USAGE on office -- the public tables, which hold no confidential case. A
 * case a login cannot see is answered exactly like a case that does not
 * exist (66). Every change is ONE call of a SECURITY DEFINER function
 * (case_reclassify, case_assign, case_close, case_reopen, case_seal,
 * case_confirm, case_release) in the
 * command's transaction: it writes the case event itself, and a mail's
 * recipient comes from the case, never from here. A sealed box comes only
 * from reveal_case(), which records the opening first. Every user value
 * reaches SQL as a parameter. Letter text goes to standard output only,
 * never to standard error.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sodium.h>

#include "classify.h"
#include "commands.h"
#include "usage.h"
#include "config.h"
#include "db.h"
#include "readfile.h"
#include "reader.h"
#include "replies.h"
#include "rules_limits.h"
#include "cli_rules.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "seal.h"
#include "xalloc.h"

/* The largest answer a clerk may send (--reply-file). */
#define CASES_REPLY_MAX (1024u * 1024u)
/* The longest --note, in bytes. */
#define CASES_NOTE_MAX 4000u
/* The longest department name, in bytes. */
#define CASES_DEPARTMENT_MAX 200u
/* The fewest columns the subject gets in the list, however narrow the terminal. */
#define CASES_SUBJECT_MIN_WIDTH 10
/* The most rows --limit may ask for. */
#define CASES_LIMIT_MAX 10000000L
/* Longest quote of a letter's matched words, in bytes (as classify --explain). */
#define CASES_QUOTE_MAX 120

static const char *const cases_categories[] = {
	"consultation", "suggestion", "demand", "complaint", "information", NULL,
};
static const char *const cases_statuses[] = {
	"new", "assigned", "answered", "closed", "reopened", NULL,
};

/* ------------------------------------------------------------------------
 * Small helpers: words, numbers, times, UTF-8.
 */

static bool
in_list(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

static void
join_list(const char *const *list, char *out, size_t outlen)
{
	size_t k = 0;
	out[0] = '\0';
	for (size_t i = 0; list[i] && k < outlen; i++) {
		int n = snprintf(out + k, outlen - k, "%s%s", i ? ", " : "", list[i]);
		if (n < 0)
			break;
		k += (size_t)n;
	}
}

/* "2026-000123": four digits, a dash, six to nine digits. */
static bool
valid_case_number(const char *s)
{
	size_t n = strlen(s);
	if (n < 11 || n > 14 || s[4] != '-')
		return false;
	for (size_t i = 0; i < n; i++)
		if (i != 4 && !isdigit((unsigned char)s[i]))
			return false;
	return true;
}

/* Whether s (n bytes) is valid UTF-8 without NUL bytes; *bad_r is the
 * offset of the first bad byte. */
static bool
utf8_valid(const char *s, size_t n, size_t *bad_r)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i];
		size_t len;
		uint32_t cp;
		if (c == 0)
			goto bad;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			goto bad;
		}
		if (i + len > n)
			goto bad;
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
		    || (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += len;
	}
	return true;
bad:
	if (bad_r)
		*bad_r = i;
	return false;
}

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
static size_t
text_width(const char *s)
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
static void
put_cell(FILE *out, const char *s, size_t max, size_t pad)
{
	size_t n = strlen(s), w = 0;
	bool cut = max > 0 && text_width(s) > max;
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
static void
put_text(FILE *out, const char *s, const char *indent)
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

/* Seconds since the epoch as local "YYYY-MM-DD HH:MM". */
static void
time_local(double epoch, char *out, size_t outlen)
{
	time_t t = (time_t)epoch;
	struct tm tm;
	if (localtime_r(&t, &tm) == NULL || strftime(out, outlen, "%Y-%m-%d %H:%M", &tm) == 0)
		snprintf(out, outlen, "?");
}

/* Seconds since the epoch as ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ". */
static void
time_iso(double epoch, char *out, size_t outlen)
{
	time_t t = (time_t)epoch;
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(out, outlen, "?");
}

/* An ISO time of time_iso back to local "YYYY-MM-DD HH:MM"; "-" for none. */
static void
iso_local(const char *iso, char *out, size_t outlen)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (iso == NULL) {
		snprintf(out, outlen, "-");
		return;
	}
	const char *e = strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (e == NULL || *e != '\0') {
		snprintf(out, outlen, "%s", iso);
		return;
	}
	time_local((double)timegm(&tm), out, outlen);
}

/* "2d 3h", "5h 12m", "7m": a duration in seconds for people. */
static void
duration_text(double secs, char *out, size_t outlen)
{
	long s = secs > 0 ? (long)(secs + 0.5) : 0;
	long d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
	if (d > 0)
		snprintf(out, outlen, "%ldd %ldh", d, h);
	else if (h > 0)
		snprintf(out, outlen, "%ldh %ldm", h, m);
	else if (m > 0)
		snprintf(out, outlen, "%ldm", m);
	else
		snprintf(out, outlen, "<1m");
}

static bool
digits(const char *s, size_t n, int *v)
{
	int x = 0;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return true;
}

/* --since: "YYYY-MM-DD" (local midnight) or an ISO timestamp
 * "YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|+HH:MM|+HHMM|+HH]" (local time when it
 * names no zone). Returns 0 with seconds since the epoch, or -1. */
static int
parse_since(const char *s, double *epoch_r)
{
	struct tm tm;
	int y, mo, d, h = 0, mi = 0, se = 0;
	double frac = 0;
	size_t n = strlen(s);
	memset(&tm, 0, sizeof(tm));
	if (n < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-'
	    || !digits(s + 8, 2, &d))
		return -1;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
		return -1;
	if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return -1;
	const char *p = s + 10;
	bool zone = false;
	long off = 0;
	if (*p == 'T' || *p == ' ') {
		p++;
		if (strlen(p) < 5 || !digits(p, 2, &h) || p[2] != ':' || !digits(p + 3, 2, &mi))
			return -1;
		p += 5;
		if (*p == ':') {
			if (!digits(p + 1, 2, &se) || strlen(p + 1) < 2)
				return -1;
			p += 3;
			if (*p == '.' || *p == ',') {
				const char *f = ++p;
				while (isdigit((unsigned char)*p))
					p++;
				if (p == f)
					return -1;
				char buf[32];
				snprintf(buf, sizeof(buf), "0.%.*s", (int)(p - f > 9 ? 9 : p - f), f);
				frac = strtod(buf, NULL);
			}
		}
		if (h > 23 || mi > 59 || se > 60)
			return -1;
		if (*p == 'Z' || *p == 'z') {
			zone = true;
			p++;
		} else if (*p == '+' || *p == '-') {
			int oh, om = 0;
			int sign = *p == '-' ? -1 : 1;
			p++;
			if (!digits(p, 2, &oh) || strlen(p) < 2)
				return -1;
			p += 2;
			if (*p == ':')
				p++;
			if (*p) {
				if (strlen(p) != 2 || !digits(p, 2, &om))
					return -1;
				p += 2;
			}
			if (oh > 14 || om > 59)
				return -1;
			zone = true;
			off = sign * (oh * 3600L + om * 60L);
		}
	}
	if (*p != '\0')
		return -1;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	time_t t;
	if (zone) {
		t = timegm(&tm) - off;
	} else {
		tm.tm_isdst = -1;
		t = mktime(&tm);
		if (t == (time_t)-1)
			return -1;
	}
	*epoch_r = (double)t + frac;
	return 0;
}

/* ------------------------------------------------------------------------
 * The database.
 */

static int
db_code(PGconn *db, const PGresult *r)
{
	if (PQstatus(db) != CONNECTION_OK)
		return EX_UNAVAILABLE;
	const char *st = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (st == NULL)
		return EX_UNAVAILABLE;
	if (strcmp(st, "42501") == 0)
		return EX_NOPERM;
	if (strncmp(st, "22", 2) == 0 || strncmp(st, "23", 2) == 0)
		return EX_DATAERR;
	return EX_UNAVAILABLE;
}

/* Reports a failed statement (its primary message only: a DETAIL line may
 * quote a row's values) and clears r; returns the exit code. */
static int
db_fail(const char *sub, PGconn *db, PGresult *r)
{
	const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	int code = db_code(db, r);
	fprintf(stderr, "mayorbox cases %s: database: %s%s\n", sub, m ? m : db_error(db),
		code == EX_NOPERM ? " (your login needs the mayorbox_clerk or "
				    "mayorbox_supervisor role)" : "");
	PQclear(r);
	return code;
}

/* PQexecParams with text parameters and text results. */
static PGresult *
q(PGconn *db, const char *sql, int n, const char *const *params)
{
	return PQexecParams(db, sql, n, NULL, params, NULL, NULL, 0);
}

static bool
rows_ok(const PGresult *r)
{
	return PQresultStatus(r) == PGRES_TUPLES_OK;
}

/* A value, or NULL for SQL NULL; borrowed from r. */
static const char *
val(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static bool
val_true(const PGresult *r, int row, int col)
{
	const char *v = val(r, row, col);
	return v && v[0] == 't';
}

static json_t *
json_str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* An epoch column as an ISO string, or null. */
static json_t *
json_time(const PGresult *r, int row, int col)
{
	const char *v = val(r, row, col);
	if (v == NULL)
		return json_null();
	char iso[40];
	time_iso(strtod(v, NULL), iso, sizeof(iso));
	return json_string(iso);
}

/* The search path of every connection: a supervisor reads the office.*
 * views (public rows and the vault's, sealed columns left out); a clerk has
 * no USAGE on office, PostgreSQL skips it and the same SELECT reads public
 * (schema 006, the vault). */
static bool
set_search_path(PGconn *db)
{
	return db_exec_ok(db, "SET search_path = office, public");
}

/* Whether this login reads the supervisors' office.* views (the search path
 * finds them first) or, a clerk, the public tables. */
static int
reads_office(const char *sub, PGconn *db, bool *office_r)
{
	PGresult *r = q(db, "SELECT coalesce((SELECT has_schema_privilege(n.oid, 'USAGE') "
			    "FROM pg_namespace n WHERE n.nspname = 'office'), false)", 0, NULL);
	*office_r = false;
	if (!rows_ok(r) || PQntuples(r) != 1)
		return db_fail(sub, db, r);
	*office_r = val_true(r, 0, 0);
	PQclear(r);
	return EX_OK;
}

/* The connection of a sub-command, with cfg (loaded from config_path when
 * given; the caller deinits it); NULL with *ret set. */
static PGconn *
cases_connect_cfg(const char *sub, const char *db_opt, const char *config_path,
		  struct config *cfg, int *ret)
{
	char err[1024];
	if (config_path && config_load(config_path, cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox cases %s: %s\n", sub, err);
		*ret = EX_CONFIG;
		return NULL;
	}
	PGconn *db = db_connect(db_conninfo(db_opt, cfg), err, sizeof(err));
	if (db == NULL) {
		fprintf(stderr, "mayorbox cases %s: %s\n", sub, err);
		*ret = EX_UNAVAILABLE;
		return NULL;
	}
	if (!set_search_path(db)) {
		fprintf(stderr, "mayorbox cases %s: database: %s\n", sub, db_error(db));
		PQfinish(db);
		*ret = EX_UNAVAILABLE;
		return NULL;
	}
	return db;
}

/* The same without keeping the configuration. */
static PGconn *
cases_connect(const char *sub, const char *db_opt, const char *config_path, int *ret)
{
	struct config cfg = {0};
	PGconn *db = cases_connect_cfg(sub, db_opt, config_path, &cfg, ret);
	config_deinit(&cfg);
	return db;
}

static void
rollback(PGconn *db)
{
	PGresult *r = PQexec(db, "ROLLBACK");
	PQclear(r);
}

static int
no_such_case(const char *sub, const char *number)
{
	fprintf(stderr, "mayorbox cases %s: %s: no such case\n", sub, number);
	return EX_NOINPUT;
}

/* A failed call of one of the case functions (case_reclassify, case_assign,
 * case_close, case_reopen, case_seal, reveal_case): P0002 is "no such case"
 * (66, word for word as for a number that does not exist: a clerk is told
 * the same of a confidential case), 42501 not allowed (77), 22023 the
 * server's reason (65); clears r and returns the exit code. */
static int
fn_fail(const char *sub, PGconn *db, PGresult *r, const char *number)
{
	const char *st = r && PQstatus(db) == CONNECTION_OK
		? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (st && strcmp(st, "P0002") == 0) {
		PQclear(r);
		return no_such_case(sub, number);
	}
	if (st && strcmp(st, "22023") == 0) {
		const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
		fprintf(stderr, "mayorbox cases %s: %s: %s\n", sub, number, m ? m : "refused");
		PQclear(r);
		return EX_DATAERR;
	}
	return db_fail(sub, db, r);
}

/* The case of number as the login sees it (a clerk: public only). Columns:
 * 0 id, 1 category, 2 department, 3 status, 4 confidential, 5 automatic,
 * 6 closed_at (epoch), 7 answer. EX_OK with *r_r (caller clears), else a
 * code. Nothing is locked here: the case functions lock the row they
 * change; this read gives the messages people understand before they run. */
static int
read_case(const char *sub, PGconn *db, const char *number, PGresult **r_r)
{
	const char *params[1] = {number};
	PGresult *r = q(db, "SELECT id, category, department, status, confidential, automatic, "
			    "extract(epoch FROM closed_at), answer FROM cases WHERE number = $1",
			1, params);
	*r_r = NULL;
	if (!rows_ok(r))
		return db_fail(sub, db, r);
	if (PQntuples(r) != 1) {
		PQclear(r);
		return no_such_case(sub, number);
	}
	*r_r = r;
	return EX_OK;
}

/* One bytea value (binary) of the row of `id`; *p_r NULL when SQL NULL.
 * *r_r holds the bytes: the caller clears it. Returns EX_OK or a code. */
static int
fetch_bytea(const char *sub, PGconn *db, const char *sql, const char *id, PGresult **r_r,
	    const unsigned char **p_r, size_t *n_r)
{
	const char *params[1] = {id};
	PGresult *r = PQexecParams(db, sql, 1, NULL, params, NULL, NULL, 1);
	*p_r = NULL;
	*n_r = 0;
	*r_r = NULL;
	if (!rows_ok(r))
		return db_fail(sub, db, r);
	if (PQntuples(r) == 1 && !PQgetisnull(r, 0, 0)) {
		*p_r = (const unsigned char *)PQgetvalue(r, 0, 0);
		*n_r = (size_t)PQgetlength(r, 0, 0);
	}
	*r_r = r;
	return EX_OK;
}

/* The sealed boxes of a case that key_id opens, by reveal_case() (which
 * records one 'identity revealed' event when at least one box matches,
 * before returning them, in the caller's transaction). Binary results:
 * 0 what ("letter", "answer"), 1 id (bigint), 2 sealed (bytea). */
static int
reveal(const char *sub, PGconn *db, const char *number, const char *key_id, PGresult **r_r)
{
	const char *params[2] = {number, key_id};
	PGresult *r = PQexecParams(db, "SELECT what, id, sealed FROM reveal_case($1, $2)", 2,
				   NULL, params, NULL, NULL, 1);
	*r_r = NULL;
	if (!rows_ok(r))
		return fn_fail(sub, db, r, number);
	*r_r = r;
	return EX_OK;
}

/* A bigint of a binary result. */
static long long
bin_int8(const PGresult *r, int row, int col)
{
	const unsigned char *p = (const unsigned char *)PQgetvalue(r, row, col);
	uint64_t v = 0;
	if (PQgetlength(r, row, col) != 8)
		return 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return (long long)v;
}

/* The box of reveal's rows for (what, id), or NULL. */
static const unsigned char *
reveal_box(const PGresult *rv, const char *what, long long id, size_t *n_r)
{
	for (int i = 0; rv && i < PQntuples(rv); i++) {
		if (strcmp(PQgetvalue(rv, i, 0), what) != 0 || bin_int8(rv, i, 1) != id
		    || PQgetisnull(rv, i, 2))
			continue;
		*n_r = (size_t)PQgetlength(rv, i, 2);
		return (const unsigned char *)PQgetvalue(rv, i, 2);
	}
	*n_r = 0;
	return NULL;
}

/* Opens a box with the secret key file: a JSON object (caller decrefs), or
 * NULL with the exit code in *ret (the reason on stderr, never the
 * contents). */
static json_t *
open_box(const char *sub, const char *number, const char *key, const unsigned char *box,
	 size_t n, int *ret)
{
	size_t plen;
	char err[512];
	unsigned char *plain = seal_open(key, box, n, &plen, err, sizeof(err));
	if (plain == NULL) {
		fprintf(stderr, "mayorbox cases %s: %s: %s\n", sub, number, err);
		*ret = EX_DATAERR;
		return NULL;
	}
	json_t *o = json_loadb((const char *)plain, plen, 0, NULL);
	sodium_memzero(plain, plen);
	free(plain);
	if (!json_is_object(o)) {
		json_decref(o);
		fprintf(stderr, "mayorbox cases %s: %s: sealed data is not mayorbox's\n", sub,
			number);
		*ret = EX_DATAERR;
		return NULL;
	}
	*ret = EX_OK;
	return o;
}

/* Opens a box holding plain text (a case's answer): a new string (caller
 * zeroes and frees), or NULL. */
static char *
open_text(const char *key, const unsigned char *box, size_t n)
{
	size_t plen;
	char err[512];
	return (char *)seal_open(key, box, n, &plen, err, sizeof(err));
}

/* The public key file of an option, else of the configuration; "" when
 * neither names one. Borrowed. */
static const char *
key_path(const char *opt, const struct config *cfg, const char *section, const char *name)
{
	if (opt)
		return opt;
	const char *v = config_get(cfg, section, name);
	return v ? v : "";
}

/* ------------------------------------------------------------------------
 * Output: the pager, CSV.
 */

/* The terminal's width, else $COLUMNS, else 0 (no limit: a pipe). */
static size_t
term_width(void)
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
static FILE *
pager_open(bool *paged)
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

static int
pager_close(FILE *f, bool paged)
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
static void
csv_field(FILE *out, const char *s, bool last)
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

/* ------------------------------------------------------------------------
 * Usage.
 */

static void
cases_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases SUBCOMMAND [--db CONNINFO] [--config FILE] ...\n"
		"\n"
		"The case file, for clerks and supervisors, with your own database login.\n"
		"Confidential cases live in the vault, where a clerk has no privilege: to a\n"
		"clerk one is \"no such case\", like a number that does not exist. Every\n"
		"change is one call of the database's case functions, which record it.\n"
		"\n"
		"  list [--category C] [--status S] [--department D] [--since DATE]\n"
		"       [--needs-review] [--confidential-review] [--limit N] [--json|--csv]\n"
		"  show CASE [--key SECRET_KEY_FILE] [--rules DIR] [--json]\n"
		"  reclassify CASE CATEGORY [--note TEXT]\n"
		"  assign CASE DEPARTMENT\n"
		"  close CASE --reply-file FILE [--key SECRET_KEY_FILE] [--outbox-key FILE]\n"
		"        [--no-mail]\n"
		"  reopen CASE\n"
		"  seal CASE [--note TEXT] [--public-key FILE] [--outbox-key FILE]\n"
		"  confirm CASE [--note TEXT]                (supervisors)\n"
		"  release CASE --key SECRET_KEY_FILE --note TEXT   (supervisors)\n"
		"  stats [--by category|department|day|district] [--since DATE] [--csv]\n"
		"\n"
		"CASE is a case number such as 2026-000123. The connection: --db, else\n"
		"[database] conninfo of --config FILE, else libpq's PG* variables.\n"
		"'mayorbox cases SUBCOMMAND --help' tells more of each.\n"
		"\n"
		"Recall first: a letter with weaker evidence of confidentiality is sealed\n"
		"like a confidential one and marked for review; a supervisor finds it in\n"
		"'list --confidential-review', then confirms it (it stays confidential) or\n"
		"releases it into the clerks' view (its letters opened with the secret key,\n"
		"the opening and the release recorded).\n"
		"\n"
		"Exit: 0, 64 usage, 65 wrong data or state, 66 no such case, 69 no\n"
		"database, 77 permission denied, 78 bad configuration.\n");
}

static void
list_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases list [--category C] [--status S] [--department D]\n"
		"       [--since DATE] [--needs-review] [--confidential-review] [--limit N]\n"
		"       [--json|--csv]\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"The cases you may see, newest first: number, received (local time),\n"
		"category, department, priority, status, subject (cut to the terminal's\n"
		"width, or $COLUMNS). Paged through $PAGER (default less -FRX) on a terminal.\n"
		"\n"
		"  --category C     consultation, suggestion, demand, complaint, information,\n"
		"                   unclassified\n"
		"  --status S       new, assigned, answered, closed, reopened, or open (any\n"
		"                   but closed)\n"
		"  --department D   that department (case-insensitive)\n"
		"  --since DATE     received at or after DATE: YYYY-MM-DD (local midnight) or\n"
		"                   an ISO timestamp (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n"
		"  --needs-review   only cases the classifier was unsure of\n"
		"  --confidential-review\n"
		"                   the supervisors' queue: confidential cases sealed on weaker\n"
		"                   evidence, still to be confirmed or released (a clerk sees\n"
		"                   none: no confidential case is visible to a clerk)\n"
		"  --limit N        at most N cases\n"
		"  --json           a JSON array of objects (times in UTC, ISO 8601)\n"
		"  --csv            CSV (RFC 4180) with a header line\n");
}

static void
show_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases show CASE [--key SECRET_KEY_FILE] [--rules DIR] [--json]\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A case: its facts; each of its letters (received, writer, subject, text,\n"
		"attachments) with the rules that classified it and the words they matched\n"
		"(the letter classified again with the rules of DIR: default\n"
		"$MAYORBOX_RULES, else the rules/ folder beside the program); its history,\n"
		"its outgoing mail and the delivery reports about it.\n"
		"\n"
		"A confidential letter's writer, subject, text and attachments are sealed\n"
		"(shown as 'sealed'). A supervisor opens them with --key (the office's secret\n"
		"key file): the database gives the boxes sealed to that key and records the\n"
		"opening in the case's history ('identity revealed') before anything is\n"
		"shown; a key that opens nothing of the case records nothing.\n"
		"\n"
		"Exit: 0, 65 the key opens nothing of it, 66 no such case (or not visible\n"
		"to you), 69 no database, 77 not allowed.\n");
}

static void
reclassify_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases reclassify CASE CATEGORY [--note TEXT]\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Sets the case's category (consultation, suggestion, demand, complaint,\n"
		"information), marks it reviewed, and records 'reclassified' with the old\n"
		"and new category, your login and the note, in one transaction.\n");
}

static void
assign_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases assign CASE DEPARTMENT [--new-department] [--rules DIR]\n"
		"                             [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Hands the case to DEPARTMENT; a new or reopened case becomes 'assigned'.\n"
		"Recorded as 'assigned' with the old and the new department. DEPARTMENT is\n"
		"one the rules route to (--rules DIR, else the default rules) or one already\n"
		"in use, matched without regard to case; a typo is refused (exit 65) with\n"
		"the known names. --new-department takes a name that is neither.\n");
}

static void
close_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases close CASE --reply-file FILE [--key SECRET_KEY_FILE]\n"
		"       [--outbox-key FILE] [--no-mail] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Closes the case with the answer in FILE (UTF-8 text, at most 1 MiB) and\n"
		"queues the answer in the outbox, which the gateway mails, when the writer\n"
		"can be answered: a writer who gave a name and an e-mail address we can\n"
		"write to and did not write anonymously. The recipient is the case's own\n"
		"first writer (the database takes it from the case). Otherwise the case is\n"
		"closed without mail and the command says why. One call of case_close():\n"
		"status, history ('closed') and outbox.\n"
		"\n"
		"  --reply-file FILE   the answer (optional with --no-mail)\n"
		"  --key FILE          a confidential case (a supervisor): the office's secret\n"
		"                      key, whose public half seals the answer kept on the case\n"
		"  --outbox-key FILE   a confidential case: the gateways' outbox PUBLIC key\n"
		"                      (DIR/outbox.pub of 'mayorbox keygen --outbox DIR'),\n"
		"                      else [replies] outbox_public_key_file of --config; the\n"
		"                      answer waits sealed to it. Pinned here, never read from\n"
		"                      the database\n"
		"  --no-mail           close without mailing (answered by other means)\n"
		"\n"
		"Exit: 0, 64 a confidential case's answer without --key, 65 already closed\n"
		"or a bad reply file, 66 no such case, 69 a confidential writer to answer and\n"
		"no outbox key pinned, 77 not allowed, 78 a key file that cannot be read.\n");
}

static void
reopen_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases reopen CASE [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A closed case becomes 'reopened' (recorded as 'reopened'). Its answer, if\n"
		"the gateway has not sent it yet, is cancelled ('mail cancelled'); one\n"
		"already sent is not called back. Exit 65 when the case is not closed.\n");
}

static void
stats_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases stats [--by category|department|day|district]\n"
		"       [--since DATE] [--csv] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Per group (default: category): cases, open (not closed), closed, and the\n"
		"average time from filing to closing over the closed ones (\"2d 3h\"; in\n"
		"seconds in CSV). day is the local day the case was filed; district is the\n"
		"first letter's. Counts only the cases your login may see.\n");
}

/* The options every sub-command takes. */
#define CASES_COMMON_OPTS \
	{"db", required_argument, NULL, 'd'}, \
	{"config", required_argument, NULL, 'c'}, \
	{"help", no_argument, NULL, 'h'}

/* ------------------------------------------------------------------------
 * list
 */

static int
cases_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{"category", required_argument, NULL, 'C'},
		{"status", required_argument, NULL, 'S'},
		{"department", required_argument, NULL, 'D'},
		{"since", required_argument, NULL, 's'},
		{"needs-review", no_argument, NULL, 'n'},
		{"confidential-review", no_argument, NULL, 'R'},
		{"limit", required_argument, NULL, 'l'},
		{"json", no_argument, NULL, 'j'},
		{"csv", no_argument, NULL, 'v'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *config_path = NULL, *category = NULL, *status = NULL,
		   *department = NULL, *limit = NULL;
	char since[64] = "", words[200];
	bool review = false, conf_review = false, json = false, csv = false;
	int c, ret = EX_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'C':
			if (!in_list(optarg, cases_categories) && strcmp(optarg, "unclassified") != 0) {
				join_list(cases_categories, words, sizeof(words));
				fprintf(stderr, "mayorbox cases list: --category '%s': not a category "
					"(%s, unclassified)\n", optarg, words);
				return EX_USAGE;
			}
			category = optarg;
			break;
		case 'S':
			if (!in_list(optarg, cases_statuses) && strcmp(optarg, "open") != 0) {
				join_list(cases_statuses, words, sizeof(words));
				fprintf(stderr, "mayorbox cases list: --status '%s': not a status "
					"(%s, open)\n", optarg, words);
				return EX_USAGE;
			}
			status = optarg;
			break;
		case 'D':
			department = optarg;
			break;
		case 's': {
			double e;
			if (parse_since(optarg, &e) != 0) {
				fprintf(stderr, "mayorbox cases list: --since '%s': not a date "
					"(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n", optarg);
				return EX_USAGE;
			}
			snprintf(since, sizeof(since), "%.6f", e);
			break;
		}
		case 'n': review = true; break;
		case 'R': conf_review = true; break;
		case 'l': {
			char *e;
			errno = 0;
			long v = strtol(optarg, &e, 10);
			if (errno || *e || e == optarg || v < 1 || v > CASES_LIMIT_MAX) {
				fprintf(stderr, "mayorbox cases list: --limit '%s': not a number "
					"from 1 to %ld\n", optarg, CASES_LIMIT_MAX);
				return EX_USAGE;
			}
			limit = optarg;
			break;
		}
		case 'j': json = true; break;
		case 'v': csv = true; break;
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 'h': list_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases list", argc, argv);
		}
	}
	if (optind != argc || (json && csv)) {
		if (json && csv)
			fprintf(stderr, "mayorbox cases list: --json or --csv, not both\n");
		list_usage(stderr);
		return EX_USAGE;
	}
	PGconn *db = cases_connect("list", db_opt, config_path, &ret);
	if (db == NULL)
		return ret;
	/* the review mark is a column of the supervisors' office.cases only; a
	 * clerk's public.cases holds no confidential case, so none is marked */
	bool office;
	if ((ret = reads_office("list", db, &office)) != EX_OK) {
		PQfinish(db);
		return ret;
	}
	char sql[1600];
	snprintf(sql, sizeof(sql),
		"SELECT c.number, extract(epoch FROM c.created_at), c.category, c.department, "
		"c.priority, c.status, c.needs_review, c.confidential, l.subject, l.district, "
		"l.language, (SELECT count(*) FROM letters x WHERE x.case_id = c.id), %s "
		"FROM cases c LEFT JOIN LATERAL (SELECT subject, district, language FROM letters "
		"WHERE letters.case_id = c.id ORDER BY (id > 0) DESC, abs(id) LIMIT 1) l ON true "
		"WHERE ($1::text IS NULL OR c.category = $1) "
		"AND ($2::text IS NULL OR c.status = $2 OR ($2 = 'open' AND c.status <> 'closed')) "
		"AND ($3::text IS NULL OR lower(c.department) = lower($3)) "
		"AND ($4::double precision IS NULL OR c.created_at >= to_timestamp($4::double precision)) "
		"AND (NOT $5::boolean OR c.needs_review) "
		"AND (NOT $7::boolean OR %s) "
		"ORDER BY c.created_at DESC, c.id DESC LIMIT $6::bigint",
		office ? "c.confidential_review" : "false",
		office ? "(c.confidential AND c.confidential_review)" : "false");
	const char *params[7] = {category, status, department, since[0] ? since : NULL,
				 review ? "true" : "false", limit, conf_review ? "true" : "false"};
	PGresult *r = q(db, sql, 7, params);
	if (!rows_ok(r)) {
		ret = db_fail("list", db, r);
		PQfinish(db);
		return ret;
	}
	int rows = PQntuples(r);
	if (json) {
		json_t *arr = json_array();
		for (int i = 0; i < rows; i++) {
			json_t *o = json_object();
			json_object_set_new(o, "number", json_string(PQgetvalue(r, i, 0)));
			json_object_set_new(o, "received", json_time(r, i, 1));
			json_object_set_new(o, "category", json_string(PQgetvalue(r, i, 2)));
			json_object_set_new(o, "department", json_str_or_null(val(r, i, 3)));
			json_object_set_new(o, "priority", json_string(PQgetvalue(r, i, 4)));
			json_object_set_new(o, "status", json_string(PQgetvalue(r, i, 5)));
			json_object_set_new(o, "needs_review", json_boolean(val_true(r, i, 6)));
			json_object_set_new(o, "confidential", json_boolean(val_true(r, i, 7)));
			json_object_set_new(o, "confidential_review", json_boolean(val_true(r, i, 12)));
			json_object_set_new(o, "subject", json_str_or_null(val(r, i, 8)));
			json_object_set_new(o, "district", json_str_or_null(val(r, i, 9)));
			json_object_set_new(o, "language", json_str_or_null(val(r, i, 10)));
			json_object_set_new(o, "letters", json_integer(strtol(PQgetvalue(r, i, 11),
									    NULL, 10)));
			json_array_append_new(arr, o);
		}
		if (json_dumpf(arr, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(arr);
	} else if (csv) {
		static const char *const head[] = {"case", "received", "category", "department",
			"priority", "status", "needs_review", "confidential", "district", "language",
			"letters", "subject"};
		for (size_t k = 0; k < 12; k++)
			csv_field(stdout, head[k], k == 11);
		for (int i = 0; i < rows; i++) {
			char iso[40];
			time_iso(strtod(PQgetvalue(r, i, 1), NULL), iso, sizeof(iso));
			csv_field(stdout, PQgetvalue(r, i, 0), false);
			csv_field(stdout, iso, false);
			csv_field(stdout, PQgetvalue(r, i, 2), false);
			csv_field(stdout, val(r, i, 3), false);
			csv_field(stdout, PQgetvalue(r, i, 4), false);
			csv_field(stdout, PQgetvalue(r, i, 5), false);
			csv_field(stdout, val_true(r, i, 6) ? "true" : "false", false);
			csv_field(stdout, val_true(r, i, 7) ? "true" : "false", false);
			csv_field(stdout, val(r, i, 9), false);
			csv_field(stdout, val(r, i, 10), false);
			csv_field(stdout, PQgetvalue(r, i, 11), false);
			csv_field(stdout, val(r, i, 8), true);
		}
	} else {
		static const char *const head[] = {"CASE", "RECEIVED", "CATEGORY", "DEPARTMENT",
						   "PRIORITY", "STATUS", "SUBJECT"};
		size_t w[6];
		for (int k = 0; k < 6; k++)
			w[k] = text_width(head[k]);
		for (int i = 0; i < rows; i++) {
			const int cols[6] = {0, -1, 2, 3, 4, 5};
			for (int k = 0; k < 6; k++) {
				size_t cw = k == 1 ? 16 : text_width(val(r, i, cols[k]) ? val(r, i, cols[k]) : "-");
				if (cw > w[k])
					w[k] = cw;
			}
		}
		size_t used = 0;
		for (int k = 0; k < 6; k++)
			used += w[k] + 2;
		size_t tw = term_width(), sw = 0;
		if (tw > 0)
			sw = tw > used + CASES_SUBJECT_MIN_WIDTH ? tw - used - 1 : CASES_SUBJECT_MIN_WIDTH;
		bool paged;
		FILE *out = pager_open(&paged);
		for (int k = 0; k < 6; k++)
			put_cell(out, head[k], 0, w[k] + 2);
		fprintf(out, "%s\n", head[6]);
		for (int i = 0; i < rows; i++) {
			char when[40];
			time_local(strtod(PQgetvalue(r, i, 1), NULL), when, sizeof(when));
			const char *dept = val(r, i, 3);
			const char *subject = val(r, i, 8);
			put_cell(out, PQgetvalue(r, i, 0), 0, w[0] + 2);
			put_cell(out, when, 0, w[1] + 2);
			put_cell(out, PQgetvalue(r, i, 2), 0, w[2] + 2);
			put_cell(out, dept ? dept : "-", 0, w[3] + 2);
			put_cell(out, PQgetvalue(r, i, 4), 0, w[4] + 2);
			put_cell(out, PQgetvalue(r, i, 5), 0, w[5] + 2);
			put_cell(out, subject ? subject : val_true(r, i, 7) ? "(sealed)" : "", sw, 0);
			fputc('\n', out);
		}
		ret = pager_close(out, paged);
	}
	PQclear(r);
	PQfinish(db);
	if (fflush(stdout) != 0 && ret == EX_OK)
		ret = EX_IOERR;
	return ret;
}

/* ------------------------------------------------------------------------
 * show
 */

/* What show needs to classify letters again: the rule set, loaded the
 * first time a letter needs it. */
struct show_rules {
	const char *opt;
	struct ruleset *set;
	bool tried;
	const char *note;	/* why words are not shown, for all letters */
};

/* Fills the "words" of each rule hit of lj's "rules" from the letter
 * classified again from its raw bytes (n of them). */
static void
show_words(struct show_rules *sr, json_t *rules, const unsigned char *raw, size_t n)
{
	if (json_array_size(rules) == 0)
		return;
	if (!sr->tried) {
		char dir[4096];
		sr->tried = true;
		if (cli_rules_load(rulesdir_find(sr->opt, dir, sizeof(dir)), &sr->set) != EX_OK) {
			fprintf(stderr, "mayorbox cases show: the rules of %s cannot be loaded: "
				"the matched words are not shown\n", dir);
			sr->set = NULL;
			sr->note = "the rule set cannot be loaded: matched words not shown";
		}
	}
	if (sr->set == NULL)
		return;
	char err[512];
	struct letter *l = NULL;
	enum mb_status st = reader_parse(raw, n, &l, err, sizeof(err));
	if (st != MB_OK) {
		letter_free(&l);
		return;
	}
	struct classification cl;
	(void)classify_letter(sr->set, l, &cl);
	size_t i;
	json_t *h;
	json_array_foreach(rules, i, h) {
		const char *name = json_string_value(json_object_get(h, "rule"));
		const char *field = json_string_value(json_object_get(h, "field"));
		const struct classify_hit *found = NULL;
		for (size_t k = 0; k < cl.hits_count && name; k++) {
			if (strcmp(cl.hits[k].rule->name, name) != 0)
				continue;
			if (found == NULL || (field && strcmp(classify_field_name(cl.hits[k].field),
							      field) == 0))
				found = &cl.hits[k];
		}
		if (found) {
			char words[CASES_QUOTE_MAX + 1];
			classify_hit_words(l, found, CASES_QUOTE_MAX, words, sizeof(words));
			json_object_set_new(h, "words", json_string(words));
		} else {
			json_object_set_new(h, "words", json_null());
			json_object_set_new(h, "note", json_string("the current rules do not "
								   "match this letter"));
		}
	}
	classify_deinit(&cl);
	letter_free(&l);
}

/* Builds the whole case as JSON into *doc_r, inside the caller's
 * transaction. With key (the office's secret key file) and a case that has
 * sealed letters, reveal_case() gives the boxes that key opens and records
 * the opening first; a key that opens nothing is refused (65) and nothing
 * is recorded. Returns EX_OK or a code (reported). */
static int
show_build(PGconn *db, const char *number, const char *key, struct show_rules *sr,
	   json_t **doc_r)
{
	const char *params[1] = {number};
	int ret = EX_OK;
	json_t *doc = NULL;
	PGresult *rv = NULL;
	PGresult *r = q(db, "SELECT id, number, category, department, priority, status, "
			    "confidential, needs_review, automatic, extract(epoch FROM created_at), "
			    "extract(epoch FROM updated_at), extract(epoch FROM closed_at), "
			    "scores::text, answer, (SELECT count(*) FROM letters l "
			    "WHERE l.case_id = cases.id AND l.confidential) "
			    "FROM cases WHERE number = $1", 1, params);
	*doc_r = NULL;
	if (!rows_ok(r))
		return db_fail("show", db, r);
	if (PQntuples(r) != 1) {
		PQclear(r);
		return no_such_case("show", number);
	}
	char id[32];
	snprintf(id, sizeof(id), "%s", PQgetvalue(r, 0, 0));
	long long case_id = strtoll(id, NULL, 10);
	bool confidential = val_true(r, 0, 6);
	bool any_sealed = strtol(PQgetvalue(r, 0, 14), NULL, 10) > 0;
	doc = json_object();
	json_object_set_new(doc, "number", json_string(PQgetvalue(r, 0, 1)));
	json_object_set_new(doc, "category", json_string(PQgetvalue(r, 0, 2)));
	json_object_set_new(doc, "department", json_str_or_null(val(r, 0, 3)));
	json_object_set_new(doc, "priority", json_string(PQgetvalue(r, 0, 4)));
	json_object_set_new(doc, "status", json_string(PQgetvalue(r, 0, 5)));
	json_object_set_new(doc, "confidential", json_boolean(confidential));
	json_object_set_new(doc, "needs_review", json_boolean(val_true(r, 0, 7)));
	json_object_set_new(doc, "automatic", json_boolean(val_true(r, 0, 8)));
	json_object_set_new(doc, "received", json_time(r, 0, 9));
	json_object_set_new(doc, "updated", json_time(r, 0, 10));
	json_object_set_new(doc, "closed", json_time(r, 0, 11));
	json_t *scores = json_loads(PQgetvalue(r, 0, 12), 0, NULL);
	json_object_set_new(doc, "scores", scores ? scores : json_object());
	json_object_set_new(doc, "answer", json_str_or_null(val(r, 0, 13)));
	PQclear(r);
	/* a confidential case's answer is kept only sealed; only the office
	 * view (a supervisor's: no clerk sees such a case) says whether */
	bool answer_sealed = false, conf_review = false;
	if (confidential) {
		r = q(db, "SELECT answer_is_sealed, confidential_review FROM cases WHERE number = $1",
		      1, params);
		if (!rows_ok(r)) {
			ret = db_fail("show", db, r);
			goto out;
		}
		answer_sealed = PQntuples(r) == 1 && val_true(r, 0, 0);
		conf_review = PQntuples(r) == 1 && val_true(r, 0, 1);
		PQclear(r);
	}
	json_object_set_new(doc, "answer_sealed", json_boolean(answer_sealed));
	json_object_set_new(doc, "confidential_review", json_boolean(conf_review));

	bool opening = key != NULL && (confidential || any_sealed);
	if (opening) {
		struct seal_key pk;
		char kid[17], err[512];
		if (seal_public_of_secret(key, &pk, kid, err, sizeof(err)) != 0) {
			fprintf(stderr, "mayorbox cases show: --key %s\n", err);
			ret = EX_DATAERR;
			goto out;
		}
		if ((ret = reveal("show", db, number, kid, &rv)) != EX_OK)
			goto out;
		if (PQntuples(rv) == 0) {
			fprintf(stderr, "mayorbox cases show: %s: this key opens nothing of case %s\n",
				key, number);
			ret = EX_DATAERR;
			goto out;
		}
	}
	json_object_set_new(doc, "identity_revealed", json_boolean(opening));
	size_t abox_n;
	const unsigned char *abox = reveal_box(rv, "answer", case_id, &abox_n);
	bool letter_boxes = false;
	for (int i = 0; rv && i < PQntuples(rv); i++)
		letter_boxes = letter_boxes || strcmp(PQgetvalue(rv, i, 0), "letter") == 0;
	if (abox) {
		/* the answer of a confidential case, sealed when it was closed */
		char *a = open_text(key, abox, abox_n);
		if (a) {
			json_object_set_new(doc, "answer", json_string(a));
			json_object_set_new(doc, "answer_sealed", json_false());
			sodium_memzero(a, strlen(a));
			free(a);
		} else if (!letter_boxes) {
			/* an answer box whose key id was not kept: not this key's */
			fprintf(stderr, "mayorbox cases show: %s: this key opens nothing of case %s\n",
				key, number);
			ret = EX_DATAERR;
			goto out;
		}
	}

	const char *idp[1] = {id};
	/* attachments and rule hits of the whole case, matched to letters below */
	PGresult *ra = q(db, "SELECT letter_id, position, filename, content_type, size "
			     "FROM attachments WHERE case_id = $1 ORDER BY letter_id, position", 1, idp);
	if (!rows_ok(ra)) {
		ret = db_fail("show", db, ra);
		goto out;
	}
	PGresult *rh = q(db, "SELECT letter_id, rule, field, weight, category FROM rule_hits "
			     "WHERE case_id = $1 ORDER BY abs(id)", 1, idp);
	if (!rows_ok(rh)) {
		PQclear(ra);
		ret = db_fail("show", db, rh);
		goto out;
	}
	r = q(db, "SELECT id, extract(epoch FROM received_at), extract(epoch FROM written_at), "
		  "source, source_name, language, confidential, anonymous, district, message_id, "
		  "from_name, from_address, phone, subject, body, raw IS NOT NULL, "
		  "array_to_json(warnings)::text FROM letters WHERE case_id = $1 ORDER BY (id > 0) DESC, abs(id)", 1, idp);
	if (!rows_ok(r)) {
		PQclear(ra);
		PQclear(rh);
		ret = db_fail("show", db, r);
		goto out;
	}
	json_t *letters = json_array();
	json_object_set_new(doc, "letters", letters);
	for (int i = 0; i < PQntuples(r) && ret == EX_OK; i++) {
		const char *lid = PQgetvalue(r, i, 0);
		bool sealed = val_true(r, i, 6);
		json_t *lj = json_object(), *ident = NULL;
		json_array_append_new(letters, lj);
		json_object_set_new(lj, "received", json_time(r, i, 1));
		json_object_set_new(lj, "written", json_time(r, i, 2));
		json_object_set_new(lj, "source", json_string(PQgetvalue(r, i, 3)));
		json_object_set_new(lj, "source_name", json_string(PQgetvalue(r, i, 4)));
		json_object_set_new(lj, "language", json_str_or_null(val(r, i, 5)));
		json_object_set_new(lj, "confidential", json_boolean(sealed));
		json_object_set_new(lj, "anonymous", json_boolean(val_true(r, i, 7)));
		json_object_set_new(lj, "district", json_str_or_null(val(r, i, 8)));
		json_t *warn = json_loads(PQgetvalue(r, i, 16), 0, NULL);
		json_object_set_new(lj, "warnings", json_is_array(warn) ? warn : json_array());
		if (!json_is_array(warn))
			json_decref(warn);

		size_t box_n;
		const unsigned char *box = sealed
			? reveal_box(rv, "letter", strtoll(lid, NULL, 10), &box_n) : NULL;
		if (box) {
			ident = open_box("show", number, key, box, box_n, &ret);
			if (ident == NULL)
				break;
		}
		json_t *from = json_object();
		if (sealed && ident == NULL) {
			json_object_set_new(lj, "sealed", json_true());
			json_decref(from);
			json_object_set_new(lj, "from", json_null());
			json_object_set_new(lj, "message_id", json_null());
			json_object_set_new(lj, "subject", json_null());
			json_object_set_new(lj, "text", json_null());
		} else if (ident) {
			json_object_set_new(lj, "sealed", json_false());
			json_object_set(from, "name", json_object_get(ident, "from_name"));
			json_object_set(from, "address", json_object_get(ident, "from_address"));
			json_object_set(from, "phone", json_object_get(ident, "phone"));
			json_object_set_new(lj, "from", from);
			json_object_set(lj, "message_id", json_object_get(ident, "message_id"));
			json_object_set(lj, "subject", json_object_get(ident, "subject"));
			json_object_set(lj, "text", json_object_get(ident, "text"));
		} else {
			json_object_set_new(lj, "sealed", json_false());
			json_object_set_new(from, "name", json_str_or_null(val(r, i, 10)));
			json_object_set_new(from, "address", json_str_or_null(val(r, i, 11)));
			json_object_set_new(from, "phone", json_str_or_null(val(r, i, 12)));
			json_object_set_new(lj, "from", from);
			json_object_set_new(lj, "message_id", json_str_or_null(val(r, i, 9)));
			json_object_set_new(lj, "subject", json_str_or_null(val(r, i, 13)));
			json_object_set_new(lj, "text", json_str_or_null(val(r, i, 14)));
		}
		/* null members (json_object_set of NULL fails): say null */
		static const char *const keys[] = {"message_id", "subject", "text"};
		for (size_t k = 0; k < 3; k++)
			if (json_object_get(lj, keys[k]) == NULL)
				json_object_set_new(lj, keys[k], json_null());
		if (json_is_object(json_object_get(lj, "from"))) {
			static const char *const fk[] = {"name", "address", "phone"};
			for (size_t k = 0; k < 3; k++)
				if (json_object_get(json_object_get(lj, "from"), fk[k]) == NULL)
					json_object_set_new(json_object_get(lj, "from"), fk[k], json_null());
		}

		json_t *att = json_array(), *sealed_att = json_object_get(ident, "attachments");
		for (int k = 0; k < PQntuples(ra); k++) {
			if (strcmp(PQgetvalue(ra, k, 0), lid) != 0)
				continue;
			json_t *a = json_object();
			const char *fn = val(ra, k, 2);
			long pos = strtol(PQgetvalue(ra, k, 1), NULL, 10);
			if (fn == NULL && sealed_att && pos >= 1)
				fn = json_string_value(json_object_get(
					json_array_get(sealed_att, (size_t)pos - 1), "filename"));
			json_object_set_new(a, "filename", fn ? json_string(fn) : json_null());
			if (fn == NULL && sealed && ident == NULL)
				json_object_set_new(a, "sealed", json_true());
			json_object_set_new(a, "content_type", json_string(PQgetvalue(ra, k, 3)));
			json_object_set_new(a, "size", json_integer(strtoll(PQgetvalue(ra, k, 4),
									   NULL, 10)));
			json_array_append_new(att, a);
		}
		json_object_set_new(lj, "attachments", att);

		json_t *rules = json_array();
		for (int k = 0; k < PQntuples(rh); k++) {
			if (strcmp(PQgetvalue(rh, k, 0), lid) != 0)
				continue;
			json_t *h = json_object();
			json_object_set_new(h, "rule", json_string(PQgetvalue(rh, k, 1)));
			json_object_set_new(h, "field", json_string(PQgetvalue(rh, k, 2)));
			json_object_set_new(h, "weight", json_integer(strtol(PQgetvalue(rh, k, 3),
									     NULL, 10)));
			json_object_set_new(h, "category", json_str_or_null(val(rh, k, 4)));
			json_object_set_new(h, "words", json_null());
			json_array_append_new(rules, h);
		}
		json_object_set_new(lj, "rules", rules);

		/* the words: the letter's own bytes classified again */
		if (json_array_size(rules) > 0) {
			if (ident) {
				const char *b64 = json_string_value(json_object_get(ident, "raw"));
				size_t blen = b64 ? strlen(b64) : 0, n = 0;
				unsigned char *raw = xmalloc(blen + 1);
				if (b64 && sodium_base642bin(raw, blen + 1, b64, blen, "\r\n", &n, NULL,
							     sodium_base64_VARIANT_ORIGINAL) == 0)
					show_words(sr, rules, raw, n);
				sodium_memzero(raw, blen + 1);
				free(raw);
			} else if (!sealed && val_true(r, i, 15)) {
				PGresult *rr;
				const unsigned char *raw;
				size_t n;
				ret = fetch_bytea("show", db, "SELECT raw FROM letters WHERE id = $1",
						  lid, &rr, &raw, &n);
				if (ret != EX_OK) {
					json_decref(ident);
					break;
				}
				if (raw)
					show_words(sr, rules, raw, n);
				PQclear(rr);
			} else {
				json_object_set_new(lj, "rules_note", json_string(
					sealed ? (key ? "sealed to another key"
						      : "sealed: the matched words need --key")
					       : "the letter's bytes are not kept"));
			}
		}
		json_decref(ident);
	}
	PQclear(r);
	PQclear(ra);
	PQclear(rh);
	if (ret != EX_OK)
		goto out;
	if (sr->note)
		json_object_set_new(doc, "rules_note", json_string(sr->note));

	r = q(db, "SELECT extract(epoch FROM at), who, what, detail::text FROM case_events "
		  "WHERE case_id = $1 ORDER BY at, abs(id)", 1, idp);
	if (!rows_ok(r)) {
		ret = db_fail("show", db, r);
		goto out;
	}
	json_t *hist = json_array();
	for (int i = 0; i < PQntuples(r); i++) {
		json_t *e = json_object();
		json_object_set_new(e, "at", json_time(r, i, 0));
		json_object_set_new(e, "who", json_string(PQgetvalue(r, i, 1)));
		json_object_set_new(e, "what", json_string(PQgetvalue(r, i, 2)));
		json_t *d = json_loads(PQgetvalue(r, i, 3), 0, NULL);
		json_object_set_new(e, "detail", d ? d : json_object());
		json_array_append_new(hist, e);
	}
	json_object_set_new(doc, "history", hist);
	PQclear(r);

	r = q(db, "SELECT kind, status, attempts, extract(epoch FROM sent_at), "
		  "extract(epoch FROM created_at), created_by, last_error FROM outbox "
		  "WHERE case_id = $1 ORDER BY abs(id)", 1, idp);
	if (!rows_ok(r)) {
		ret = db_fail("show", db, r);
		goto out;
	}
	json_t *ob = json_array();
	for (int i = 0; i < PQntuples(r); i++) {
		json_t *e = json_object();
		json_object_set_new(e, "kind", json_string(PQgetvalue(r, i, 0)));
		json_object_set_new(e, "status", json_string(PQgetvalue(r, i, 1)));
		json_object_set_new(e, "attempts", json_integer(strtol(PQgetvalue(r, i, 2), NULL, 10)));
		json_object_set_new(e, "sent_at", json_time(r, i, 3));
		json_object_set_new(e, "created_at", json_time(r, i, 4));
		json_object_set_new(e, "created_by", json_string(PQgetvalue(r, i, 5)));
		json_object_set_new(e, "last_error", json_str_or_null(val(r, i, 6)));
		json_array_append_new(ob, e);
	}
	json_object_set_new(doc, "outbox", ob);
	PQclear(r);

	r = q(db, "SELECT kind, action, status, extract(epoch FROM received_at) FROM case_reports "
		  "WHERE case_id = $1 ORDER BY abs(id)", 1, idp);
	if (!rows_ok(r)) {
		ret = db_fail("show", db, r);
		goto out;
	}
	json_t *rep = json_array();
	for (int i = 0; i < PQntuples(r); i++) {
		json_t *e = json_object();
		json_object_set_new(e, "kind", json_string(PQgetvalue(r, i, 0)));
		json_object_set_new(e, "action", json_str_or_null(val(r, i, 1)));
		json_object_set_new(e, "status", json_str_or_null(val(r, i, 2)));
		json_object_set_new(e, "received", json_time(r, i, 3));
		json_array_append_new(rep, e);
	}
	json_object_set_new(doc, "reports", rep);
	PQclear(r);
out:
	PQclear(rv);
	if (ret != EX_OK) {
		json_decref(doc);
		return ret;
	}
	*doc_r = doc;
	return EX_OK;
}

static const char *
jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void
show_field(FILE *out, const char *label, const char *v)
{
	fprintf(out, "  %-14s", label);
	put_cell(out, v ? v : "-", 0, 0);
	fputc('\n', out);
}

/* The case as text for people; local times. */
/* A case event's detail in words, for the history of `show` (--json keeps
 * the detail as it is). False when the event is not one we know. */
static bool
event_summary(const char *what, const json_t *d, char *out, size_t len)
{
#define D(k) (jstr(d, k) ? jstr(d, k) : "-")
	out[0] = '\0';
	if (what == NULL)
		return false;
	if (strcmp(what, "filed") == 0) {
		snprintf(out, len, "as %s, to %s, from %s%s%s", D("category"), D("department"),
			 D("source"), jstr(d, "rules") ? ", rules " : "",
			 jstr(d, "rules") ? jstr(d, "rules") : "");
	} else if (strcmp(what, "reclassified") == 0) {
		snprintf(out, len, "%s -> %s%s%s", D("from"), D("to"), jstr(d, "note") ? ": " : "",
			 jstr(d, "note") ? jstr(d, "note") : "");
	} else if (strcmp(what, "assigned") == 0) {
		snprintf(out, len, "%s -> %s", D("from"), D("to"));
	} else if (strcmp(what, "closed") == 0) {
		if (jstr(d, "why"))
			snprintf(out, len, "answer not mailed: %s", D("why"));
		else
			snprintf(out, len, "answer %s", D("answer"));
	} else if (strcmp(what, "follow-up") == 0) {
		snprintf(out, len, "a letter joined (by %s)%s", D("how"),
			 json_is_true(json_object_get(d, "reopened")) ? "; the case reopened" : "");
	} else if (strcmp(what, "mail sent") == 0 || strcmp(what, "mail cancelled") == 0) {
		snprintf(out, len, "%s", D("mail"));
	} else if (strcmp(what, "mail failed") == 0) {
		snprintf(out, len, "%s: %s", D("mail"), D("error"));
	} else if (strcmp(what, "delivery report") == 0 || strcmp(what, "automatic reply") == 0) {
		snprintf(out, len, "about the %s: %s %s", D("mail"), D("action"), D("status"));
	} else if (strcmp(what, "confidentiality confirmed") == 0 || strcmp(what, "released") == 0
		   || strcmp(what, "sealed") == 0) {
		snprintf(out, len, "%s", jstr(d, "note") ? jstr(d, "note") : "");
	} else if (strcmp(what, "reopened") == 0 || strcmp(what, "identity revealed") == 0) {
		return true;
	} else {
		return false;
	}
	return true;
#undef D
}

static void
show_text(FILE *out, const json_t *doc)
{
	char t[64], line[512];
	fprintf(out, "Case ");
	put_cell(out, jstr(doc, "number"), 0, 0);
	fprintf(out, "\n");
	snprintf(line, sizeof(line), "%s%s", jstr(doc, "category"),
		 json_is_true(json_object_get(doc, "needs_review")) ? " (needs review)" : "");
	show_field(out, "category", line);
	show_field(out, "status", jstr(doc, "status"));
	show_field(out, "department", jstr(doc, "department"));
	show_field(out, "priority", jstr(doc, "priority"));
	show_field(out, "confidential", json_is_true(json_object_get(doc, "confidential"))
		   ? (json_is_true(json_object_get(doc, "identity_revealed"))
		      ? "yes (identity revealed: recorded)" : "yes") : "no");
	if (json_is_true(json_object_get(doc, "confidential_review")))
		show_field(out, "review", "sealed on weaker evidence: to be confirmed or released "
			   "by a supervisor");
	if (json_is_true(json_object_get(doc, "automatic")))
		show_field(out, "automatic", "yes (a bounce or an auto-reply, not a citizen)");
	iso_local(jstr(doc, "received"), t, sizeof(t));
	show_field(out, "received", t);
	iso_local(jstr(doc, "updated"), t, sizeof(t));
	show_field(out, "updated", t);
	iso_local(jstr(doc, "closed"), t, sizeof(t));
	show_field(out, "closed", t);
	if (jstr(doc, "answer")) {
		fprintf(out, "\nAnswer\n");
		put_text(out, jstr(doc, "answer"), "    ");
	} else if (json_is_true(json_object_get(doc, "answer_sealed"))) {
		show_field(out, "answer", "sealed (--key opens it)");
	}

	const json_t *letters = json_object_get(doc, "letters");
	size_t nl = json_array_size(letters), i;
	const json_t *lj;
	json_array_foreach(letters, i, lj) {
		iso_local(jstr(lj, "received"), t, sizeof(t));
		fprintf(out, "\nLetter %zu of %zu, received %s", i + 1, nl, t);
		fprintf(out, " (%s, ", jstr(lj, "source"));
		put_cell(out, jstr(lj, "source_name") ? jstr(lj, "source_name") : "", 0, 0);
		fprintf(out, ", language %s)\n", jstr(lj, "language") ? jstr(lj, "language") : "?");
		if (json_is_true(json_object_get(lj, "sealed"))) {
			show_field(out, "from", "sealed");
			show_field(out, "subject", "sealed");
		} else {
			const json_t *f = json_object_get(lj, "from");
			const char *name = jstr(f, "name"), *addr = jstr(f, "address"),
				   *phone = jstr(f, "phone");
			fprintf(out, "  %-14s", "from");
			if (!name && !addr && !phone)
				fputs("-", out);
			if (name)
				put_cell(out, name, 0, 0);
			if (addr) {
				fputs(name ? " <" : "<", out);
				put_cell(out, addr, 0, 0);
				fputs(">", out);
			}
			if (phone) {
				fputs(name || addr ? ", phone " : "phone ", out);
				put_cell(out, phone, 0, 0);
			}
			fputc('\n', out);
			show_field(out, "subject", jstr(lj, "subject"));
		}
		if (json_is_true(json_object_get(lj, "anonymous")))
			show_field(out, "anonymous", "yes");
		if (jstr(lj, "district"))
			show_field(out, "district", jstr(lj, "district"));
		size_t k;
		const json_t *a;
		const json_t *att = json_object_get(lj, "attachments");
		if (json_array_size(att) > 0) {
			fprintf(out, "  attachments\n");
			json_array_foreach(att, k, a) {
				fputs("    ", out);
				put_cell(out, jstr(a, "filename") ? jstr(a, "filename")
					 : json_is_true(json_object_get(a, "sealed")) ? "(sealed)"
					 : "(no name)", 0, 0);
				fprintf(out, "  ");
				put_cell(out, jstr(a, "content_type"), 0, 0);
				fprintf(out, "  %" JSON_INTEGER_FORMAT " bytes\n",
					json_integer_value(json_object_get(a, "size")));
			}
		}
		const json_t *rules = json_object_get(lj, "rules");
		if (json_array_size(rules) > 0) {
			fprintf(out, "  rules\n");
			json_array_foreach(rules, k, a) {
				fputs("    ", out);
				put_cell(out, jstr(a, "rule"), 0, 28);
				fprintf(out, " %-8s %-13s %+" JSON_INTEGER_FORMAT, jstr(a, "field"),
					jstr(a, "category") ? jstr(a, "category") : "(no category)",
					json_integer_value(json_object_get(a, "weight")));
				if (jstr(a, "words")) {
					fputs("  \"", out);
					put_cell(out, jstr(a, "words"), 0, 0);
					fputs("\"", out);
				} else if (jstr(a, "note")) {
					fprintf(out, "  (%s)", jstr(a, "note"));
				}
				fputc('\n', out);
			}
			if (jstr(lj, "rules_note"))
				fprintf(out, "    (%s)\n", jstr(lj, "rules_note"));
		}
		const json_t *warn = json_object_get(lj, "warnings");
		if (json_array_size(warn) > 0) {
			fprintf(out, "  warnings\n");
			json_array_foreach(warn, k, a) {
				fputs("    ", out);
				put_cell(out, json_string_value(a) ? json_string_value(a) : "", 0, 0);
				fputc('\n', out);
			}
		}
		if (json_is_true(json_object_get(lj, "sealed"))) {
			fprintf(out, "  text          sealed (a supervisor opens it with --key)\n");
		} else {
			fprintf(out, "  text\n");
			put_text(out, jstr(lj, "text") ? jstr(lj, "text") : "", "    ");
		}
	}
	if (jstr(doc, "rules_note"))
		fprintf(out, "\n(%s)\n", jstr(doc, "rules_note"));

	fprintf(out, "\nHistory\n");
	size_t k;
	const json_t *e;
	json_array_foreach(json_object_get(doc, "history"), k, e) {
		iso_local(jstr(e, "at"), t, sizeof(t));
		fprintf(out, "  %s  ", t);
		put_cell(out, jstr(e, "who"), 0, 20);
		fputs("  ", out);
		put_cell(out, jstr(e, "what"), 0, 18);
		char summary[1024];
		if (event_summary(jstr(e, "what"), json_object_get(e, "detail"), summary,
				  sizeof(summary))) {
			if (summary[0]) {
				fputs("  ", out);
				put_cell(out, summary, 0, 0);
			}
		} else {
			char *d = json_dumps(json_object_get(e, "detail"),
					     JSON_COMPACT | JSON_SORT_KEYS);
			if (d && strcmp(d, "{}") != 0) {
				fputs("  ", out);
				put_cell(out, d, 0, 0);
			}
			free(d);
		}
		fputc('\n', out);
	}
	fprintf(out, "\nOutbox\n");
	if (json_array_size(json_object_get(doc, "outbox")) == 0)
		fprintf(out, "  (none)\n");
	json_array_foreach(json_object_get(doc, "outbox"), k, e) {
		iso_local(jstr(e, "created_at"), t, sizeof(t));
		fprintf(out, "  %-15s %-8s %" JSON_INTEGER_FORMAT " attempt(s)  queued %s by ",
			jstr(e, "kind"), jstr(e, "status"),
			json_integer_value(json_object_get(e, "attempts")), t);
		put_cell(out, jstr(e, "created_by"), 0, 0);
		if (jstr(e, "sent_at")) {
			iso_local(jstr(e, "sent_at"), t, sizeof(t));
			fprintf(out, ", sent %s", t);
		}
		if (jstr(e, "last_error")) {
			fputs(", last error: ", out);
			put_cell(out, jstr(e, "last_error"), 0, 0);
		}
		fputc('\n', out);
	}
	fprintf(out, "\nDelivery reports\n");
	if (json_array_size(json_object_get(doc, "reports")) == 0)
		fprintf(out, "  (none)\n");
	json_array_foreach(json_object_get(doc, "reports"), k, e) {
		iso_local(jstr(e, "received"), t, sizeof(t));
		fprintf(out, "  %s  ", t);
		put_cell(out, jstr(e, "kind"), 0, 16);
		fputs("  action ", out);
		put_cell(out, jstr(e, "action") ? jstr(e, "action") : "-", 0, 0);
		fputs("  status ", out);
		put_cell(out, jstr(e, "status") ? jstr(e, "status") : "-", 0, 0);
		fputc('\n', out);
	}
}

static int
cases_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{"key", required_argument, NULL, 'k'},
		{"json", no_argument, NULL, 'j'},
		{"rules", required_argument, NULL, 'r'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *config_path = NULL, *key = NULL;
	struct show_rules sr = {0};
	bool json = false;
	int c, ret = EX_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': key = optarg; break;
		case 'j': json = true; break;
		case 'r': sr.opt = optarg; break;
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 'h': show_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases show", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		show_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	if (!valid_case_number(number)) {
		fprintf(stderr, "mayorbox cases show: CASE '%s': not a case number (like "
			"2026-000123)\n", number);
		return EX_USAGE;
	}
	if (key && access(key, R_OK) != 0) {
		fprintf(stderr, "mayorbox cases show: --key %s: %s\n", key, strerror(errno));
		return EX_NOINPUT;
	}
	PGconn *db = cases_connect("show", db_opt, config_path, &ret);
	if (db == NULL)
		return ret;
	json_t *doc = NULL;
	if (!db_exec_ok(db, "BEGIN ISOLATION LEVEL REPEATABLE READ")) {
		fprintf(stderr, "mayorbox cases show: database: %s\n", db_error(db));
		PQfinish(db);
		return EX_UNAVAILABLE;
	}
	ret = show_build(db, number, key, &sr, &doc);
	if (ret != EX_OK) {
		rollback(db);
	} else if (!db_commit(db)) {
		/* the record of an opening must be kept before anything is shown */
		fprintf(stderr, "mayorbox cases show: database: the transaction did not commit: "
			"%s\n", db_error(db));
		ret = EX_UNAVAILABLE;
	}
	PQfinish(db);
	ruleset_unref(&sr.set);
	if (ret != EX_OK) {
		json_decref(doc);
		return ret;
	}
	if (json) {
		if (json_dumpf(doc, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
	} else {
		bool paged;
		FILE *out = pager_open(&paged);
		show_text(out, doc);
		ret = pager_close(out, paged);
	}
	json_decref(doc);
	if (fflush(stdout) != 0 && ret == EX_OK)
		ret = EX_IOERR;
	return ret;
}

/* ------------------------------------------------------------------------
 * The changes: reclassify, assign, close, reopen.
 */

/* The options of a change (reclassify, assign, close, reopen, seal). */
struct change_opts {
	const char *db_opt, *config_path;
	const char *note, *reply_file, *key;
	const char *outbox_key, *public_key;	/* pinned public key files */
	bool no_mail;
	struct config cfg;	/* --config, loaded by change_begin; the caller deinits */
};

/* Starts a change: checks the case number, connects, BEGIN. */
static int
change_begin(const char *sub, const char *number, struct change_opts *o, PGconn **db_r)
{
	int ret = EX_OK;
	*db_r = NULL;
	if (!valid_case_number(number)) {
		fprintf(stderr, "mayorbox cases %s: CASE '%s': not a case number (like "
			"2026-000123)\n", sub, number);
		return EX_USAGE;
	}
	PGconn *db = cases_connect_cfg(sub, o->db_opt, o->config_path, &o->cfg, &ret);
	if (db == NULL) {
		config_deinit(&o->cfg);
		return ret;
	}
	if (!db_exec_ok(db, "BEGIN")) {
		fprintf(stderr, "mayorbox cases %s: database: %s\n", sub, db_error(db));
		PQfinish(db);
		config_deinit(&o->cfg);
		return EX_UNAVAILABLE;
	}
	*db_r = db;
	return EX_OK;
}

/* COMMIT, or ROLLBACK when ret says so; closes db. */
static int
change_end(const char *sub, PGconn *db, int ret)
{
	if (ret == EX_OK && !db_commit(db)) {
		fprintf(stderr, "mayorbox cases %s: database: the change did not commit: %s\n", sub,
			db_error(db));
		ret = EX_UNAVAILABLE;
	} else if (ret != EX_OK) {
		rollback(db);
	}
	PQfinish(db);
	return ret;
}

static int
cases_reclassify(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	int c, ret;
	char words[200];

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n': o.note = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': reclassify_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases reclassify", argc, argv);
		}
	}
	if (optind + 2 != argc) {
		reclassify_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind], *category = argv[optind + 1];
	if (!in_list(category, cases_categories)) {
		join_list(cases_categories, words, sizeof(words));
		fprintf(stderr, "mayorbox cases reclassify: CATEGORY '%s': not a category (%s)\n",
			category, words);
		return EX_USAGE;
	}
	if (o.note && (strlen(o.note) > CASES_NOTE_MAX || !utf8_valid(o.note, strlen(o.note), NULL))) {
		fprintf(stderr, "mayorbox cases reclassify: --note: not UTF-8 text of at most %u "
			"bytes\n", CASES_NOTE_MAX);
		return EX_USAGE;
	}
	PGconn *db;
	if ((ret = change_begin("reclassify", number, &o, &db)) != EX_OK)
		return ret;
	config_deinit(&o.cfg);
	PGresult *cr;
	if ((ret = read_case("reclassify", db, number, &cr)) != EX_OK)
		return change_end("reclassify", db, ret);
	char before[64];
	const char *p[3] = {number, category, o.note};
	PGresult *r = q(db, "SELECT case_reclassify($1, $2, $3)", 3, p);
	if (!rows_ok(r) || PQntuples(r) != 1) {
		ret = fn_fail("reclassify", db, r, number);
		goto out;
	}
	snprintf(before, sizeof(before), "%s", PQgetisnull(r, 0, 0) ? PQgetvalue(cr, 0, 1)
		 : PQgetvalue(r, 0, 0));
	PQclear(r);
out:
	ret = change_end("reclassify", db, ret);
	if (ret == EX_OK && strcmp(before, category) == 0)
		printf("%s: %s confirmed (marked reviewed)\n", number, category);
	else if (ret == EX_OK)
		printf("%s: %s -> %s\n", number, before, category);
	PQclear(cr);
	return ret;
}

/* Is dept one the rules route to, or one in use (any case)? Its spelling
 * there goes to canon. EX_DATAERR, with the known names on stderr, when
 * it is neither: a typo must not become a department of its own. */
static int
known_department(PGconn *db, const char *rules_opt, const char *dept, char *canon,
		 size_t canon_len)
{
	char dir[4096];
	struct ruleset *set = NULL;
	PGresult *r = q(db, "SELECT DISTINCT department FROM cases WHERE department IS NOT NULL "
			    "ORDER BY 1", 0, NULL);
	if (!rows_ok(r))
		return db_fail("assign", db, r);
	size_t n = (size_t)PQntuples(r);
	const char **names = NULL;
	size_t count = 0;
	/* the rules' names and the directory's (a department there may have no
	 * routing rule yet); quietly none when they cannot be loaded */
	if (cli_rules_load(rulesdir_find(rules_opt, dir, sizeof(dir)), &set) != EX_OK)
		set = NULL;
	names = xmalloc((n + (set ? set->count + set->departments_count : 0) + 1)
			* sizeof(*names));
	for (size_t i = 0; i < n; i++)
		names[count++] = PQgetvalue(r, (int)i, 0);
	if (set) {
		for (size_t i = 0; i < set->departments_count; i++)
			names[count++] = set->departments[i].name;
		for (size_t i = 0; i < set->count; i++)
			if (set->rules[i].department
			    && strcmp(set->rules[i].department, RULES_DEPARTMENT_NONE) != 0)
				names[count++] = set->rules[i].department;
	}
	int ret = EX_DATAERR;
	for (size_t i = 0; i < count; i++)
		if (strcasecmp(names[i], dept) == 0) {
			snprintf(canon, canon_len, "%s", names[i]);
			ret = EX_OK;
			break;
		}
	if (ret != EX_OK) {
		fprintf(stderr, "mayorbox cases assign: DEPARTMENT: no department is called \"");
		put_cell(stderr, dept, 0, 0);
		fprintf(stderr, "\" (--new-department adds one); known:\n");
		for (size_t i = 0; i < count; i++) {
			bool dup = false;
			for (size_t k = 0; k < i && !dup; k++)
				dup = strcmp(names[k], names[i]) == 0;
			if (!dup) {
				fprintf(stderr, "  ");
				put_cell(stderr, names[i], 0, 0);
				fprintf(stderr, "\n");
			}
		}
	}
	free(names);
	ruleset_unref(&set);
	PQclear(r);
	return ret;
}

static int
cases_assign(int argc, char **argv)
{
	static const struct option opts[] = {
		CASES_COMMON_OPTS,
		{"new-department", no_argument, NULL, 'n'},
		{"rules", required_argument, NULL, 'r'},
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	int c, ret;
	bool new_department = false;
	const char *rules_opt = NULL;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'n': new_department = true; break;
		case 'r': rules_opt = optarg; break;
		case 'h': assign_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases assign", argc, argv);
		}
	}
	if (optind + 2 != argc) {
		assign_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind], *dept = argv[optind + 1];
	size_t dl = strlen(dept);
	bool blank = true;
	for (size_t i = 0; i < dl; i++) {
		if ((unsigned char)dept[i] < 0x20 || dept[i] == 0x7F) {
			blank = true;
			break;
		}
		if (dept[i] != ' ')
			blank = false;
	}
	if (blank || dl > CASES_DEPARTMENT_MAX || !utf8_valid(dept, dl, NULL)) {
		fprintf(stderr, "mayorbox cases assign: DEPARTMENT: a name of UTF-8 text, at most "
			"%u bytes, without control characters\n", CASES_DEPARTMENT_MAX);
		return EX_USAGE;
	}
	PGconn *db;
	if ((ret = change_begin("assign", number, &o, &db)) != EX_OK)
		return ret;
	config_deinit(&o.cfg);
	PGresult *cr;
	if ((ret = read_case("assign", db, number, &cr)) != EX_OK)
		return change_end("assign", db, ret);
	char canon[CASES_DEPARTMENT_MAX + 1];
	const char *status = "";
	if (!new_department
	    && (ret = known_department(db, rules_opt, dept, canon, sizeof(canon))) != EX_OK)
		goto out;
	if (!new_department)
		dept = canon;
	const char *old = PQgetvalue(cr, 0, 3);
	status = strcmp(old, "new") == 0 || strcmp(old, "reopened") == 0 ? "assigned" : old;
	const char *p[2] = {number, dept};
	PGresult *r = q(db, "SELECT case_assign($1, $2)", 2, p);
	if (!rows_ok(r) || PQntuples(r) != 1) {
		ret = fn_fail("assign", db, r, number);
		goto out;
	}
	PQclear(r);
out:
	ret = change_end("assign", db, ret);
	if (ret == EX_OK) {
		printf("%s: assigned to ", number);
		put_cell(stdout, dept, 0, 0);
		printf(" (status %s)\n", status);
	}
	PQclear(cr);
	return ret;
}

/* The answer file: UTF-8 text, at most CASES_REPLY_MAX bytes, not empty.
 * Returns EX_OK with *text_r (caller frees), else a code (reported, naming
 * the file). */
static int
read_reply(const char *path, char **text_r)
{
	char err[600], *data;
	size_t len, bad;
	*text_r = NULL;
	enum mb_status rs = readfile(path, CASES_REPLY_MAX, &data, &len, err, sizeof(err));
	if (rs == MB_LIMIT) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s: larger than %u bytes "
			"(1 MiB)\n", path, CASES_REPLY_MAX);
		return EX_DATAERR;
	}
	if (rs != MB_OK) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s\n", err);
		return rs == MB_NO_INPUT ? EX_NOINPUT : EX_IOERR;
	}
	if (!utf8_valid(data, len, &bad)) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s: not UTF-8 text (byte %zu)\n",
			path, bad);
		free(data);
		return EX_DATAERR;
	}
	bool blank = true;
	for (size_t i = 0; i < len && blank; i++)
		if (!isspace((unsigned char)data[i]))
			blank = false;
	if (blank) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s: the answer is empty\n", path);
		free(data);
		return EX_DATAERR;
	}
	*text_r = data;
	return EX_OK;
}

static bool
nonempty(const char *s)
{
	if (s == NULL)
		return false;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return true;
	return false;
}

/* Why case_close() queued no mail, in words (its codes, schema 006). */
static const char *
close_why(const char *code)
{
	static const struct {
		const char *code, *words;
	} w[] = {
		{"no mail requested", "closed with --no-mail"},
		{"anonymous writer", "the writer is anonymous"},
		{"no name", "the writer gave no name"},
		{"no address", "the writer gave no e-mail address"},
		{"automatic", "an automatic message (bounce or auto-reply), not a citizen's letter"},
		{"no sealed reply address", "the writer left no reply address sealed to the "
					    "outbox key"},
		{"no answer text", "the answer is empty"},
		{"outbox key differs", "the writer's reply address is sealed to another outbox "
				       "key than the pinned one (--outbox-key)"},
	};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (strcmp(code, w[i].code) == 0)
			return w[i].words;
	return code;
}

/* The bytes of a sealed box for a binary parameter; NULL when p is NULL. */
static unsigned char *
seal_bytes(const struct seal_key *key, const char *p, size_t n, size_t *len_r)
{
	*len_r = 0;
	return p ? seal_seal(key, p, n, len_r) : NULL;
}

static int
cases_close(int argc, char **argv)
{
	static const struct option opts[] = {
		{"reply-file", required_argument, NULL, 'f'},
		{"key", required_argument, NULL, 'k'},
		{"outbox-key", required_argument, NULL, 'O'},
		{"no-mail", no_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	int c, ret;
	char *answer = NULL, *body = NULL;
	unsigned char *answer_box = NULL, *body_box = NULL;
	size_t answer_box_n = 0, body_box_n = 0;
	PGresult *cr = NULL, *lr = NULL, *r;
	PGconn *db = NULL;
	const char *why = NULL, *addr = NULL;
	bool confidential = false, mail;
	char outbox_id[32] = "", body_kid[17] = "", result[64] = "";

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'f': o.reply_file = optarg; break;
		case 'k': o.key = optarg; break;
		case 'O': o.outbox_key = optarg; break;
		case 'n': o.no_mail = true; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': close_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases close", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		close_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	if (o.reply_file == NULL && !o.no_mail) {
		fprintf(stderr, "mayorbox cases close: --reply-file FILE is needed (the answer), "
			"or --no-mail\n");
		return EX_USAGE;
	}
	if (o.reply_file && (ret = read_reply(o.reply_file, &answer)) != EX_OK)
		return ret;
	if (o.key && access(o.key, R_OK) != 0) {
		fprintf(stderr, "mayorbox cases close: --key %s: %s\n", o.key, strerror(errno));
		free(answer);
		return EX_NOINPUT;
	}
	if ((ret = change_begin("close", number, &o, &db)) != EX_OK)
		goto out;
	if ((ret = read_case("close", db, number, &cr)) != EX_OK)
		goto out;
	confidential = val_true(cr, 0, 4);
	if (strcmp(PQgetvalue(cr, 0, 3), "closed") == 0) {
		char t[64];
		time_local(val(cr, 0, 6) ? strtod(val(cr, 0, 6), NULL) : 0, t, sizeof(t));
		fprintf(stderr, "mayorbox cases close: %s: already closed (%s); 'mayorbox cases "
			"reopen' first\n", number, val(cr, 0, 6) ? t : "-");
		ret = EX_DATAERR;
		goto out;
	}
	mail = !o.no_mail;
	if (o.no_mail)
		why = "closed with --no-mail";
	/* the case's first letter: its writer, as far as this login may read */
	const char *idp[1] = {PQgetvalue(cr, 0, 0)};
	lr = q(db, "SELECT from_name, from_address, anonymous FROM letters WHERE case_id = $1 "
		   "ORDER BY (id > 0) DESC, abs(id) LIMIT 1", 1, idp);
	if (!rows_ok(lr)) {
		ret = db_fail("close", db, lr);
		lr = NULL;
		goto out;
	}
	bool anonymous = PQntuples(lr) == 1 && val_true(lr, 0, 2);
	if (!confidential) {
		/* case_close() mails the first letter's writer; an address we
		 * cannot put in a header as it is gets no mail */
		addr = PQntuples(lr) == 1 ? val(lr, 0, 1) : NULL;
		if (mail && nonempty(addr) && strchr(addr, '@') && !replies_address_ok(addr)) {
			mail = false;
			why = "the writer's address is not one we can write to as it is";
		}
	} else {
		/* a supervisor: the answer is kept on the case sealed to the
		 * office's key, the mail waits sealed to the pinned outbox key */
		if (answer && o.key == NULL) {
			fprintf(stderr, "mayorbox cases close: %s is confidential: its answer is kept "
				"sealed to the office's key and its writer is answered only by a "
				"supervisor with --key SECRET_KEY_FILE; or close it without an "
				"answer (--no-mail, without --reply-file)\n", number);
			ret = EX_USAGE;
			goto out;
		}
		if (answer) {
			struct seal_key pk;
			char kid[17], err[512];
			if (seal_public_of_secret(o.key, &pk, kid, err, sizeof(err)) != 0) {
				fprintf(stderr, "mayorbox cases close: --key %s\n", err);
				ret = EX_DATAERR;
				goto out;
			}
			answer_box = seal_bytes(&pk, answer, strlen(answer), &answer_box_n);
		}
		const char *path = key_path(o.outbox_key, &o.cfg, "replies", "outbox_public_key_file");
		if (mail && *path) {
			struct seal_key opk;
			char err[600];
			if (seal_load_public(path, &opk, err, sizeof(err)) != 0) {
				fprintf(stderr, "mayorbox cases close: the outbox key: %s\n", err);
				ret = EX_CONFIG;
				goto out;
			}
			seal_key_id(&opk, body_kid);
			json_t *j = json_pack("{s:s}", "body", answer);
			body = j ? json_dumps(j, JSON_COMPACT) : NULL;
			json_decref(j);
			if (body)
				body_box = seal_bytes(&opk, body, strlen(body), &body_box_n);
			if (body_box == NULL) {
				fprintf(stderr, "mayorbox cases close: %s: sealing the answer failed\n",
					number);
				ret = EX_SOFTWARE;
				goto out;
			}
		} else if (mail && !anonymous && !val_true(cr, 0, 5)) {
			fprintf(stderr, "mayorbox cases close: %s: no outbox public key is pinned "
				"(--outbox-key FILE, or [replies] outbox_public_key_file of --config; "
				"the outbox.pub of 'mayorbox keygen --outbox'): the answer to a "
				"confidential writer waits only sealed, so it is not queued; nothing "
				"changed\n", number);
			ret = EX_UNAVAILABLE;
			goto out;
		}
	}
	if ((answer_box == NULL) != (answer_box_n == 0)) {
		ret = EX_SOFTWARE;
		goto out;
	}
	{
		static const Oid types[6] = {25, 25, 17, 16, 17, 25};
		const int formats[6] = {0, 0, 1, 0, 1, 0};
		const char *p[6] = {number, confidential ? NULL : answer, (const char *)answer_box,
				    mail ? "true" : "false", (const char *)body_box,
				    body_box ? body_kid : NULL};
		const int lens[6] = {0, 0, (int)answer_box_n, 0, (int)body_box_n, 0};
		r = PQexecParams(db, "SELECT case_close($1, $2, $3, $4, $5, $6)", 6, types, p,
				 lens, formats, 0);
	}
	if (!rows_ok(r) || PQntuples(r) != 1) {
		ret = fn_fail("close", db, r, number);
		goto out;
	}
	snprintf(result, sizeof(result), "%s", PQgetisnull(r, 0, 0) ? "" : PQgetvalue(r, 0, 0));
	PQclear(r);
	if (strcmp(result, "queued") == 0) {
		const char *pn[1] = {number};
		r = q(db, "SELECT id FROM outbox WHERE case_number = $1 AND kind = 'answer' "
			  "AND status = 'pending' ORDER BY created_at DESC, abs(id) DESC LIMIT 1", 1, pn);
		if (rows_ok(r) && PQntuples(r) == 1)
			snprintf(outbox_id, sizeof(outbox_id), "%s", PQgetvalue(r, 0, 0));
		PQclear(r);
	} else if (why == NULL && confidential && anonymous
		   && strcmp(result, "no sealed reply address") == 0) {
		why = "the writer is anonymous";
	} else if (why == NULL) {
		why = close_why(result);
	}
out:
	if (db)
		ret = change_end("close", db, ret);
	if (ret == EX_OK) {
		if (strcmp(result, "queued") != 0) {
			printf("%s: closed without mail: %s\n", number, why ? why : result);
		} else if (confidential || addr == NULL) {
			printf("%s: closed; the answer to the writer is queued (outbox %s)\n", number,
			       outbox_id[0] ? outbox_id : "?");
		} else {
			printf("%s: closed; the answer to ", number);
			put_cell(stdout, addr, 0, 0);
			printf(" is queued (outbox %s)\n", outbox_id[0] ? outbox_id : "?");
		}
	}
	PQclear(lr);
	PQclear(cr);
	config_deinit(&o.cfg);
	free(answer_box);
	free(body_box);
	if (body) {
		sodium_memzero(body, strlen(body));
		free(body);
	}
	if (answer) {
		sodium_memzero(answer, strlen(answer));
		free(answer);
	}
	return ret;
}

static int
cases_reopen(int argc, char **argv)
{
	static const struct option opts[] = {
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	int c, ret;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': reopen_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases reopen", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		reopen_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	PGconn *db;
	long cancelled = 0;
	if ((ret = change_begin("reopen", number, &o, &db)) != EX_OK)
		return ret;
	config_deinit(&o.cfg);
	PGresult *cr;
	if ((ret = read_case("reopen", db, number, &cr)) != EX_OK)
		return change_end("reopen", db, ret);
	if (strcmp(PQgetvalue(cr, 0, 3), "closed") != 0) {
		fprintf(stderr, "mayorbox cases reopen: %s: not closed (status %s)\n", number,
			PQgetvalue(cr, 0, 3));
		ret = EX_DATAERR;
		goto out;
	}
	/* the case, its event(s) and the cancelling of an answer still
	 * waiting in the outbox: one call */
	const char *p[1] = {number};
	PGresult *r = q(db, "SELECT case_reopen($1)", 1, p);
	if (!rows_ok(r) || PQntuples(r) != 1) {
		ret = fn_fail("reopen", db, r, number);
		goto out;
	}
	cancelled = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
out:
	ret = change_end("reopen", db, ret);
	if (ret == EX_OK && cancelled > 0)
		printf("%s: reopened; its answer, not sent yet, is cancelled\n", number);
	else if (ret == EX_OK)
		printf("%s: reopened\n", number);
	PQclear(cr);
	return ret;
}

/* ------------------------------------------------------------------------
 * seal: a public case turned confidential ("recall first").
 */

/* A JSON value of a text column that holds JSON (parsed->'to', refs), or
 * def when it is NULL or not JSON. */
static json_t *
json_col(const PGresult *r, int row, int col, json_t *def)
{
	const char *v = val(r, row, col);
	json_t *j = v ? json_loads(v, 0, NULL) : NULL;
	if (j == NULL)
		return def;
	json_decref(def);
	return j;
}

/* A public letter's identity (row i of the letters of cases_seal, its
 * attachments in ra) as the JSON the gateway seals when it files a
 * confidential letter: the keys of gateway/store/store.c's identity_json() (its
 * few lines repeated here: that one reads a parsed letter, this one the
 * columns), plus district, in_reply_to and references. Caller decrefs. */
static json_t *
seal_identity(const PGresult *r, int i, const PGresult *ra)
{
	const char *lid = PQgetvalue(r, i, 0);
	json_t *att = json_array();
	for (int k = 0; k < PQntuples(ra); k++) {
		if (strcmp(PQgetvalue(ra, k, 0), lid) != 0)
			continue;
		json_array_append_new(att, json_pack("{s:o, s:o, s:o}", "filename",
			json_str_or_null(val(ra, k, 1)), "content_type",
			json_str_or_null(val(ra, k, 2)), "data", json_str_or_null(val(ra, k, 3))));
	}
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
			 "message_id", json_str_or_null(val(r, i, 1)),
			 "from_name", json_str_or_null(val(r, i, 2)),
			 "from_address", json_str_or_null(val(r, i, 3)),
			 "phone", json_str_or_null(val(r, i, 4)),
			 "subject", json_str_or_null(val(r, i, 5)),
			 "text", json_str_or_null(val(r, i, 6)),
			 "to", json_col(r, i, 11, json_array()),
			 "reply_to", json_col(r, i, 12, json_array()),
			 "raw", json_str_or_null(val(r, i, 7)),
			 "attachments", att,
			 "district", json_str_or_null(val(r, i, 8)),
			 "in_reply_to", json_str_or_null(val(r, i, 9)),
			 "references", json_col(r, i, 10, json_array()));
}

static void
seal_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases seal CASE [--note TEXT] [--public-key FILE]\n"
		"       [--outbox-key FILE] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Turns a public case confidential (recall first: where a letter reports an\n"
		"official, or its writer asks for discretion, seal it and let a supervisor\n"
		"confirm or release). Each letter's identity (writer, address, phone,\n"
		"message id, subject, text, raw message, attachments) is sealed to the\n"
		"office's public key, the case's answer too, and case_seal() moves the case\n"
		"out of the clerks' tables in one transaction: its pending mail cancelled,\n"
		"its plain text erased, recorded as 'sealed' with the note. Afterwards a\n"
		"clerk is told 'no such case'.\n"
		"\n"
		"  --note TEXT         why (kept in the case's history)\n"
		"  --public-key FILE   the office's public key (mayorbox keygen DIR:\n"
		"                      DIR/confidential.pub), else [confidential]\n"
		"                      public_key_file of --config\n"
		"  --outbox-key FILE   the gateways' outbox public key (mayorbox keygen\n"
		"                      --outbox DIR: DIR/outbox.pub), else [replies]\n"
		"                      outbox_public_key_file of --config: the writer's\n"
		"                      reply address is sealed to it, so the writer can still\n"
		"                      be answered; without it the case gets no mail\n"
		"\n"
		"Exit: 0, 64 usage or no public key, 65 already confidential, 66 no such\n"
		"case, 69 no database, 77 not allowed, 78 a key file that cannot be read.\n");
}

static int
cases_seal(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		{"public-key", required_argument, NULL, 'p'},
		{"outbox-key", required_argument, NULL, 'O'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct seal_key office, outbox;
	char office_id[17], outbox_id[17], err[600];
	bool have_outbox = false;
	PGresult *cr = NULL, *lr = NULL, *ra = NULL, *r;
	PGconn *db = NULL;
	json_t *boxes = NULL;
	char *text = NULL;
	int c, ret;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n': o.note = optarg; break;
		case 'p': o.public_key = optarg; break;
		case 'O': o.outbox_key = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': seal_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases seal", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		seal_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	if (o.note && (strlen(o.note) > CASES_NOTE_MAX || !utf8_valid(o.note, strlen(o.note), NULL))) {
		fprintf(stderr, "mayorbox cases seal: --note: not UTF-8 text of at most %u bytes\n",
			CASES_NOTE_MAX);
		return EX_USAGE;
	}
	if ((ret = change_begin("seal", number, &o, &db)) != EX_OK)
		return ret;
	const char *pub = key_path(o.public_key, &o.cfg, "confidential", "public_key_file");
	const char *opub = key_path(o.outbox_key, &o.cfg, "replies", "outbox_public_key_file");
	if (*pub == '\0') {
		fprintf(stderr, "mayorbox cases seal: the office's public key is needed "
			"(--public-key FILE, or [confidential] public_key_file of --config)\n");
		ret = EX_USAGE;
		goto out;
	}
	if (seal_load_public(pub, &office, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox cases seal: --public-key %s\n", err);
		ret = EX_CONFIG;
		goto out;
	}
	seal_key_id(&office, office_id);
	if (*opub) {
		if (seal_load_public(opub, &outbox, err, sizeof(err)) != 0) {
			fprintf(stderr, "mayorbox cases seal: --outbox-key %s\n", err);
			ret = EX_CONFIG;
			goto out;
		}
		seal_key_id(&outbox, outbox_id);
		have_outbox = true;
	}
	if ((ret = read_case("seal", db, number, &cr)) != EX_OK)
		goto out;
	if (val_true(cr, 0, 4)) {
		fprintf(stderr, "mayorbox cases seal: %s: already confidential\n", number);
		ret = EX_DATAERR;
		goto out;
	}
	const char *idp[1] = {PQgetvalue(cr, 0, 0)};
	/* every public letter, every plain column (a supervisor's view also
	 * holds the case's confidential follow-ups: sealed already) */
	lr = q(db, "SELECT id, message_id, from_name, from_address, phone, subject, body, "
		   "translate(encode(raw, 'base64'), E'\\n', ''), district, in_reply_to, "
		   "array_to_json(refs)::text, (parsed->'to')::text, (parsed->'reply_to')::text, "
		   "anonymous FROM letters WHERE case_id = $1 AND NOT confidential ORDER BY id",
	       1, idp);
	if (!rows_ok(lr)) {
		ret = db_fail("seal", db, lr);
		lr = NULL;
		goto out;
	}
	ra = q(db, "SELECT letter_id, filename, content_type, "
		   "translate(encode(data, 'base64'), E'\\n', '') FROM attachments "
		   "WHERE case_id = $1 ORDER BY letter_id, position", 1, idp);
	if (!rows_ok(ra)) {
		ret = db_fail("seal", db, ra);
		ra = NULL;
		goto out;
	}
	json_t *letters = json_array();
	boxes = json_pack("{s:s, s:o, s:o}", "key_id", office_id, "note",
			  json_str_or_null(o.note), "letters", letters);
	for (int i = 0; i < PQntuples(lr); i++) {
		json_t *box = seal_seal_json(&office, seal_identity(lr, i, ra));
		if (box == NULL) {
			fprintf(stderr, "mayorbox cases seal: %s: sealing failed\n", number);
			ret = EX_SOFTWARE;
			goto out;
		}
		json_t *e = json_pack("{s:I, s:o}", "id",
				      (json_int_t)strtoll(PQgetvalue(lr, i, 0), NULL, 10),
				      "sealed", box);
		json_array_append_new(letters, e);
		const char *addr = val(lr, i, 3), *name = val(lr, i, 2);
		if (have_outbox && !val_true(lr, i, 13) && nonempty(addr) && nonempty(name)
		    && replies_address_ok(addr)) {
			/* the writer stays answerable: the address waits sealed
			 * to the gateways' key, as filing does */
			json_t *rb = seal_seal_json(&outbox, json_pack("{s:s, s:s, s:o}", "recipient", addr,
				"recipient_name", name,
				"reply_to_id", json_str_or_null(val(lr, i, 1))));
			if (rb) {
				json_object_set_new(e, "reply_box", rb);
				json_object_set_new(e, "reply_key_id", json_string(outbox_id));
			}
		}
	}
	const char *answer = val(cr, 0, 7);
	if (answer) {
		char *b = seal_seal_base64(&office, answer, strlen(answer));
		if (b == NULL) {
			ret = EX_SOFTWARE;
			goto out;
		}
		json_object_set_new(boxes, "answer_sealed", json_string(b));
		free(b);
	}
	text = json_dumps(boxes, JSON_COMPACT);
	if (text == NULL) {
		ret = EX_SOFTWARE;
		goto out;
	}
	const char *p[2] = {number, text};
	r = q(db, "SELECT case_seal($1, $2::jsonb)", 2, p);
	if (!rows_ok(r)) {
		ret = fn_fail("seal", db, r, number);
		goto out;
	}
	PQclear(r);
out:
	if (db)
		ret = change_end("seal", db, ret);
	if (ret == EX_OK)
		printf("Case %s is now confidential: its letters were sealed and moved out of "
		       "the clerks' tables.\n", number);
	free(text);
	json_decref(boxes);
	PQclear(ra);
	PQclear(lr);
	PQclear(cr);
	config_deinit(&o.cfg);
	return ret;
}

/* ------------------------------------------------------------------------
 * confirm, release: recall first, decided by a supervisor.
 */

static void
confirm_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases confirm CASE [--note TEXT] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A supervisor confirms that a case sealed on weaker evidence (recall first:\n"
		"'mayorbox cases list --confidential-review') is confidential: it stays in\n"
		"the vault and leaves the review queue. One call of case_confirm(), recorded\n"
		"as 'confidentiality confirmed' with your login and the note.\n"
		"\n"
		"  --note TEXT   why (kept in the case's history)\n"
		"\n"
		"Exit: 0, 64 usage, 65 not confidential or not marked for review, 66 no such\n"
		"case (a clerk: every confidential case), 69 no database, 77 not a supervisor.\n");
}

static void
release_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases release CASE --key SECRET_KEY_FILE --note TEXT\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A supervisor releases a confidential case into the clerks' view (the reverse\n"
		"of 'cases seal': recall first, and the evidence did not hold). The case's\n"
		"letters are opened with the office's secret key through reveal_case(),\n"
		"which records the opening ('identity revealed'); case_release() then moves\n"
		"the case, its letters (writer, text, raw message, attachments in plain),\n"
		"rule hits, history and mail out of the vault into the public tables, in the\n"
		"same transaction, recorded as 'released' with your login and the note. The\n"
		"number stays the same. Mail already sent or given up is kept without its\n"
		"recipient; mail still waiting sealed to the gateways' outbox key (which no\n"
		"supervisor holds) is cancelled, and the command says so. A sealed answer is\n"
		"opened and kept on the case.\n"
		"\n"
		"  --key FILE    the office's secret key (mayorbox keygen DIR:\n"
		"                DIR/confidential.key); it must open every letter of the case\n"
		"  --note TEXT   why (required; kept in the case's history)\n"
		"\n"
		"Exit: 0, 64 usage (no --key, no --note), 65 not confidential or the key does\n"
		"not open every letter, 66 no such case (a clerk: every confidential case) or\n"
		"a key file that does not exist, 69 no database, 77 not a supervisor.\n");
}

/* A failed call of case_confirm or case_release: as fn_fail, but a clerk's
 * 42501 says who may. */
static int
sup_fail(const char *sub, PGconn *db, PGresult *r, const char *number)
{
	const char *st = r && PQstatus(db) == CONNECTION_OK
		? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (st && strcmp(st, "42501") == 0) {
		fprintf(stderr, "mayorbox cases %s: %s: permission denied: only a supervisor "
			"(mayorbox_supervisor) may %s a case\n", sub, number, sub);
		PQclear(r);
		return EX_NOPERM;
	}
	return fn_fail(sub, db, r, number);
}

/* --note: UTF-8 text of at most CASES_NOTE_MAX bytes (NULL is fine). */
static bool
note_ok(const char *sub, const char *note)
{
	if (note == NULL
	    || (strlen(note) <= CASES_NOTE_MAX && utf8_valid(note, strlen(note), NULL)))
		return true;
	fprintf(stderr, "mayorbox cases %s: --note: not UTF-8 text of at most %u bytes\n", sub,
		CASES_NOTE_MAX);
	return false;
}

static int
cases_confirm(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	int c, ret;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n': o.note = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': confirm_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases confirm", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		confirm_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	if (!note_ok("confirm", o.note))
		return EX_USAGE;
	PGconn *db;
	if ((ret = change_begin("confirm", number, &o, &db)) != EX_OK)
		return ret;
	config_deinit(&o.cfg);
	PGresult *cr;
	/* a clerk: a confidential case is "no such case" here already */
	if ((ret = read_case("confirm", db, number, &cr)) != EX_OK)
		return change_end("confirm", db, ret);
	PQclear(cr);
	const char *p[2] = {number, o.note};
	PGresult *r = q(db, "SELECT case_confirm($1, $2)", 2, p);
	if (!rows_ok(r))
		ret = sup_fail("confirm", db, r, number);
	else
		PQclear(r);
	ret = change_end("confirm", db, ret);
	if (ret == EX_OK)
		printf("Case %s: confidentiality confirmed; it stays confidential and leaves the "
		       "review queue.\n", number);
	return ret;
}

/* The opened counterpart of reveal_case()'s rows rv, for case_release():
 * [{"what": "letter", "id": N, "identity": {...}}, {"what": "answer",
 * "text": "..."}]. NULL with *ret set (reported) when a box does not open. */
static json_t *
release_opened(const char *number, const char *key, const PGresult *rv, int *ret)
{
	json_t *arr = json_array();
	*ret = EX_OK;
	for (int i = 0; i < PQntuples(rv); i++) {
		const char *what = PQgetvalue(rv, i, 0);
		const unsigned char *box = (const unsigned char *)PQgetvalue(rv, i, 2);
		size_t n = (size_t)PQgetlength(rv, i, 2);
		if (PQgetisnull(rv, i, 2))
			continue;
		if (strcmp(what, "letter") == 0) {
			json_t *ident = open_box("release", number, key, box, n, ret);
			if (ident == NULL)
				goto fail;
			json_array_append_new(arr, json_pack("{s:s, s:I, s:o}", "what", "letter",
				"id", (json_int_t)bin_int8(rv, i, 1), "identity", ident));
		} else if (strcmp(what, "answer") == 0) {
			char *a = open_text(key, box, n);
			if (a == NULL) {
				fprintf(stderr, "mayorbox cases release: %s: the case's answer is "
					"sealed to another key: it cannot be released with this one\n",
					number);
				*ret = EX_DATAERR;
				goto fail;
			}
			json_array_append_new(arr, json_pack("{s:s, s:s}", "what", "answer", "text", a));
			sodium_memzero(a, strlen(a));
			free(a);
		}
	}
	return arr;
fail:
	json_decref(arr);
	return NULL;
}

static int
cases_release(int argc, char **argv)
{
	static const struct option opts[] = {
		{"key", required_argument, NULL, 'k'},
		{"note", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	PGresult *cr = NULL, *rv = NULL, *r;
	PGconn *db = NULL;
	json_t *opened = NULL;
	char *text = NULL;
	long moved[3] = {0, 0, 0};
	int c, ret;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': o.key = optarg; break;
		case 'n': o.note = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': release_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases release", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		release_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	if (o.key == NULL) {
		fprintf(stderr, "mayorbox cases release: --key SECRET_KEY_FILE is needed: the "
			"case's letters are opened with the office's secret key (the opening is "
			"recorded); nothing changed\n");
		return EX_USAGE;
	}
	if (!nonempty(o.note)) {
		fprintf(stderr, "mayorbox cases release: --note TEXT is needed: why the case is "
			"released (kept in its history); nothing changed\n");
		return EX_USAGE;
	}
	if (!note_ok("release", o.note))
		return EX_USAGE;
	if (access(o.key, R_OK) != 0) {
		fprintf(stderr, "mayorbox cases release: --key %s: %s\n", o.key, strerror(errno));
		return EX_NOINPUT;
	}
	if ((ret = change_begin("release", number, &o, &db)) != EX_OK)
		return ret;
	config_deinit(&o.cfg);
	/* a clerk: a confidential case is "no such case" here already */
	if ((ret = read_case("release", db, number, &cr)) != EX_OK)
		goto out;
	if (val_true(cr, 0, 4)) {
		struct seal_key pk;
		char kid[17], err[512];
		if (seal_public_of_secret(o.key, &pk, kid, err, sizeof(err)) != 0) {
			fprintf(stderr, "mayorbox cases release: --key %s\n", err);
			ret = EX_DATAERR;
			goto out;
		}
		/* recorded ('identity revealed') in this transaction */
		if ((ret = reveal("release", db, number, kid, &rv)) != EX_OK)
			goto out;
		if (PQntuples(rv) == 0) {
			fprintf(stderr, "mayorbox cases release: %s: this key opens nothing of case "
				"%s; nothing changed\n", o.key, number);
			ret = EX_DATAERR;
			goto out;
		}
		if ((opened = release_opened(number, o.key, rv, &ret)) == NULL)
			goto out;
	} else {
		/* a public case: case_release() says who may and why not */
		opened = json_array();
	}
	text = json_dumps(opened, JSON_COMPACT);
	if (text == NULL) {
		ret = EX_SOFTWARE;
		goto out;
	}
	const char *p[3] = {number, text, o.note};
	r = q(db, "SELECT released_letters, mail_moved, mail_cancelled "
		  "FROM case_release($1, $2::jsonb, $3)", 3, p);
	if (!rows_ok(r) || PQntuples(r) != 1) {
		ret = sup_fail("release", db, r, number);
		goto out;
	}
	for (int k = 0; k < 3; k++)
		moved[k] = strtol(PQgetvalue(r, 0, k), NULL, 10);
	PQclear(r);
out:
	if (db)
		ret = change_end("release", db, ret);
	if (ret == EX_OK) {
		printf("Case %s is released: %ld letter(s) opened (recorded) and moved into the "
		       "clerks' tables.\n", number, moved[0]);
		if (moved[1] > 0)
			printf("  %ld mail(s) already sent or given up kept in its history, without "
			       "the recipient.\n", moved[1]);
		if (moved[2] > 0)
			printf("  %ld mail(s) still waiting were cancelled: they are sealed to the "
			       "gateways' outbox key, which a supervisor cannot open.\n", moved[2]);
	}
	if (text) {
		sodium_memzero(text, strlen(text));
		free(text);
	}
	json_decref(opened);
	PQclear(rv);
	PQclear(cr);
	return ret;
}

/* ------------------------------------------------------------------------
 * stats
 */

/* The local time zone's name for PostgreSQL: $TZ, else /etc/timezone, else
 * the zoneinfo name /etc/localtime links to; NULL when none is known. */
static const char *
local_zone(char *buf, size_t len)
{
	const char *tz = getenv("TZ");
	if (tz && *tz) {
		if (*tz == ':')
			tz++;
		const char *z = strstr(tz, "zoneinfo/");
		snprintf(buf, len, "%s", z ? z + 9 : tz);
		return buf[0] && buf[0] != '/' ? buf : NULL;
	}
	FILE *f = fopen("/etc/timezone", "r");
	if (f) {
		bool got = fgets(buf, (int)len, f) != NULL;
		fclose(f);
		if (got) {
			buf[strcspn(buf, " \t\r\n")] = '\0';
			if (buf[0])
				return buf;
		}
	}
	char link[512];
	ssize_t n = readlink("/etc/localtime", link, sizeof(link) - 1);
	if (n > 0) {
		link[n] = '\0';
		const char *z = strstr(link, "zoneinfo/");
		if (z) {
			snprintf(buf, len, "%s", z + 9);
			return buf;
		}
	}
	return NULL;
}

static int
cases_stats(int argc, char **argv)
{
	static const struct option opts[] = {
		{"by", required_argument, NULL, 'b'},
		{"since", required_argument, NULL, 's'},
		{"csv", no_argument, NULL, 'v'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	/* the group's SQL: fixed fragments, never user text */
	static const struct {
		const char *name, *sql;
	} groups[] = {
		{"category", "c.category"},
		{"department", "c.department"},
		{"day", "to_char(c.created_at AT TIME ZONE $2::text, 'YYYY-MM-DD')"},
		{"district", "l.district"},
	};
	const char *db_opt = NULL, *config_path = NULL;
	char since[64] = "";
	bool csv = false;
	size_t by = 0;
	int c, ret = EX_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'b': {
			size_t k;
			for (k = 0; k < sizeof(groups) / sizeof(groups[0]); k++)
				if (strcmp(optarg, groups[k].name) == 0)
					break;
			if (k == sizeof(groups) / sizeof(groups[0])) {
				fprintf(stderr, "mayorbox cases stats: --by '%s': one of category, "
					"department, day, district\n", optarg);
				return EX_USAGE;
			}
			by = k;
			break;
		}
		case 's': {
			double e;
			if (parse_since(optarg, &e) != 0) {
				fprintf(stderr, "mayorbox cases stats: --since '%s': not a date "
					"(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n", optarg);
				return EX_USAGE;
			}
			snprintf(since, sizeof(since), "%.6f", e);
			break;
		}
		case 'v': csv = true; break;
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 'h': stats_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases stats", argc, argv);
		}
	}
	if (optind != argc) {
		stats_usage(stderr);
		return EX_USAGE;
	}
	PGconn *db = cases_connect("stats", db_opt, config_path, &ret);
	if (db == NULL)
		return ret;
	char sql[1400], zone[256], off[64];
	snprintf(sql, sizeof(sql),
		 "SELECT g, count(*), count(*) FILTER (WHERE status <> 'closed'), "
		 "count(*) FILTER (WHERE status = 'closed'), "
		 "avg(extract(epoch FROM closed_at - created_at)) "
		 "FILTER (WHERE status = 'closed' AND closed_at IS NOT NULL) "
		 "FROM (SELECT %s AS g, c.status, c.created_at, c.closed_at FROM cases c "
		 "LEFT JOIN LATERAL (SELECT district FROM letters WHERE letters.case_id = c.id "
		 "ORDER BY (id > 0) DESC, abs(id) LIMIT 1) l ON true "
		 "WHERE $1::double precision IS NULL "
		 "OR c.created_at >= to_timestamp($1::double precision)) s "
		 "GROUP BY g ORDER BY g NULLS LAST", groups[by].sql);
	const char *p[2] = {since[0] ? since : NULL, local_zone(zone, sizeof(zone))};
	bool day = strcmp(groups[by].name, "day") == 0;
	if (day && p[1] == NULL) {
		/* no zone name: today's offset from UTC, as PostgreSQL's ISO form */
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		long g = tm.tm_gmtoff;
		snprintf(off, sizeof(off), "<%+03ld%02ld>%+ld:%02ld", g / 3600, labs(g % 3600) / 60,
			 -g / 3600, labs(g % 3600) / 60);
		p[1] = off;
	}
	PGresult *r = q(db, sql, day ? 2 : 1, p);
	if (!rows_ok(r) && day) {
		const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (st && strcmp(st, "22023") == 0) {
			/* a zone name PostgreSQL does not know: count days in UTC */
			fprintf(stderr, "mayorbox cases stats: the time zone '%s' is unknown to the "
				"database: days are UTC\n", p[1]);
			PQclear(r);
			p[1] = "UTC";
			r = q(db, sql, 2, p);
		}
	}
	if (!rows_ok(r)) {
		ret = db_fail("stats", db, r);
		PQfinish(db);
		return ret;
	}
	int rows = PQntuples(r);
	long total = 0, open = 0, closed = 0;
	double closed_secs = 0;
	if (csv) {
		csv_field(stdout, groups[by].name, false);
		csv_field(stdout, "cases", false);
		csv_field(stdout, "open", false);
		csv_field(stdout, "closed", false);
		csv_field(stdout, "avg_close_seconds", true);
		for (int i = 0; i < rows; i++) {
			char avg[32] = "";
			if (val(r, i, 4))
				snprintf(avg, sizeof(avg), "%.0f", strtod(val(r, i, 4), NULL));
			csv_field(stdout, val(r, i, 0), false);
			csv_field(stdout, PQgetvalue(r, i, 1), false);
			csv_field(stdout, PQgetvalue(r, i, 2), false);
			csv_field(stdout, PQgetvalue(r, i, 3), false);
			csv_field(stdout, avg, true);
		}
	} else {
		size_t w = text_width(groups[by].name);
		for (int i = 0; i < rows; i++) {
			size_t cw = text_width(val(r, i, 0) ? val(r, i, 0) : "(none)");
			if (cw > w)
				w = cw;
		}
		if (w < 5)
			w = 5;
		put_cell(stdout, groups[by].name, 0, w + 2);
		printf("%7s %7s %7s  %s\n", "cases", "open", "closed", "avg. to close");
		for (int i = 0; i < rows; i++) {
			char avg[32] = "-";
			long n = strtol(PQgetvalue(r, i, 1), NULL, 10);
			long o2 = strtol(PQgetvalue(r, i, 2), NULL, 10);
			long c2 = strtol(PQgetvalue(r, i, 3), NULL, 10);
			total += n;
			open += o2;
			closed += c2;
			if (val(r, i, 4)) {
				double a = strtod(val(r, i, 4), NULL);
				closed_secs += a * (double)c2;
				duration_text(a, avg, sizeof(avg));
			}
			put_cell(stdout, val(r, i, 0) ? val(r, i, 0) : "(none)", 0, w + 2);
			printf("%7ld %7ld %7ld  %s\n", n, o2, c2, avg);
		}
		char avg[32] = "-";
		if (closed > 0)
			duration_text(closed_secs / (double)closed, avg, sizeof(avg));
		put_cell(stdout, "total", 0, w + 2);
		printf("%7ld %7ld %7ld  %s\n", total, open, closed, avg);
	}
	PQclear(r);
	PQfinish(db);
	return fflush(stdout) == 0 ? EX_OK : EX_IOERR;
}

/* ------------------------------------------------------------------------ */

int
cmd_cases(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(int argc, char **argv);
	} subs[] = {
		{"list", cases_list},
		{"show", cases_show},
		{"reclassify", cases_reclassify},
		{"assign", cases_assign},
		{"close", cases_close},
		{"reopen", cases_reopen},
		{"seal", cases_seal},
		{"confirm", cases_confirm},
		{"release", cases_release},
		{"stats", cases_stats},
	};
	if (argc < 2) {
		cases_usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0
	    || strcmp(argv[1], "help") == 0) {
		cases_usage(stdout);
		return EX_OK;
	}
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].run(argc - 1, argv + 1);
	fprintf(stderr, "mayorbox cases: '%s' is not a sub-command; see 'mayorbox cases --help'\n",
		argv[1]);
	return EX_USAGE;
}
