/*
 * db.c - connection and migrations (see db.h).
 */
#include "db.h"

#include <dirent.h>
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
db_commit(PGconn *c)
{
	PGresult *r = PQexec(c, "COMMIT");
	bool ok = PQresultStatus(r) == PGRES_COMMAND_OK && strcmp(PQcmdStatus(r), "COMMIT") == 0;
	PQclear(r);
	return ok;
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

int
db_check_tls(const char *conninfo, char *err, size_t errlen)
{
	char *perr = NULL;
	PQconninfoOption *opts = PQconninfoParse(conninfo, &perr);
	if (opts == NULL) {
		const char *m = perr ? perr : "cannot be read";
		snprintf(err, errlen, "database conninfo: %.*s", (int)strcspn(m, "\n"), m);
		PQfreemem(perr);
		return -1;
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
	int ret = 0;
	if ((db_far_host(hostaddr, far, sizeof(far)) || db_far_host(host, far, sizeof(far)))
	    && (sslmode == NULL || strcmp(sslmode, "verify-full") != 0)) {
		snprintf(err, errlen, "sslmode: a database at %s needs sslmode=verify-full "
			 "(in the conninfo or PGSSLMODE)", far);
		ret = -1;
	}
	PQconninfoFree(opts);
	return ret;
}

PGconn *
db_connect(const char *conninfo, char *err, size_t errlen)
{
	if (db_check_tls(conninfo ? conninfo : "", err, errlen) != 0)
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

int
db_migrate(PGconn *c, const char *dir, FILE *report, char *err, size_t errlen)
{
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t count = 0;
	int ret = -1;

	if (d == NULL) {
		snprintf(err, errlen, "%s: cannot read the schema folder", dir);
		return -1;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL && count < DB_MIGRATIONS_MAX)
		if (migration_version(e->d_name) > 0) {
			names = xreallocarray(names, count + 1, sizeof(char *));
			names[count++] = xstrdup(e->d_name);
		}
	closedir(d);
	if (count > 1)
		qsort(names, count, sizeof(char *), cmp_str);

	PGresult *r = PQexec(c, "SELECT pg_advisory_lock(" DB_MIGRATE_LOCK ")");
	bool locked = PQresultStatus(r) == PGRES_TUPLES_OK;
	PQclear(r);
	if (!locked) {
		snprintf(err, errlen, "database: %s", db_error(c));
		goto out;
	}
	if (!db_exec_ok(c, "CREATE TABLE IF NOT EXISTS schema_migrations ("
		       " version integer PRIMARY KEY, name text NOT NULL,"
		       " applied_at timestamptz NOT NULL DEFAULT now())")) {
		snprintf(err, errlen, "database: %s", db_error(c));
		goto unlock;
	}
	for (size_t i = 0; i < count; i++) {
		char ver[32];
		snprintf(ver, sizeof(ver), "%ld", migration_version(names[i]));
		const char *params[2] = {ver, names[i]};
		r = PQexecParams(c, "SELECT 1 FROM schema_migrations WHERE version = $1", 1, NULL,
				 params, NULL, NULL, 0);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			snprintf(err, errlen, "database: %s", db_error(c));
			PQclear(r);
			goto unlock;
		}
		int done = PQntuples(r) > 0;
		PQclear(r);
		if (done)
			continue;
		char path[4096], rerr[512];
		char *sql;
		size_t len;
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (readfile(path, DB_MIGRATION_FILE_MAX, &sql, &len, rerr, sizeof(rerr))
		    != READFILE_OK) {
			snprintf(err, errlen, "%s", rerr);
			goto unlock;
		}
		int ok = db_exec_ok(c, "BEGIN") && db_exec_ok(c, sql);
		free(sql);
		if (ok) {
			r = PQexecParams(c, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
					 2, NULL, params, NULL, NULL, 0);
			ok = PQresultStatus(r) == PGRES_COMMAND_OK;
			PQclear(r);
		}
		if (!ok) {
			snprintf(err, errlen, "%s: %s", path, db_error(c));
			(void)db_exec_ok(c, "ROLLBACK");
			goto unlock;
		}
		if (!db_commit(c)) {
			snprintf(err, errlen, "%s: %s", path, db_error(c));
			goto unlock;
		}
		if (report)
			fprintf(report, "applied %s\n", names[i]);
	}
	ret = 0;
unlock:
	(void)db_exec_ok(c, "SELECT pg_advisory_unlock(" DB_MIGRATE_LOCK ")");
out:
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	return ret;
}

const char *
db_schema_dir(const char *opt, char *out, size_t outlen)
{
	return datadir_find("schema", "MAYORBOX_SCHEMA", opt, out, outlen);
}
