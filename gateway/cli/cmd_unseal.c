/*
 * cmd_unseal.c - `mayorbox unseal --key SECRET_KEY CASE`: a supervisor opens
 * the sealed identity of a confidential case's letters with the office's
 * secret key: argv -> cases_unseal() (service/cases.c, where the boxes
 * come only from reveal_case(), which records the opening as a case event
 * before it returns them) -> one JSON object per letter.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <sysexits.h>

#include <jansson.h>

#include "../service/cases.h"
#include "cli_exit.h"
#include "cli_labels.h"
#include "commands.h"
#include "config.h"
#include "db.h"
#include "usage.h"

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
	int c;

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
		return cli_exit(MB_CONFIG);
	}
	struct cases *cs = cases_new(db_conninfo(db_opt, &cfg));
	cases_set_labels(cs, &cli_labels);
	config_deinit(&cfg);
	json_t *letters = NULL;
	enum mb_status st = cases_unseal(cs, number, key, raw, &letters, err, sizeof(err));
	cases_free(&cs);
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox unseal: %s\n", err);
		return cli_exit(st);
	}
	/* one object per letter, in the order they came */
	size_t i;
	json_t *o;
	json_array_foreach(letters, i, o) {
		json_dumpf(o, stdout, JSON_INDENT(2));
		fputc('\n', stdout);
	}
	json_decref(letters);
	return EX_OK;
}
