/*
 * cmd_unseal.c - `mayorbox unseal --key SECRET_KEY CASE`: a supervisor opens
 * the sealed identity of a confidential case's letters with the office's
 * secret key. The boxes come only from reveal_case() (schema 006), which
 * records the opening as a case event (who, when) before it returns them.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <jansson.h>

#include "commands.h"
#include "usage.h"
#include "config.h"
#include "db.h"
#include "seal.h"

static void
unseal_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox unseal --key SECRET_KEY [--db CONNINFO] [--config FILE] [--raw] CASE\n"
		"\n"
		"Opens the sealed identity (writer, contact, subject, text) of the letters of\n"
		"case CASE (e.g. 2026-000123) with the supervisors' secret key and prints it\n"
		"as JSON, one object per letter. Needs the mayorbox_supervisor role. The\n"
		"database's reveal_case() gives the boxes sealed to that key and records the\n"
		"opening ('identity revealed') first; a key that opens nothing records\n"
		"nothing.\n"
		"\n"
		"  --raw   include the raw message and attachments (base64)\n"
		"\n"
		"Exit: 0 opened, 65 the key opens nothing of it, 66 no such case,\n"
		"69 no database, 77 not allowed.\n");
}

int
cmd_unseal(int argc, char **argv)
{
	static const struct option opts[] = {
		{"key", required_argument, NULL, 'k'},
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"raw", no_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *key = NULL, *db_opt = NULL, *config_path = NULL;
	bool raw = false;
	char err[1024];
	int c, ret = EX_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': key = optarg; break;
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 'r': raw = true; break;
		case 'h': unseal_usage(stdout); return EX_OK;
		default: return usage_bad_option("unseal", argc, argv);
		}
	}
	if (key == NULL || optind + 1 != argc) {
		unseal_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	struct config cfg = {0};
	if (config_path && config_load(config_path, &cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox unseal: %s\n", err);
		return EX_CONFIG;
	}
	PGconn *db = db_connect(db_conninfo(db_opt, &cfg), err, sizeof(err));
	config_deinit(&cfg);
	if (db == NULL) {
		fprintf(stderr, "mayorbox unseal: %s\n", err);
		return EX_UNAVAILABLE;
	}
	struct seal_key pk;
	char kid[17];
	if (seal_public_of_secret(key, &pk, kid, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox unseal: --key %s\n", err);
		PQfinish(db);
		return EX_DATAERR;
	}
	/* the supervisors' views first (schema 006): see cmd_cases.c */
	if (!db_exec_ok(db, "SET search_path = office, public") || !db_exec_ok(db, "BEGIN")) {
		fprintf(stderr, "mayorbox unseal: %s\n", db_error(db));
		PQfinish(db);
		return EX_UNAVAILABLE;
	}
	/* reveal_case() records the opening (once, and only when the key
	 * opens something) before it returns the boxes; binary results */
	const char *params[2] = {number, kid};
	PGresult *r = PQexecParams(db, "SELECT what, id, sealed FROM reveal_case($1, $2)", 2, NULL,
				   params, NULL, NULL, 1);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		const char *state = PQstatus(db) == CONNECTION_OK
			? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
		if (state && strcmp(state, "P0002") == 0) {
			fprintf(stderr, "mayorbox unseal: %s: no such case\n", number);
			ret = EX_NOINPUT;
		} else if (state && strcmp(state, "42501") == 0) {
			fprintf(stderr, "mayorbox unseal: %s (your login needs the "
				"mayorbox_supervisor role)\n", db_error(db));
			ret = EX_NOPERM;
		} else {
			fprintf(stderr, "mayorbox unseal: %s\n", db_error(db));
			ret = EX_UNAVAILABLE;
		}
		PQclear(r);
		goto out;
	}
	if (PQntuples(r) == 0) {
		fprintf(stderr, "mayorbox unseal: %s: this key opens nothing of case %s\n", key,
			number);
		ret = EX_DATAERR;
		PQclear(r);
		goto out;
	}
	bool letters = false;
	for (int i = 0; i < PQntuples(r); i++)
		letters = letters || strcmp(PQgetvalue(r, i, 0), "letter") == 0;
	if (!letters) {
		/* only a case's answer (unseal opens letters): nothing opened */
		fprintf(stderr, "mayorbox unseal: %s: this key opens no letter of case %s\n", key,
			number);
		ret = EX_DATAERR;
		PQclear(r);
		goto out;
	}
	/* the letters in the order they came (vault ids count down) */
	for (int i = PQntuples(r) - 1; i >= 0 && ret == EX_OK; i--) {
		if (strcmp(PQgetvalue(r, i, 0), "letter") != 0 || PQgetisnull(r, i, 2))
			continue;
		size_t plen;
		unsigned char *plain = seal_open(key, (const unsigned char *)PQgetvalue(r, i, 2),
						 (size_t)PQgetlength(r, i, 2), &plen, err, sizeof(err));
		if (plain == NULL) {
			fprintf(stderr, "mayorbox unseal: %s\n", err);
			ret = EX_DATAERR;
			break;
		}
		json_t *o = json_loadb((const char *)plain, plen, 0, NULL);
		sodium_memzero(plain, plen);
		free(plain);
		if (o == NULL) {
			fprintf(stderr, "mayorbox unseal: %s: sealed data is not mayorbox's\n", number);
			ret = EX_DATAERR;
			break;
		}
		if (!raw) {
			json_object_del(o, "raw");
			json_t *att = json_object_get(o, "attachments");
			size_t k;
			json_t *a;
			json_array_foreach(att, k, a)
				json_object_del(a, "data");
		}
		json_dumpf(o, stdout, JSON_INDENT(2));
		fputc('\n', stdout);
		json_decref(o);
	}
	PQclear(r);
out:
	r = PQexec(db, ret == EX_OK ? "COMMIT" : "ROLLBACK");
	PQclear(r);
	PQfinish(db);
	return ret;
}
