/*
 * cmd_unseal.c - `mayorbox unseal --key SECRET_KEY CASE`: a supervisor opens
 * the sealed identity of a confidential case's letters with the office's
 * secret key. Every opening is recorded as a case event (who, when) before
 * anything is shown.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <jansson.h>

#include "commands.h"
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
		"confidential case CASE (e.g. 2026-000123) with the supervisors' secret key\n"
		"and prints it as JSON, one object per letter. Needs the mayorbox_supervisor\n"
		"role. The opening is recorded as a case event first.\n"
		"\n"
		"  --raw   include the raw message and attachments (base64)\n"
		"\n"
		"Exit: 0 opened, 65 the key does not open it, 66 no such confidential case,\n"
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
		default: unseal_usage(stderr); return EX_USAGE;
		}
	}
	if (key == NULL || optind + 1 != argc) {
		unseal_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	struct config cfg = {0};
	if (config_path && config_load(config_path, &cfg, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox unseal: %s\n", err);
		return EX_CONFIG;
	}
	PGconn *db = db_connect(db_conninfo(db_opt, &cfg), err, sizeof(err));
	config_deinit(&cfg);
	if (db == NULL) {
		fprintf(stderr, "mayorbox unseal: %s\n", err);
		return EX_UNAVAILABLE;
	}
	const char *params[1] = {number};
	PGresult *r = PQexec(db, "BEGIN");
	PQclear(r);
	/* the record of the opening comes first, in the same transaction */
	r = PQexecParams(db,
			 "INSERT INTO case_events (case_id, what) "
			 "SELECT id, 'identity revealed' FROM cases WHERE number = $1 AND confidential "
			 "RETURNING case_id", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		fprintf(stderr, "mayorbox unseal: %s\n", db_error(db));
		ret = state && strcmp(state, "42501") == 0 ? EX_NOPERM : EX_UNAVAILABLE;
		PQclear(r);
		goto out;
	}
	if (PQntuples(r) == 0) {
		fprintf(stderr, "mayorbox unseal: %s: no confidential case of that number "
			"visible to you\n", number);
		ret = EX_NOINPUT;
		PQclear(r);
		goto out;
	}
	PQclear(r);
	r = PQexecParams(db,
			 "SELECT encode(l.sealed, 'base64') FROM letters l JOIN cases c ON c.id = l.case_id "
			 "WHERE c.number = $1 AND l.sealed IS NOT NULL ORDER BY l.id", 1, NULL, params,
			 NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		fprintf(stderr, "mayorbox unseal: %s\n", db_error(db));
		ret = EX_NOPERM;
		PQclear(r);
		goto out;
	}
	for (int i = 0; i < PQntuples(r) && ret == EX_OK; i++) {
		const char *b64 = PQgetvalue(r, i, 0);
		size_t blen = strlen(b64), bin_len = 0;
		unsigned char *box = malloc(blen + 1);
		if (box == NULL || sodium_base642bin(box, blen, b64, blen, "\r\n", &bin_len, NULL,
						     sodium_base64_VARIANT_ORIGINAL) != 0) {
			free(box);
			fprintf(stderr, "mayorbox unseal: %s: sealed data damaged\n", number);
			ret = EX_DATAERR;
			break;
		}
		size_t plen;
		unsigned char *plain = seal_open(key, box, bin_len, &plen, err, sizeof(err));
		free(box);
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
