/*
 * test_calendar.c - the working-day calendar file (gateway/base/calendar.c):
 * the shipped calendar parses, covers the years it declares, and holds
 * exactly the days of the State Council's notice for each of them (every
 * "off" day a holiday the notice names, every "work" day a make-up
 * Saturday or Sunday, none twice); broken files are refused naming the
 * line; the day of the week.
 */
#include <stdbool.h>

#include "testutil.h"

#include "calendar.h"

/* 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), day by day. */
static const struct {
	int month, day;
	bool working;
} notice_2026[] = {
	{1, 1, false}, {1, 2, false}, {1, 3, false}, {1, 4, true},		/* 元旦 */
	{2, 14, true}, {2, 15, false}, {2, 16, false}, {2, 17, false},		/* 春节 */
	{2, 18, false}, {2, 19, false}, {2, 20, false}, {2, 21, false},
	{2, 22, false}, {2, 23, false}, {2, 28, true},
	{4, 4, false}, {4, 5, false}, {4, 6, false},				/* 清明 */
	{5, 1, false}, {5, 2, false}, {5, 3, false}, {5, 4, false},		/* 劳动节 */
	{5, 5, false}, {5, 9, true},
	{6, 19, false}, {6, 20, false}, {6, 21, false},				/* 端午 */
	{9, 25, false}, {9, 26, false}, {9, 27, false},				/* 中秋 */
	{9, 20, true}, {10, 1, false}, {10, 2, false}, {10, 3, false},		/* 国庆 */
	{10, 4, false}, {10, 5, false}, {10, 6, false}, {10, 7, false},
	{10, 10, true},
};

static void
test_weekday(void **state)
{
	(void)state;
	static const struct {
		int y, m, d, wd;
	} cases[] = {
		{2026, 1, 1, 3},	/* Thursday */
		{2026, 1, 4, 6},	/* Sunday */
		{2026, 2, 14, 5},	/* Saturday */
		{2026, 9, 30, 2},	/* Wednesday */
		{2026, 10, 10, 5},	/* Saturday */
		{2024, 2, 29, 3},	/* a leap day, Thursday */
		{2000, 3, 1, 2},	/* Wednesday */
		{2027, 1, 4, 0},	/* Monday */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CASE_INT(i, calendar_weekday(cases[i].y, cases[i].m, cases[i].d), cases[i].wd);
}

static void
test_shipped(void **state)
{
	(void)state;
	char path[4200], err[512] = "";
	struct calendar cal;
	calendar_find(NULL, path, sizeof(path));
	enum mb_status st = calendar_load(path, &cal, err, sizeof(err));
	if (st != MB_OK)
		fail_msg("%s", err);
	bool ok = cal.source != NULL && cal.first_year == 2026 && cal.last_year >= 2026;
	/* covers what it declares: each year has its notice here */
	ok = ok && cal.last_year == 2026;
	size_t want = sizeof(notice_2026) / sizeof(notice_2026[0]);
	bool counts = cal.n == want;
	size_t unknown = 0, weekday_work = 0, twice = 0;
	for (size_t i = 0; i < cal.n; i++) {
		const struct calendar_day *d = &cal.v[i];
		bool known = false;
		for (size_t k = 0; k < want && !known; k++)
			known = d->year == 2026 && d->month == notice_2026[k].month
			     && d->day == notice_2026[k].day && d->working == notice_2026[k].working;
		unknown += !known;
		weekday_work += d->working && calendar_weekday(d->year, d->month, d->day) < 5;
		for (size_t k = 0; k < i; k++)
			twice += cal.v[k].year == d->year && cal.v[k].month == d->month
			      && cal.v[k].day == d->day;
	}
	size_t n = cal.n;
	calendar_deinit(&cal);
	if (!ok)
		fail_msg("%s: the years are not 2026 (or no source)", path);
	if (!counts)
		fail_msg("%s: %zu days, the notice has %zu", path, n, want);
	assert_int_equal(unknown, 0);
	assert_int_equal(weekday_work, 0);
	assert_int_equal(twice, 0);
}

static void
test_refused(void **state)
{
	(void)state;
	static const struct {
		const char *text, *why;	/* why: a part of the message */
	} cases[] = {
		{"source s\nyears 2026\n2026-01-01 off\n", NULL},
		{"source s\nyears 2026\n2026-01-01 off 元旦 # a comment\n\n# only a comment\n", NULL},
		{"years 2026\n2026-01-01 off\n", "no \"source\" line"},
		{"source s\n", "no \"years\" line"},
		{"source s\nyears 2026\n2026-01-01 of\n", "c:3: 2026-01-01: the day is \"off\""},
		{"source s\nyears 2026\n2026-02-30 off\n", "c:3: expected"},
		{"source s\nyears 2026\n2026-1-01 off\n", "c:3: expected"},
		{"source s\nyears 2026\n2027-01-01 off\n", "c:3: 2027-01-01 is outside the years 2026-2026"},
		{"source s\nyears 2026\n2026-01-01 off\n2026-01-01 off\n", "c:4: 2026-01-01 is listed twice (first on line 3)"},
		{"source s\nyears 2026\n2026-01-01 off\n2026-01-05 work\n", "c:4: 2026-01-05 is a weekday"},
		{"source s\nyears 2026-2027\n2026-01-01 off\n", "the year 2027 is declared but lists no holiday"},
		{"source s\nyears 2026\n2026-01-04 work\n", "the year 2026 is declared but lists no holiday"},
		{"source s\n2026-01-01 off\nyears 2026\n", "c:2: a date before the \"years\" line"},
		{"source s\nyears 2026\n2026-01-01 off\nyears 2026\n", "c:4: a second \"years\" line"},
		{"source s\nsource t\n", "c:2: a second \"source\" line"},
		{"source\n", "c:1: \"source\" names"},
		{"source s\nyears 2027-2026\n", "c:2: \"years\" is FIRST"},
		{"source s\nyears 2026-2040\n", "c:2: \"years\" is FIRST"},
		{"source s\nholiday 2026-01-01\n", "c:2: expected"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct calendar cal;
		char err[512] = "";
		enum mb_status st = calendar_parse("c", cases[i].text, strlen(cases[i].text), &cal, err,
						   sizeof(err));
		bool good = cases[i].why == NULL;
		size_t n = cal.n;
		calendar_deinit(&cal);
		CASE_TRUE(i, (st == MB_OK) == good);
		if (!good && strstr(err, cases[i].why) == NULL)
			fail_msg("case %zu: \"%s\" lacks \"%s\"", i, err, cases[i].why);
		if (good)
			CASE_INT(i, n, 1);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_weekday),
		T(test_shipped),
		T(test_refused),
	};
	return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
