/*
 * date.c - lenient date parsing to UTC (see date.h).
 *
 * The string is cut into tokens (words, numbers, times, zone offsets) and the
 * tokens are assigned by shape, which reads the many orders real mail uses
 * without a grammar per format.
 */
#include "date.h"

#include <stdio.h>
#include <string.h>

/* Longest date string read; the rest is ignored. */
#define DATE_STRING_MAX 256
#define DATE_TOKENS_MAX 32

int64_t
date_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	/* Howard Hinnant's algorithm */
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

void
date_format_iso(int64_t t, char *out, size_t outlen)
{
	int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
	int64_t secs = t - days * 86400;
	/* civil_from_days */
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = (int64_t)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned d = doy - (153 * mp + 2) / 5 + 1;
	unsigned m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	snprintf(out, outlen, "%04lld-%02u-%02uT%02u:%02u:%02uZ", (long long)y, m, d,
		 (unsigned)(secs / 3600), (unsigned)(secs / 60 % 60), (unsigned)(secs % 60));
}

enum tok_kind { TOK_WORD, TOK_NUM, TOK_TIME, TOK_OFFSET };

struct tok {
	enum tok_kind kind;
	char word[16];		/* lower case, TOK_WORD */
	long num;		/* TOK_NUM */
	int digits;		/* TOK_NUM */
	int h, m, s;		/* TOK_TIME */
	int offset;		/* TOK_OFFSET, minutes east of UTC */
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
month_from_word(const char *w)
{
	static const char *const names[] = {
		"jan", "feb", "mar", "apr", "may", "jun",
		"jul", "aug", "sep", "oct", "nov", "dec",
	};
	if (strlen(w) < 3)
		return 0;
	for (int i = 0; i < 12; i++)
		if (strncmp(w, names[i], 3) == 0)
			return i + 1;
	return 0;
}

static bool
zone_from_word(const char *w, int *offset_r)
{
	static const struct {
		const char *name;
		int offset;
	} zones[] = {
		{"ut", 0}, {"utc", 0}, {"gmt", 0}, {"z", 0}, {"est", -300}, {"edt", -240},
		{"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
		{"pst", -480}, {"pdt", -420}, {"bst", 60}, {"cet", 60}, {"cest", 120},
		{"jst", 540}, {"hkt", 480}, {"sgt", 480}, {"kst", 540}, {"ist", 330},
	};
	for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
		if (strcmp(w, zones[i].name) == 0) {
			*offset_r = zones[i].offset;
			return true;
		}
	/* military zones: RFC 5322 says to read them as -0000 */
	if (strlen(w) == 1 && w[0] != 'j') {
		*offset_r = 0;
		return true;
	}
	return false;
}

/* Reads "H:M[:S[.frac]]" at s; returns the bytes used or 0. */
static size_t
scan_time(const char *s, size_t n, struct tok *t)
{
	size_t i = 0;
	int parts[3] = {0, 0, 0}, np = 0;
	while (np < 3) {
		size_t start = i;
		long v = 0;
		while (i < n && is_digit(s[i]) && i - start < 3)
			v = v * 10 + (s[i++] - '0');
		if (i == start || i - start > 2)
			return 0;
		parts[np++] = (int)v;
		if (i < n && s[i] == ':' && i + 1 < n && is_digit(s[i + 1]))
			i++;
		else
			break;
	}
	if (np < 2)
		return 0;
	if (i < n && (s[i] == '.' || s[i] == ',') && np == 3)
		for (i++; i < n && is_digit(s[i]); i++)
			;
	t->kind = TOK_TIME;
	t->h = parts[0];
	t->m = parts[1];
	t->s = parts[2];
	return i;
}

static size_t
tokenize(const char *s, size_t n, struct tok *toks, size_t max, bool *cn_date)
{
	size_t nt = 0, i = 0;
	bool seen_time = false;
	int depth = 0;

	while (i < n && nt < max) {
		char c = s[i];
		if (c == '(') {
			depth++;
			i++;
			continue;
		}
		if (c == ')') {
			if (depth > 0)
				depth--;
			i++;
			continue;
		}
		if (depth > 0) {
			i++;
			continue;
		}
		/* 年 月 日 (E5 B9 B4, E6 9C 88, E6 97 A5) separate numbers */
		if ((unsigned char)c == 0xE5 || (unsigned char)c == 0xE6) {
			if (i + 2 < n && (memcmp(s + i, "\xE5\xB9\xB4", 3) == 0
					  || memcmp(s + i, "\xE6\x9C\x88", 3) == 0))
				*cn_date = true;
			i += 3;
			continue;
		}
		struct tok *t = &toks[nt];
		memset(t, 0, sizeof(*t));
		if ((c == '+' || c == '-') && seen_time && i + 1 < n && is_digit(s[i + 1])) {
			size_t j = i + 1;
			int v = 0, nd = 0;
			while (j < n && is_digit(s[j]) && nd < 4) {
				v = v * 10 + (s[j++] - '0');
				nd++;
			}
			if (nd <= 2 && j + 2 < n && s[j] == ':' && is_digit(s[j + 1])
			    && is_digit(s[j + 2])) {
				v = v * 100 + (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
				j += 3;
				nd = 4;
			}
			int mins = nd <= 2 ? v * 60 : (v / 100) * 60 + v % 100;
			if (mins > 18 * 60)
				mins = 0;	/* nonsense offset: read as UTC */
			t->kind = TOK_OFFSET;
			t->offset = c == '-' ? -mins : mins;
			nt++;
			i = j;
			continue;
		}
		if (is_digit(c)) {
			size_t used = scan_time(s + i, n - i, t);
			if (used > 0) {
				seen_time = true;
				nt++;
				i += used;
				continue;
			}
			long v = 0;
			int nd = 0;
			while (i < n && is_digit(s[i])) {
				if (nd < 9)
					v = v * 10 + (s[i] - '0');
				nd++;
				i++;
			}
			t->kind = TOK_NUM;
			t->num = v;
			t->digits = nd;
			nt++;
			continue;
		}
		if (is_alpha(c)) {
			size_t k = 0;
			while (i < n && is_alpha(s[i])) {
				if (k < sizeof(t->word) - 1)
					t->word[k++] = (char)(s[i] | 0x20);
				i++;
			}
			t->word[k] = '\0';
			t->kind = TOK_WORD;
			nt++;
			continue;
		}
		i++;	/* separators: , . - / space, and other bytes */
	}
	return nt;
}

bool
date_valid_day(long y, int m, long d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

static bool
date_iso(const char *s, size_t n, int64_t *t_r)
{
	/* YYYY-MM-DD[( |T)HH:MM[:SS[.f]]][Z|+HH[:MM]|-HH[:MM]] */
	unsigned y, mo, d, h = 0, mi = 0, se = 0;
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (n - i < 10 || !is_digit(s[i]) || !is_digit(s[i + 1]) || !is_digit(s[i + 2])
	    || !is_digit(s[i + 3]) || s[i + 4] != '-'
	    || !is_digit(s[i + 5]) || !is_digit(s[i + 6]) || s[i + 7] != '-'
	    || !is_digit(s[i + 8]) || !is_digit(s[i + 9]))
		return false;
	y = (unsigned)((s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0'));
	mo = (unsigned)((s[i + 5] - '0') * 10 + (s[i + 6] - '0'));
	d = (unsigned)((s[i + 8] - '0') * 10 + (s[i + 9] - '0'));
	i += 10;
	int offset = 0;
	if (i < n && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
		struct tok t;
		size_t used = scan_time(s + i + 1, n - i - 1, &t);
		if (used == 0)
			return false;
		h = (unsigned)t.h;
		mi = (unsigned)t.m;
		se = (unsigned)t.s;
		i += 1 + used;
		while (i < n && s[i] == ' ')
			i++;
		if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
			i++;
		} else if (i < n && (s[i] == '+' || s[i] == '-')) {
			int sign = s[i] == '-' ? -1 : 1;
			i++;
			if (i + 1 >= n || !is_digit(s[i]) || !is_digit(s[i + 1]))
				return false;
			int oh = (s[i] - '0') * 10 + (s[i + 1] - '0'), om = 0;
			i += 2;
			if (i < n && s[i] == ':')
				i++;
			if (i + 1 < n && is_digit(s[i]) && is_digit(s[i + 1])) {
				om = (s[i] - '0') * 10 + (s[i + 1] - '0');
				i += 2;
			}
			if (oh > 18 || om > 59)
				return false;
			offset = sign * (oh * 60 + om);
		}
	}
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	/* the years the other forms accept (1900-9999) */
	if (i != n || y < 1900 || !date_valid_day(y, (int)mo, d) || h > 24 || mi > 59 || se > 60)
		return false;
	if (se == 60)
		se = 59;
	*t_r = date_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se
	       - (int64_t)offset * 60;
	return true;
}


bool
date_parse(const char *s, size_t n, int64_t *t_r)
{
	struct tok toks[DATE_TOKENS_MAX];
	bool cn = false;

	if (n > DATE_STRING_MAX)
		n = DATE_STRING_MAX;
	if (date_iso(s, n, t_r))
		return true;
	size_t nt = tokenize(s, n, toks, DATE_TOKENS_MAX, &cn);

	long year = -1, day = -1;
	int month = 0, offset = 0, year_digits = 0;
	bool have_time = false, have_zone = false;
	struct tok *time = NULL;
	long nums[3];
	int ndig[3], nn = 0;

	for (size_t i = 0; i < nt; i++) {
		struct tok *t = &toks[i];
		switch (t->kind) {
		case TOK_WORD: {
			int m = month_from_word(t->word);
			int z;
			if (m && month == 0 && strlen(t->word) <= 9)
				month = m;
			else if (have_time && !have_zone && zone_from_word(t->word, &z)) {
				offset = z;
				have_zone = true;
			}
			break;
		}
		case TOK_TIME:
			if (!have_time) {
				time = t;
				have_time = true;
			}
			break;
		case TOK_OFFSET:
			if (!have_zone || (i > 0 && toks[i - 1].kind == TOK_WORD
					   && offset == 0)) {
				/* "GMT+0800" reads as +0800 */
				offset = t->offset;
				have_zone = true;
			}
			break;
		case TOK_NUM:
			if (nn < 3) {
				nums[nn] = t->num;
				ndig[nn++] = t->digits;
			}
			break;
		}
	}

	if (month != 0) {
		/* day and year around a month name */
		for (int i = 0; i < nn; i++) {
			if (ndig[i] >= 3 || nums[i] > 31 || (day >= 0 && year < 0)) {
				if (year < 0) {
					year = nums[i];
					year_digits = ndig[i];
				}
			} else if (day < 0) {
				day = nums[i];
			}
		}
	} else if (nn >= 3) {
		if (ndig[0] == 4 || cn) {	/* Y M D (ISO-like, 年月日) */
			year = nums[0];
			year_digits = ndig[0];
			month = (int)nums[1];
			day = nums[2];
		} else {			/* D M Y, as in 28.11.2026 */
			day = nums[0];
			month = (int)nums[1];
			year = nums[2];
			year_digits = ndig[2];
		}
	}
	if (year < 0 || day < 0 || month == 0)
		return false;
	if (year_digits <= 2)
		year += year < 50 ? 2000 : 1900;
	else if (year_digits == 3)
		year += 1900;
	if (year < 1900 || year > 9999 || !date_valid_day(year, month, day))
		return false;
	int h = 0, mi = 0, se = 0;
	if (time) {
		h = time->h;
		mi = time->m;
		se = time->s;
		if (h > 24 || mi > 59 || se > 60)
			return false;
		if (se == 60)
			se = 59;
	}
	*t_r = date_days_from_civil(year, (unsigned)month, (unsigned)day) * 86400
	       + h * 3600 + mi * 60 + se - (int64_t)offset * 60;
	return true;
}
