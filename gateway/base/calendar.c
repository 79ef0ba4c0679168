/*
 * calendar.c - the working-day calendar file (see calendar.h).
 */
#include "calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "datadir.h"
#include "readfile.h"
#include "xalloc.h"

int
calendar_weekday(int year, int month, int day)
{
	/* Sakamoto's method: 0 is Sunday; shifted so 0 is Monday */
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int y = month < 3 ? year - 1 : year;
	int w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7;
	return (w + 6) % 7;
}

static bool
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* "YYYY-MM-DD" of a date that exists, exactly 10 characters. */
static bool
parse_date(const char *s, size_t n, int *y, int *m, int *d)
{
	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (size_t i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	return *y >= 1900 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= month_days(*y, *m);
}

/* The years line's value, "2026" or "2026-2027". */
static bool
parse_years(const char *v, int *first, int *last)
{
	char a[16], *dash;
	long f, l;
	if (strlen(v) >= sizeof(a))
		return false;
	snprintf(a, sizeof(a), "%s", v);
	dash = strchr(a, '-');
	if (dash)
		*dash = '\0';
	if (!config_parse_long(a, 1900, 9999, &f))
		return false;
	l = f;
	if (dash && !config_parse_long(dash + 1, 1900, 9999, &l))
		return false;
	if (l < f || l - f + 1 > CALENDAR_YEARS_MAX)
		return false;
	*first = (int)f;
	*last = (int)l;
	return true;
}

/* One line (comment cut, trimmed, not empty) into cal; false with why. */
static bool
parse_line(char *line, unsigned lineno, struct calendar *cal, char *why, size_t whylen)
{
	size_t w = strcspn(line, " \t");
	char *rest = config_trim(line + w + (line[w] ? 1 : 0));
	int y, m, d;
	if (w == 6 && strncmp(line, "source", 6) == 0) {
		if (cal->source) {
			snprintf(why, whylen, "a second \"source\" line");
			return false;
		}
		if (*rest == '\0') {
			snprintf(why, whylen, "\"source\" names where the dates come from");
			return false;
		}
		cal->source = xstrdup(rest);
		return true;
	}
	if (w == 5 && strncmp(line, "years", 5) == 0) {
		if (cal->first_year) {
			snprintf(why, whylen, "a second \"years\" line");
			return false;
		}
		if (cal->n > 0) {
			snprintf(why, whylen, "\"years\" comes before the dates");
			return false;
		}
		if (!parse_years(rest, &cal->first_year, &cal->last_year)) {
			snprintf(why, whylen, "\"years\" is FIRST or FIRST-LAST (at most %d years)",
				 CALENDAR_YEARS_MAX);
			return false;
		}
		return true;
	}
	if (!parse_date(line, w, &y, &m, &d)) {
		snprintf(why, whylen, "expected \"source TEXT\", \"years FIRST[-LAST]\" or "
			 "\"YYYY-MM-DD off|work [NAME]\" of a date that exists");
		return false;
	}
	if (cal->first_year == 0) {
		snprintf(why, whylen, "a date before the \"years\" line");
		return false;
	}
	if (y < cal->first_year || y > cal->last_year) {
		snprintf(why, whylen, "%.10s is outside the years %d-%d", line, cal->first_year,
			 cal->last_year);
		return false;
	}
	size_t k = strcspn(rest, " \t");
	char *name = config_trim(rest + k + (rest[k] ? 1 : 0));
	bool working;
	if (k == 3 && strncmp(rest, "off", 3) == 0)
		working = false;
	else if (k == 4 && strncmp(rest, "work", 4) == 0)
		working = true;
	else {
		snprintf(why, whylen, "%.10s: the day is \"off\" (a holiday) or \"work\" "
			 "(a make-up working day)", line);
		return false;
	}
	if (working && calendar_weekday(y, m, d) < 5) {
		snprintf(why, whylen, "%.10s is a weekday: a make-up working day (\"work\") "
			 "falls on a Saturday or Sunday", line);
		return false;
	}
	if (strlen(name) >= CALENDAR_NAME_MAX) {
		snprintf(why, whylen, "%.10s: the name is longer than %d bytes", line,
			 CALENDAR_NAME_MAX - 1);
		return false;
	}
	for (size_t i = 0; i < cal->n; i++)
		if (cal->v[i].year == y && cal->v[i].month == m && cal->v[i].day == d) {
			snprintf(why, whylen, "%.10s is listed twice (first on line %u)", line,
				 cal->v[i].line);
			return false;
		}
	if (cal->n >= CALENDAR_DAYS_MAX) {
		snprintf(why, whylen, "more than %u dates", CALENDAR_DAYS_MAX);
		return false;
	}
	cal->v = xreallocarray(cal->v, cal->n + 1, sizeof(*cal->v));
	struct calendar_day *e = &cal->v[cal->n++];
	e->year = y;
	e->month = m;
	e->day = d;
	e->working = working;
	e->line = lineno;
	snprintf(e->name, sizeof(e->name), "%s", name);
	return true;
}

enum mb_status
calendar_parse(const char *name, const char *data, size_t len, struct calendar *cal, char *err,
	       size_t errlen)
{
	char why[256];
	unsigned lineno = 0;
	memset(cal, 0, sizeof(*cal));
	if (memchr(data, '\0', len) != NULL) {
		snprintf(err, errlen, "%s: not a text file (a NUL byte)", name);
		return MB_CONFIG;
	}
	char *copy = xmalloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = '\0';
	for (char *p = copy; p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		char *hash = strchr(p, '#');
		if (hash)
			*hash = '\0';
		char *line = config_trim(p);
		p = nl ? nl + 1 : NULL;
		if (*line == '\0')
			continue;
		if (!parse_line(line, lineno, cal, why, sizeof(why))) {
			snprintf(err, errlen, "%s:%u: %s", name, lineno, why);
			goto fail;
		}
	}
	if (cal->source == NULL || cal->first_year == 0) {
		snprintf(err, errlen, "%s: no \"%s\" line", name, cal->source ? "years" : "source");
		goto fail;
	}
	/* every year covered has holidays: a year declared and left empty
	 * would be counted as if it had none */
	for (int y = cal->first_year; y <= cal->last_year; y++) {
		bool off = false;
		for (size_t i = 0; i < cal->n && !off; i++)
			off = cal->v[i].year == y && !cal->v[i].working;
		if (!off) {
			snprintf(err, errlen, "%s: the year %d is declared but lists no holiday", name,
				 y);
			goto fail;
		}
	}
	free(copy);
	err[0] = '\0';
	return MB_OK;
fail:
	free(copy);
	calendar_deinit(cal);
	return MB_CONFIG;
}

enum mb_status
calendar_load(const char *path, struct calendar *cal, char *err, size_t errlen)
{
	char *data;
	size_t len;
	memset(cal, 0, sizeof(*cal));
	enum mb_status st = readfile(path, CALENDAR_FILE_MAX, &data, &len, err, errlen);
	if (st != MB_OK)
		return st;
	st = calendar_parse(path, data, len, cal, err, errlen);
	free(data);
	return st;
}

void
calendar_deinit(struct calendar *cal)
{
	free(cal->source);
	free(cal->v);
	memset(cal, 0, sizeof(*cal));
}

const char *
calendar_find(const char *opt, char *out, size_t outlen)
{
	if (opt && *opt) {
		snprintf(out, outlen, "%s", opt);
		return out;
	}
	char dir[4096];
	datadir_find("calendar", "MAYORBOX_CALENDAR_DIR", NULL, dir, sizeof(dir));
	snprintf(out, outlen, "%s/%s", dir, CALENDAR_SHIPPED);
	return out;
}
