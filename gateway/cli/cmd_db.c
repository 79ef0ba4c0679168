/*
 * cmd_db.c - `mayorbox db migrate [--db CONNINFO] [--config FILE]
 * [--schema DIR]`: the schema migrations, each once, in order; `mayorbox
 * db status`: which are applied and which pending.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include <sodium.h>

#include "cli_exit.h"
#include "commands.h"
#include "usage.h"
#include "config.h"
#include "db.h"
#include "deadlines.h"
#include "seal.h"

/* The time limits and the calendar into the database (after the
 * migrations): when they changed, a line on what was loaded and a warning
 * while the calendar does not cover next year. */
static int
load_deadlines(PGconn *db, const struct deadlines *dl)
{
	char err[1024], warning[1024];
	long recomputed;
	bool changed;
	enum mb_status st = deadlines_db_load(db, dl, &changed, &recomputed, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		return st == MB_CONFIG ? EX_CONFIG : st == MB_DENIED ? EX_NOPERM : EX_UNAVAILABLE;
	}
	if (!changed)
		return EX_OK;	/* run again, it says nothing */
	printf("time limits: %zu rules; calendar %s (%d-%d, %zu days); %ld open case(s) "
	       "counted again\n", dl->n, dl->calendar_path, dl->cal.first_year,
	       dl->cal.last_year, dl->cal.n, recomputed);
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	if (!deadlines_covers_next_year(dl, tm.tm_year + 1900, warning, sizeof(warning)))
		fprintf(stderr, "mayorbox db migrate: warning: %s\n", warning);
	return EX_OK;
}

static void
db_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox db migrate [--db CONNINFO] [--config FILE] [--schema DIR]\n"
		"                           [--public-key FILE]\n"
		"       mayorbox db status [--db CONNINFO] [--config FILE] [--schema DIR]\n"
		"\n"
		"migrate applies the schema migrations (schema/NNN_name.sql) not yet\n"
		"applied, in order, each in its own transaction, recorded in\n"
		"schema_migrations. Safe to run again, and when two run at once (an\n"
		"advisory lock). Run it before starting upgraded gateways: a gateway\n"
		"refuses a database older or newer than it knows.\n"
		"status prints each migration, applied (with its time) or pending, and\n"
		"the database's migrations this program does not know.\n"
		"\n"
		"  --db CONNINFO  PostgreSQL (default: [database] conninfo of --config, else\n"
		"                 libpq's PGHOST, PGDATABASE, ... variables)\n"
		"  --schema DIR   the migrations (default: $MAYORBOX_SCHEMA, else beside the program)\n"
		"  --config FILE  also: the time limits of its [deadlines] and their calendar\n"
		"                 (absent: the defaults and the shipped calendar), loaded after\n"
		"                 the migrations every time (mayorbox.conf(5))\n"
		"  --public-key FILE  the office public key ([confidential] public_key_file):\n"
		"                 letters of confidential cases that an older schema kept in\n"
		"                 plain text are sealed with it (006_vault); without it they\n"
		"                 wait in the vault, unreadable by clerks, and are counted\n"
		"\n"
		"Exit: 0 applied (or nothing to do; status: printed), 65 a migration\n"
		"failed, 66 no schema folder, 69 no database, 77 the login may not change\n"
		"the schema, 78 bad configuration.\n");
}

/* 006_vault moved the letters that sat in plain text in confidential cases
 * into vault.unsealed: seal each with the office public key. Returns how
 * many are left (0 when all are sealed), or -1 with err. */
