/*
 * calendar.h - the working-day calendar of the time limits (calendar/cn.txt,
 * [deadlines] calendar of mayorbox.conf(5)): the days that are not what the
 * day of the week says -- public holidays ("off") and the make-up working
 * days China moves onto weekends ("work") -- and the years the file covers.
 *
 * This file only reads and checks the calendar; the deadlines are counted
 * once, in the database (schema/010_deadlines.sql), from what `db migrate`
 * loads (store/deadlines.c).
 *
 * The format (one item a line, '#' starts a comment):
 *   source TEXT           where the dates come from (once)
 *   years FIRST[-LAST]    the years covered (once, before the dates)
 *   YYYY-MM-DD off [NAME] a holiday; YYYY-MM-DD work [NAME] a make-up day
 * Refused, with "FILE:LINE: why": an unknown line, a date that does not
 * exist or lies outside the years, a date twice, a "work" day that is not a
 * Saturday or Sunday, a declared year without a holiday, no source or
 * years.
 */
#ifndef MB_CALENDAR_H
#define MB_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define CALENDAR_FILE_MAX (256u * 1024u)
#define CALENDAR_DAYS_MAX 4000u
#define CALENDAR_YEARS_MAX 10	/* years one file may cover */
#define CALENDAR_NAME_MAX 64	/* bytes of a day's name, with its NUL */
/* The shipped calendar's name inside the data folder "calendar". */
#define CALENDAR_SHIPPED "cn.txt"

struct calendar_day {
	int year, month, day;
	bool working;		/* true: a make-up working day; false: a holiday */
	char name[CALENDAR_NAME_MAX];
	unsigned line;
};

struct calendar {
	char *source;		/* the "source" line */
	int first_year, last_year;
	struct calendar_day *v;	/* in the file's order */
	size_t n;
};

/* Reads and checks the calendar file path into *cal. MB_OK; MB_CONFIG with
 * "PATH:LINE: why" in err; readfile's MB_NO_INPUT, MB_LIMIT, MB_IO. Free
 * with calendar_deinit (also after a failure). Limits: CALENDAR_FILE_MAX
 * bytes, CALENDAR_DAYS_MAX dates, CALENDAR_YEARS_MAX years. */
enum mb_status calendar_load(const char *path, struct calendar *cal, char *err,
			     size_t errlen) MB_MUST_USE;
/* The same of len bytes at data (name only for the messages). */
enum mb_status calendar_parse(const char *name, const char *data, size_t len,
			      struct calendar *cal, char *err, size_t errlen) MB_MUST_USE;
void calendar_deinit(struct calendar *cal);

/* 0 Monday ... 6 Sunday, of a date of the Gregorian calendar. */
int calendar_weekday(int year, int month, int day);

/* The calendar a configuration uses: opt when given (its [deadlines]
 * calendar), else the shipped one, CALENDAR_SHIPPED in the data folder
 * "calendar" (datadir_find: $MAYORBOX_CALENDAR_DIR, beside the program,
 * installed). Written to out; returns out. */
const char *calendar_find(const char *opt, char *out, size_t outlen);

#endif
