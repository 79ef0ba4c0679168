/*
 * deadlines.h - the time limits the database counts deadlines with
 * (schema/010_deadlines.sql): the configuration's [deadlines] section (its
 * defaults, config_keys.c, where a key is absent) and its working-day
 * calendar, read and checked here, then loaded by deadlines_load() in one
 * statement. `mayorbox db migrate` does it after the migrations. The
 * arithmetic is the database's only (vault.deadline()).
 */
#ifndef MB_STORE_DEADLINES_H
#define MB_STORE_DEADLINES_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "calendar.h"
#include "config.h"
#include "error.h"

#define DEADLINES_RULES_MAX 16

struct deadline_rule {
	const char *name;	/* "high" or a category; borrowed from config_keys */
	long amount;
	bool hours;		/* hours, else working days */
};

struct deadlines {
	struct deadline_rule rules[DEADLINES_RULES_MAX];
	size_t n;
	char calendar_path[4096];
	char zone[128];
	struct calendar cal;
};

/* Reads cfg's [deadlines] (cfg NULL or without the section: the defaults)
 * and the calendar it names (or the shipped one) into *d. MB_OK; MB_CONFIG
 * (a calendar refused: "FILE:LINE: why"), or the calendar's MB_NO_INPUT,
 * MB_LIMIT, MB_IO, with err. Free with deadlines_deinit (also after a
 * failure). */
enum mb_status deadlines_read(const struct config *cfg, struct deadlines *d, char *err,
			      size_t errlen) MB_MUST_USE;
void deadlines_deinit(struct deadlines *d);

/* Replaces the database's rules and calendar with d's (deadlines_load())
 * when they differ (*changed_r); then open cases whose deadline was counted
 * past the old calendar, or that had none, are counted again: how many
 * into *recomputed_r. A database without deadlines_load() (its schema is
 * older than 010) is left alone: MB_OK, nothing changed. MB_OK; MB_CONFIG
 * when the database does not know d's time zone; MB_DENIED when the login
 * may not (not the schema's owner); MB_CONNECTION otherwise, with err. */
enum mb_status deadlines_db_load(PGconn *db, const struct deadlines *d, bool *changed_r,
				 long *recomputed_r, char *err, size_t errlen) MB_MUST_USE;

/* Whether d's calendar covers the year after this_year; false with a
 * warning naming the file, the years covered and calendar_uncovered. */
bool deadlines_covers_next_year(const struct deadlines *d, int this_year, char *warning,
				size_t warninglen);

#endif
