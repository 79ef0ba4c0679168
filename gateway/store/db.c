/*
 * db.c - connection and migrations (see db.h).
 */
#include "db.h"

#include <dirent.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"
#include "readfile.h"
#include "xalloc.h"

/* The advisory lock of migrations: "mayorbox" in ASCII, as a bigint. */
#define DB_MIGRATE_LOCK "7881714342442463096"
#define DB_MIGRATION_FILE_MAX (8 * 1024 * 1024)
#define DB_MIGRATIONS_MAX 1000

const char *
db_conninfo(const char *opt, const struct config *cfg)
{
	if (opt)
		return opt;
	const char *v = config_get(cfg, "database", "conninfo");
	return v ? v : "";
}

bool
db_tx_begin(PGconn *c)
{
	return db_exec_ok(c, "BEGIN");
}

bool
db_letter_savepoint(PGconn *c)
{
	return db_exec_ok(c, "SAVEPOINT letter");
}

void
db_letter_release(PGconn *c)
{
	(void)db_exec_ok(c, "RELEASE SAVEPOINT letter");
}

void
db_letter_rollback(PGconn *c)
{
	(void)db_exec_ok(c, "ROLLBACK TO SAVEPOINT letter");
}

bool
db_commit(PGconn *c)
{
	PGresult *r = PQexec(c, "COMMIT");
	bool ok = PQresultStatus(r) == PGRES_COMMAND_OK && strcmp(PQcmdStatus(r), "COMMIT") == 0;
	PQclear(r);
	return ok;
}

const char *
db_value(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

long long
db_bin_int8(const PGresult *r, int row, int col)
{
	const unsigned char *p = (const unsigned char *)PQgetvalue(r, row, col);
	uint64_t v = 0;
	if (PQgetisnull(r, row, col) || PQgetlength(r, row, col) != 8)
		return 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return (long long)v;
}

const char *
db_error(PGconn *c)
{
	static char line[512];
	const char *m = PQerrorMessage(c);
	size_t n = strcspn(m, "\n");
	if (n >= sizeof(line))
		n = sizeof(line) - 1;
	memcpy(line, m, n);
	line[n] = '\0';
	return line;
}

/* One host of a host or hostaddr list: loopback or a Unix socket? */
static bool
db_host_local(const char *h, size_t n)
{
	char one[256];
	if (n == 0 || h[0] == '/' || h[0] == '@')
		return true;	/* empty: the default socket; '@': Linux abstract socket */
	if (n >= sizeof(one))
		return false;
	memcpy(one, h, n);
	one[n] = '\0';
	return config_host_is_loopback(one);
}

/* The first host of a comma-separated list that is not loopback (nor a
 * socket), copied into far; false when all are local. */
static bool
db_far_host(const char *list, char *far, size_t farlen)
{
	if (list == NULL)
		return false;
	for (const char *p = list;;) {
		size_t n = strcspn(p, ",");
		if (!db_host_local(p, n)) {
			snprintf(far, farlen, "%.*s", (int)n, p);
			return true;
		}
		if (p[n] == '\0')
			return false;
		p += n + 1;
	}
}

enum mb_status
db_check_tls(const char *conninfo, char *err, size_t errlen)
{
	char *perr = NULL;
	err[0] = '\0';
	PQconninfoOption *opts = PQconninfoParse(conninfo, &perr);
	if (opts == NULL) {
		const char *m = perr ? perr : "cannot be read";
		snprintf(err, errlen, "database conninfo: %.*s", (int)strcspn(m, "\n"), m);
		PQfreemem(perr);
		return MB_CONFIG;
	}
	const char *host = NULL, *hostaddr = NULL, *sslmode = NULL;
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		if (o->val == NULL || o->val[0] == '\0')
			continue;
		if (strcmp(o->keyword, "host") == 0)
			host = o->val;
		else if (strcmp(o->keyword, "hostaddr") == 0)
			hostaddr = o->val;
		else if (strcmp(o->keyword, "sslmode") == 0)
			sslmode = o->val;
	}
	if (host == NULL)
		host = getenv("PGHOST");
	if (hostaddr == NULL)
		hostaddr = getenv("PGHOSTADDR");
	if (sslmode == NULL)
		sslmode = getenv("PGSSLMODE");
	char far[256];
	enum mb_status ret = MB_OK;
	if ((db_far_host(hostaddr, far, sizeof(far)) || db_far_host(host, far, sizeof(far)))
	    && (sslmode == NULL || strcmp(sslmode, "verify-full") != 0)) {
		snprintf(err, errlen, "sslmode: a database at %s needs sslmode=verify-full "
			 "(in the conninfo or PGSSLMODE)", far);
		ret = MB_CONFIG;
	}
	PQconninfoFree(opts);
	return ret;
}

