/*
 * leases.c - the sources' leases (see leases.h).
 */
#include "leases.h"

#include <stdlib.h>

#include "db.h"

bool
leases_take(PGconn *db, const char *name, bool *answered)
{
	const char *params[1] = {name};
	/* take_lease(): only a gateway login may hold a source, and a lease
	 * lapses with the session that took it */
	PGresult *r = PQexecParams(db, "SELECT take_lease($1)", 1, NULL, params, NULL, NULL, 0);
	*answered = PQresultStatus(r) == PGRES_TUPLES_OK;
	bool held = *answered && PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	return held;
}

long
leases_holder(PGconn *db, const char *name)
{
	const char *params[1] = {name};
	PGresult *r = PQexecParams(db, "SELECT lease_holder($1)", 1, NULL, params, NULL, NULL, 0);
	long pid = 0;
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && !PQgetisnull(r, 0, 0))
		pid = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return pid;
}

bool
leases_release(PGconn *db)
{
	return db_exec_ok(db, "SELECT release_leases()");
}
