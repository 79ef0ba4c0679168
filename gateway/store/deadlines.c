/*
 * deadlines.c - the [deadlines] section and its calendar, into the
 * database (see deadlines.h).
 */
#include "deadlines.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "config_keys.h"
#include "db.h"

#define SECTION "deadlines"

enum mb_status
deadlines_read(const struct config *cfg, struct deadlines *d, char *err, size_t errlen)
{
	memset(d, 0, sizeof(*d));
	for (size_t i = 0; i < config_keys_count && d->n < DEADLINES_RULES_MAX; i++) {
		const struct config_key *k = &config_keys[i];
		if (strcmp(k->section, SECTION) != 0 || k->type != CONFIG_LIMIT)
			continue;
		const char *v = config_get(cfg, SECTION, k->key);
		struct deadline_rule *r = &d->rules[d->n];
		/* config_load checked a value given; the defaults are the table's */
		if (!config_parse_limit(v ? v : k->def, &r->amount, &r->hours)) {
			snprintf(err, errlen, "[%s] %s: not a time limit", SECTION, k->key);
			return MB_CONFIG;
		}
		r->name = k->key;
		d->n++;
	}
	const char *z = config_get(cfg, SECTION, "time_zone");
	const struct config_key *zk = config_keys_find(SECTION, "time_zone");
	snprintf(d->zone, sizeof(d->zone), "%s", z && *z ? z : zk->def);
	calendar_find(config_get(cfg, SECTION, "calendar"), d->calendar_path,
		      sizeof(d->calendar_path));
	return calendar_load(d->calendar_path, &d->cal, err, errlen);
}

void
deadlines_deinit(struct deadlines *d)
{
	calendar_deinit(&d->cal);
	memset(d, 0, sizeof(*d));
}

enum mb_status
deadlines_db_load(PGconn *db, const struct deadlines *d, bool *changed_r, long *recomputed_r,
		  char *err, size_t errlen)
{
	char date[16], y1[16], y2[16];
	*recomputed_r = 0;
	*changed_r = false;
	/* a schema folder without 010 (an older one, --schema): nothing to load */
	PGresult *have = PQexec(db, "SELECT to_regproc('public.deadlines_load') IS NOT NULL");
	bool loadable = PQresultStatus(have) == PGRES_TUPLES_OK && PQntuples(have) == 1
		     && PQgetvalue(have, 0, 0)[0] == 't';
	PQclear(have);
	if (!loadable) {
		err[0] = '\0';
		return MB_OK;
	}
	json_t *rules = json_object(), *days = json_array();
	for (size_t i = 0; i < d->n; i++)
		json_object_set_new(rules, d->rules[i].name,
				    json_pack("{s:I,s:s}", "amount", (json_int_t)d->rules[i].amount,
					      "unit", d->rules[i].hours ? "hours" : "days"));
	for (size_t i = 0; i < d->cal.n; i++) {
		const struct calendar_day *c = &d->cal.v[i];
		snprintf(date, sizeof(date), "%04d-%02d-%02d", c->year, c->month, c->day);
		json_array_append_new(days, json_pack("{s:s,s:b,s:s?}", "day", date, "working",
						      c->working, "name", c->name[0] ? c->name : NULL));
	}
	char *rt = json_dumps(rules, JSON_COMPACT), *dt = json_dumps(days, JSON_COMPACT);
	json_decref(rules);
	json_decref(days);
	snprintf(y1, sizeof(y1), "%d", d->cal.first_year);
	snprintf(y2, sizeof(y2), "%d", d->cal.last_year);
	const char *p[7] = {rt, dt, d->zone, d->calendar_path, d->cal.source, y1, y2};
	PGresult *r = PQexecParams(db, "SELECT changed, recomputed FROM deadlines_load($1::jsonb, "
				       "$2::jsonb, $3, $4, $5, $6::integer, $7::integer)", 7, NULL, p,
				   NULL, NULL, 0);
	free(rt);
	free(dt);
	enum mb_status st = MB_OK;
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) {
		*changed_r = PQgetvalue(r, 0, 0)[0] == 't';
		*recomputed_r = strtol(PQgetvalue(r, 0, 1), NULL, 10);
		err[0] = '\0';
	} else {
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
		st = state && strcmp(state, "22023") == 0 ? MB_CONFIG
		   : state && strcmp(state, "42501") == 0 ? MB_DENIED : MB_CONNECTION;
		if (st == MB_CONFIG)
			snprintf(err, errlen, "[%s] time_zone: '%s' is unknown to the database",
				 SECTION, d->zone);
		else
			snprintf(err, errlen, "loading the time limits: %s%s", m ? m : db_error(db),
				 st == MB_DENIED ? " (run db migrate as the schema's owner)" : "");
	}
	PQclear(r);
	return st;
}

bool
deadlines_covers_next_year(const struct deadlines *d, int this_year, char *warning,
			   size_t warninglen)
{
	warning[0] = '\0';
	if (d->cal.last_year > this_year)
		return true;
	snprintf(warning, warninglen, "calendar_uncovered: %s covers %d-%d only: deadlines "
		 "counted past %d skip weekends but no holidays, and the cases are marked "
		 "(add the State Council's holidays for %d when they are published, then run "
		 "db migrate again)", d->calendar_path, d->cal.first_year, d->cal.last_year,
		 d->cal.last_year, d->cal.last_year + 1);
	return false;
}