PGconn *
db_connect(const char *conninfo, char *err, size_t errlen)
{
	if (db_check_tls(conninfo ? conninfo : "", err, errlen) != MB_OK)
		return NULL;
	PGconn *c = PQconnectdb(conninfo ? conninfo : "");
	if (c == NULL) {
		snprintf(err, errlen, "out of memory connecting to the database");
		return NULL;
	}
	if (PQstatus(c) != CONNECTION_OK) {
		snprintf(err, errlen, "cannot connect to the database: %s", db_error(c));
		PQfinish(c);
		return NULL;
	}
	PGresult *r = PQexec(c, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; "
				   "SET client_min_messages = warning");
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	PQclear(r);
	if (!ok) {
		snprintf(err, errlen, "database: %s", db_error(c));
		PQfinish(c);
		return NULL;
	}
	return c;
}

bool
db_exec_ok(PGconn *c, const char *sql)
{
	PGresult *r = PQexec(c, sql);
	ExecStatusType s = PQresultStatus(r);
	PQclear(r);
	return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

/* As db_exec_ok, and whether a failure was for want of privilege. */
static bool
migrate_exec(PGconn *c, const char *sql, bool *denied)
{
	PGresult *r = PQexec(c, sql);
	ExecStatusType s = PQresultStatus(r);
	const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
	if (st && strcmp(st, "42501") == 0)
		*denied = true;
	PQclear(r);
	return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* NNN_name.sql: the version, or -1. */
static long
migration_version(const char *name)
{
	size_t n = strlen(name);
	if (n < 9 || strcmp(name + n - 4, ".sql") != 0)
		return -1;
	char *end;
	long v = strtol(name, &end, 10);
	if (end == name || *end != '_' || v <= 0)
		return -1;
	return v;
}

/* The NNN_name.sql files of dir, sorted; -1 when dir cannot be read. */
static long
schema_files(const char *dir, char ***names_r)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t count = 0;
	if (d == NULL)
		return -1;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && count < DB_MIGRATIONS_MAX)
		if (migration_version(e->d_name) > 0) {
			names = xreallocarray(names, count + 1, sizeof(char *));
			names[count++] = xstrdup(e->d_name);
		}
	closedir(d);
	if (count > 1)
		qsort(names, count, sizeof(char *), cmp_str);
	*names_r = names;
	return (long)count;
}

/* Why a statement of a migration (or of db_status) failed: the connection
 * gone, the role not allowed, or the database refusing the statement. */
static enum mb_status
migrate_fail(PGconn *c, bool denied)
{
	if (PQstatus(c) != CONNECTION_OK)
		return MB_CONNECTION;
	return denied ? MB_DENIED : MB_REFUSED;
}

enum mb_status
db_migrate(PGconn *c, const char *dir, FILE *report, char *err, size_t errlen)
{
	char **names = NULL;
	long n = schema_files(dir, &names);
	enum mb_status ret = MB_OK;
	bool denied = false;

	err[0] = '\0';
	if (n < 0) {
		snprintf(err, errlen, "%s: cannot read the schema folder", dir);
		return MB_NO_INPUT;
	}
	size_t count = (size_t)n;

	PGresult *r = PQexec(c, "SELECT pg_advisory_lock(" DB_MIGRATE_LOCK ")");
	bool locked = PQresultStatus(r) == PGRES_TUPLES_OK;
	PQclear(r);
	if (!locked) {
		snprintf(err, errlen, "database: %s", db_error(c));
		ret = migrate_fail(c, denied);
		goto out;
	}
	if (!migrate_exec(c, "CREATE TABLE IF NOT EXISTS schema_migrations ("
			  " version integer PRIMARY KEY, name text NOT NULL,"
			  " applied_at timestamptz NOT NULL DEFAULT now())", &denied)) {
		snprintf(err, errlen, "database: %s", db_error(c));
		ret = migrate_fail(c, denied);
		goto unlock;
	}
	for (size_t i = 0; i < count; i++) {
		char ver[32];
		snprintf(ver, sizeof(ver), "%ld", migration_version(names[i]));
		const char *params[2] = {ver, names[i]};
		r = PQexecParams(c, "SELECT 1 FROM schema_migrations WHERE version = $1", 1, NULL,
				 params, NULL, NULL, 0);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
			denied = denied || (st && strcmp(st, "42501") == 0);
			snprintf(err, errlen, "database: %s", db_error(c));
			PQclear(r);
			ret = migrate_fail(c, denied);
			goto unlock;
		}
		int done = PQntuples(r) > 0;
		PQclear(r);
		if (done)
			continue;
		char path[4096];
		char *sql;
		size_t len;
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if ((ret = readfile(path, DB_MIGRATION_FILE_MAX, &sql, &len, err, errlen)) != MB_OK)
			goto unlock;
		int ok = db_exec_ok(c, "BEGIN") && migrate_exec(c, sql, &denied);
		free(sql);
		if (ok) {
			r = PQexecParams(c, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
					 2, NULL, params, NULL, NULL, 0);
			ok = PQresultStatus(r) == PGRES_COMMAND_OK;
			PQclear(r);
		}
		if (!ok) {
			snprintf(err, errlen, "%s: %s", path, db_error(c));
			ret = migrate_fail(c, denied);
			(void)db_exec_ok(c, "ROLLBACK");
			goto unlock;
		}
		if (!db_commit(c)) {
			snprintf(err, errlen, "%s: %s", path, db_error(c));
			ret = migrate_fail(c, denied);
			goto unlock;
		}
		if (report)
			fprintf(report, "applied %s\n", names[i]);
	}