static long
seal_pending(PGconn *db, const char *key_path, char *err, size_t errlen)
{
	PGresult *r = PQexec(db, "SELECT letter_id, identity FROM vault_pending_seal()");
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		/* a database migrated by a program older than 006: nothing to do */
		PQclear(r);
		return 0;
	}
	long n = PQntuples(r);
	if (n == 0 || key_path == NULL) {
		PQclear(r);
		return n;
	}
	struct seal_key key;
	char kid[17];
	if (seal_load_public(key_path, &key, err, errlen) != MB_OK) {
		PQclear(r);
		return -1;
	}
	seal_key_id(&key, kid);
	long left = n;
	for (long i = 0; i < n; i++) {
		char *plain = PQgetvalue(r, (int)i, 1);
		size_t plen = strlen(plain), blen = 0;
		unsigned char *box = seal_seal(&key, plain, plen, &blen);
		sodium_memzero(plain, plen);
		if (box == NULL) {
			snprintf(err, errlen, "sealing failed");
			PQclear(r);
			return -1;
		}
		const char *p[3] = {PQgetvalue(r, (int)i, 0), (const char *)box, kid};
		int lens[3] = {0, (int)blen, 0}, fmts[3] = {0, 1, 0};
		PGresult *u = PQexecParams(db, "SELECT vault_seal_pending($1::bigint, $2::bytea, $3)",
					   3, NULL, p, lens, fmts, 0);
		bool ok = PQresultStatus(u) == PGRES_TUPLES_OK;
		if (!ok)
			snprintf(err, errlen, "sealing letter %s: %s", p[0], PQerrorMessage(db));
		PQclear(u);
		free(box);
		if (!ok) {
			PQclear(r);
			return -1;
		}
		left--;
	}
	PQclear(r);
	return left;
}

int
cmd_db(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"schema", required_argument, NULL, 's'},
		{"public-key", required_argument, NULL, 'k'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *config_path = NULL, *schema_opt = NULL, *key_opt = NULL;
	char err[1024], dir[4096];
	int c;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		db_usage(stdout);
		return EX_OK;
	}
	if (argc < 2 || (strcmp(argv[1], "migrate") != 0 && strcmp(argv[1], "status") != 0)) {
		db_usage(stderr);
		return EX_USAGE;
	}
	bool status = strcmp(argv[1], "status") == 0;
	const char *cmd = status ? "db status" : "db migrate";
	argc--;
	argv++;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 's': schema_opt = optarg; break;
		case 'k': key_opt = optarg; break;
		case 'h': db_usage(stdout); return EX_OK;
		default: return usage_bad_option(cmd, argc, argv);
		}
	}
	if (optind != argc) {
		db_usage(stderr);
		return EX_USAGE;
	}
	struct config cfg = {0};
	if (config_path && config_load(config_path, &cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		return EX_CONFIG;
	}
	PGconn *db = db_connect(db_conninfo(db_opt, &cfg), err, sizeof(err));
	if (status) {
		config_deinit(&cfg);
		if (db == NULL) {
			fprintf(stderr, "mayorbox db status: %s\n", err);
			return EX_UNAVAILABLE;
		}
		long left = 0;
		enum mb_status st = db_status(db, db_schema_dir(schema_opt, dir, sizeof(dir)),
					      stdout, &left, err, sizeof(err));
		PQfinish(db);
		if (st != MB_OK)
			fprintf(stderr, "mayorbox db status: %s\n", err);
		return cli_exit(st);
	}
	/* the time limits and calendar, checked before anything changes */
	struct deadlines dl;
	char dl_err[1024];	/* err holds db_connect's reason still */
	if (deadlines_read(&cfg, &dl, dl_err, sizeof(dl_err)) != MB_OK) {
		fprintf(stderr, "mayorbox db migrate: %s\n", dl_err);
		deadlines_deinit(&dl);
		config_deinit(&cfg);
		if (db)
			PQfinish(db);
		return EX_CONFIG;
	}
	char key_path[4096] = "";
	const char *kp = key_opt ? key_opt : config_get(&cfg, "confidential", "public_key_file");
	if (kp)
		snprintf(key_path, sizeof(key_path), "%s", kp);
	config_deinit(&cfg);
	if (db == NULL) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		deadlines_deinit(&dl);
		return EX_UNAVAILABLE;
	}
	int ret = EX_OK;
	enum mb_status m = db_migrate(db, db_schema_dir(schema_opt, dir, sizeof(dir)), stdout,
				      err, sizeof(err));
	if (m != MB_OK) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		ret = cli_exit(m);
	}
	long left = ret == EX_OK ? seal_pending(db, key_path[0] ? key_path : NULL, err,
						sizeof(err)) : 0;
	if (left < 0) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		ret = EX_DATAERR;
	} else if (left > 0) {
		fprintf(stderr, "mayorbox db migrate: %ld letter(s) of confidential cases filed in "
			"plain text before 006_vault wait in the vault to be sealed: run it again "
			"with --public-key FILE or [confidential] public_key_file\n", left);
	}
	if (ret == EX_OK)
		ret = load_deadlines(db, &dl);
	deadlines_deinit(&dl);
	PQfinish(db);
	return ret;
}
