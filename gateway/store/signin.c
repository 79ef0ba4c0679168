/*
 * signin.c - connections with a person's own login (signin.h).
 */
#include "signin.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "db.h"

enum mb_status
signin_base_conninfo(const char *conninfo, char *out, size_t outlen, char *err, size_t errlen)
{
	char *perr = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo ? conninfo : "", &perr);
	if (opts == NULL) {
		snprintf(err, errlen, "database conninfo: %.*s", perr ? (int)strcspn(perr, "\n") : 0,
			 perr ? perr : "");
		PQfreemem(perr);
		return MB_CONFIG;
	}
	struct buf b;
	buf_init(&b, outlen);
	enum mb_status st = MB_OK;
	for (PQconninfoOption *o = opts; o->keyword && st == MB_OK; o++) {
		if (o->val == NULL || strcmp(o->keyword, "user") == 0
		    || strcmp(o->keyword, "password") == 0 || strcmp(o->keyword, "passfile") == 0)
			continue;
		/* a value quoted as libpq reads it: 'it\'s' */
		st = buf_append_str(&b, o->keyword);
		if (st == MB_OK)
			st = buf_append_str(&b, "='");
		for (const char *v = o->val; *v && st == MB_OK; v++) {
			if (*v == '\'' || *v == '\\')
				st = buf_putc(&b, '\\');
			if (st == MB_OK)
				st = buf_putc(&b, *v);
		}
		if (st == MB_OK)
			st = buf_append_str(&b, "' ");
	}
	PQconninfoFree(opts);
	if (st != MB_OK || b.len + 1 > outlen) {
		buf_deinit(&b);
		snprintf(err, errlen, "database conninfo: too long");
		return MB_CONFIG;
	}
	memcpy(out, b.data ? b.data : "", b.len);
	out[b.len] = '\0';
	buf_deinit(&b);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
signin_connect(const char *base, const char *user, const char *password, PGconn **db_r,
	       enum signin_role *role_r, char *err, size_t errlen)
{
	*db_r = NULL;
	if (user == NULL || password == NULL || *user == '\0' || *password == '\0') {
		snprintf(err, errlen, "the login and its password are both needed");
		return MB_DENIED;
	}
	/* the person's login and password, and a connection that says what it is */
	const char *kw[] = {"dbname", "user", "password", "passfile", "application_name",
			    "connect_timeout", NULL};
	const char *val[] = {base, user, password, "/dev/null", "mayorbox-web", "10", NULL};
	PGconn *c = PQconnectdbParams(kw, val, 1);
	if (c == NULL || PQstatus(c) != CONNECTION_OK) {
		const char *m = c ? PQerrorMessage(c) : "";
		bool auth = strstr(m, "password") != NULL || strstr(m, "authentication") != NULL
			    || strstr(m, "does not exist") != NULL || strstr(m, "not permitted") != NULL;
		if (auth) {
			snprintf(err, errlen, "wrong login or password");
		} else {
			snprintf(err, errlen, "the database cannot be reached: %s",
				 c ? db_error(c) : "out of memory");
		}
		PQfinish(c);
		return auth ? MB_DENIED : MB_CONNECTION;
	}
	/* fail closed: a server that let the login in without checking the
	 * password (trust, peer) would let anyone in as anyone */
	if (!PQconnectionUsedPassword(c)) {
		snprintf(err, errlen, "the database let the login in without its password: "
			 "pg_hba.conf must check it for the console (scram-sha-256, ldap)");
		PQfinish(c);
		return MB_CONFIG;
	}
	PGresult *r = PQexec(c, "SELECT pg_has_role(session_user, 'mayorbox_supervisor', 'MEMBER'),"
			     " pg_has_role(session_user, 'mayorbox_clerk', 'MEMBER'),"
			     " pg_has_role(session_user, 'mayorbox_department', 'MEMBER')");
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
		snprintf(err, errlen, "the roles of the login cannot be read: %s", db_error(c));
		PQclear(r);
		PQfinish(c);
		return MB_CONNECTION;
	}
	bool sup = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	bool clerk = strcmp(PQgetvalue(r, 0, 1), "t") == 0;
	bool dept = strcmp(PQgetvalue(r, 0, 2), "t") == 0;
	PQclear(r);
	if (!sup && !clerk && !dept) {
		snprintf(err, errlen, "this login is neither a clerk's, a supervisor's nor a "
			 "department's");
		PQfinish(c);
		return MB_DENIED;
	}
	/* the office's role first: a login in both is the office's (what it
	 * may do is still its roles' in the database) */
	*role_r = sup ? SIGNIN_SUPERVISOR : clerk ? SIGNIN_CLERK : SIGNIN_DEPARTMENT;
	*db_r = c;
	err[0] = '\0';
	return MB_OK;
}