unlock:
	(void)db_exec_ok(c, "SELECT pg_advisory_unlock(" DB_MIGRATE_LOCK ")");
out:
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	return ret;
}

enum mb_status
db_schema_check(PGconn *c, long *version_r, char *err, size_t errlen)
{
	long v = 0;
	err[0] = '\0';
	PGresult *r = PQexec(c, "SELECT schema_version()");
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) {
		v = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	} else {
		const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (PQstatus(c) != CONNECTION_OK || st == NULL) {
			snprintf(err, errlen, "database: %s", db_error(c));
			PQclear(r);
			return MB_CONNECTION;
		}
		/* older than 007 (no schema_version()), or never migrated: the
		 * table tells, when this login may read it */
		PQclear(r);
		r = PQexec(c, "SELECT to_regclass('schema_migrations') IS NOT NULL");
		bool table = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1
			     && PQgetvalue(r, 0, 0)[0] == 't';
		v = table ? -1 : 0;
	}
	PQclear(r);
	*version_r = v;
	if (v == DB_SCHEMA_VERSION)
		return MB_OK;
	if (v == 0)
		snprintf(err, errlen, "the database has no mayorbox schema (never migrated), this "
			 "program's is at %03d: run 'mayorbox db migrate' first; no letter was "
			 "touched", DB_SCHEMA_VERSION);
	else if (v < 0)
		snprintf(err, errlen, "the database's schema is older than 007, this program's is "
			 "at %03d: run 'mayorbox db migrate' first; no letter was touched",
			 DB_SCHEMA_VERSION);
	else if (v < DB_SCHEMA_VERSION)
		snprintf(err, errlen, "the database's schema is at %03ld, this program's at %03d: "
			 "run 'mayorbox db migrate' first; no letter was touched", v,
			 DB_SCHEMA_VERSION);
	else
		snprintf(err, errlen, "the database's schema is at %03ld, newer than this "
			 "program's %03d: upgrade this gateway (its 'mayorbox db migrate' knows "
			 "nothing newer); no letter was touched", v, DB_SCHEMA_VERSION);
	return MB_CONFIG;
}

enum mb_status
db_status(PGconn *c, const char *dir, FILE *out, long *left_r, char *err, size_t errlen)
{
	char **names = NULL;
	long count = schema_files(dir, &names), pending = 0, applied = 0, unknown = 0;
	*left_r = 0;
	err[0] = '\0';
	if (count < 0) {
		snprintf(err, errlen, "%s: cannot read the schema folder", dir);
		return MB_NO_INPUT;
	}
	PGresult *r = PQexec(c, "SELECT to_regclass('schema_migrations') IS NOT NULL");
	bool table = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1
		     && PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	r = NULL;
	if (table) {
		r = PQexec(c, "SELECT version, name, to_char(applied_at AT TIME ZONE 'UTC', "
			   "'YYYY-MM-DD HH24:MI:SS') FROM schema_migrations ORDER BY version");
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
			bool denied = st && strcmp(st, "42501") == 0;
			snprintf(err, errlen, "database: %s", db_error(c));
			PQclear(r);
			for (long i = 0; i < count; i++)
				free(names[i]);
			free(names);
			return migrate_fail(c, denied);
		}
	}
	int rows = r ? PQntuples(r) : 0;
	for (long i = 0; i < count; i++) {
		long v = migration_version(names[i]);
		const char *when = NULL;
		for (int k = 0; k < rows && when == NULL; k++)
			if (strtol(PQgetvalue(r, k, 0), NULL, 10) == v)
				when = PQgetvalue(r, k, 2);
		if (when) {
			fprintf(out, "applied  %-28s %s UTC\n", names[i], when);
			applied++;
		} else {
			fprintf(out, "pending  %s\n", names[i]);
			pending++;
		}
	}
	for (int k = 0; k < rows; k++) {
		long v = strtol(PQgetvalue(r, k, 0), NULL, 10);
		bool known = false;
		for (long i = 0; i < count && !known; i++)
			known = migration_version(names[i]) == v;
		if (!known) {
			fprintf(out, "unknown  %s: newer than this program\n", PQgetvalue(r, k, 1));
			unknown++;
		}
	}
	fprintf(out, "%ld applied, %ld pending, %ld unknown (schema folder %s)\n", applied, pending,
		unknown, dir);
	PQclear(r);
	for (long i = 0; i < count; i++)
		free(names[i]);
	free(names);
	*left_r = pending + unknown;
	return MB_OK;
}

const char *
db_schema_dir(const char *opt, char *out, size_t outlen)
{
	return datadir_find("schema", "MAYORBOX_SCHEMA", opt, out, outlen);
}
